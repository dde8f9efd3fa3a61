/** Empty equal parts filled as a sequence: each one the part before it, transformed. Pure and immutable. */
import { height, sameShape, width, type Colour, type Grid } from '../../arc/grid.js';
import { flipHorizontal, rotate180, rotate270, rotate90 } from '../../arc/toolkit/dihedral.js';
import { equalRuns, splitEqual } from './split.js';

export const PART_TURNS = {
  'as it is': (g: Grid): Grid => g,
  'turned a quarter turn clockwise': rotate90,
  'turned a half turn': rotate180,
  'turned a quarter turn anticlockwise': rotate270,
  'mirrored left to right': flipHorizontal,
} as const;
export type PartTurn = keyof typeof PART_TURNS;

/**
 * Cuts the grid into `n` equal parts along its longer side (one-cell separator lines skipped) and
 * fills every empty part, in order, with the part before it transformed; null when the first part
 * is empty, nothing is empty, or a transformed part does not fit.
 */
export function continueParts(g: Grid, n: number, turn: PartTurn, bg: Colour = 0): Grid | null {
  const across = width(g) >= height(g);
  const runs = equalRuns(across ? width(g) : height(g), n);
  if (!runs || n < 2) return null;
  const parts = [...splitEqual(g, n, across ? 'across' : 'down')]; // a copy: splits are shared, and empty parts are replaced below
  const empty = parts.map((p) => p.every((row) => row.every((v) => v === bg)));
  if (empty[0] || !empty.some(Boolean)) return null;
  const out = g.map((row) => [...row]);
  for (let k = 1; k < parts.length; k++) {
    if (!empty[k]) continue;
    const next = PART_TURNS[turn](parts[k - 1]!);
    if (!sameShape(next, parts[k]!)) return null;
    parts[k] = next;
    const [r, c] = across ? [0, runs.starts[k]!] : [runs.starts[k]!, 0];
    next.forEach((row, dr) => row.forEach((v, dc) => (out[r + dr]![c + dc] = v)));
  }
  return out;
}
