/** Reads from the train pairs which colour each filled-neighbour count becomes, for the neighbour-count recolouring. */
import type { Colour } from '../../arc/grid.js';
import { filledNeighbours } from '../primitives/neighbours.js';
import { fitCellMap, type Frame } from './frame.js';

/** Count → output colour over every filled cell of every pair, when consistent and it changes some cell; else undefined. */
export function fitNeighbourMap(f: Frame): Record<number, Colour> | undefined {
  const map = fitCellMap(f, (g, r, c) => (g[r]![c] === 0 ? undefined : filledNeighbours(g, r, c)));
  if (!map) return undefined; // a pair changes shape
  const changes = f.ins.some((g, i) => g.some((row, r) => row.some((v, c) => v !== 0 && f.outs[i]![r]![c] !== v)));
  return changes ? map : undefined;
}
