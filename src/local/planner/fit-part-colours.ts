/** Reads from the train pairs which colour fills each numbered part between separator lines. */
import type { Colour } from '../../arc/grid.js';
import { partNumbers } from '../primitives/part-colours.js';
import { fitCellMap, type Frame } from './frame.js';

/** Part number → the colour every background cell of that part becomes, over every pair, when consistent and some part gets filled; else undefined. */
export function fitPartColours(f: Frame): Record<number, Colour> | undefined {
  if (f.ins.some((g) => !partNumbers(g))) return undefined;
  const map = fitCellMap(f, (g, r, c) => (g[r]![c] === 0 ? partNumbers(g)![r]![c] || undefined : undefined));
  return map && Object.values(map).some((c) => c !== 0) ? map : undefined;
}
