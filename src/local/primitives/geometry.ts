/** Whole-grid geometry: rotations, flips, transposes and shifts. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';

/** Rotates a quarter turn clockwise. */
export const rotate90 = (g: Grid): Grid => fromFn(width(g), height(g), (r, c) => g[height(g) - 1 - c]![r]!);
/** Rotates a half turn. */
export const rotate180 = (g: Grid): Grid =>
  fromFn(height(g), width(g), (r, c) => g[height(g) - 1 - r]![width(g) - 1 - c]!);
/** Rotates a quarter turn anticlockwise. */
export const rotate270 = (g: Grid): Grid => fromFn(width(g), height(g), (r, c) => g[c]![width(g) - 1 - r]!);
/** Mirrors left to right. */
export const flipHorizontal = (g: Grid): Grid => g.map((row) => [...row].reverse());
/** Mirrors top to bottom. */
export const flipVertical = (g: Grid): Grid => [...g].reverse();
/** Swaps rows and columns (mirror on the main diagonal). */
export const transpose = (g: Grid): Grid => fromFn(width(g), height(g), (r, c) => g[c]![r]!);
/** Mirrors on the anti-diagonal. */
export const antiTranspose = (g: Grid): Grid => rotate180(transpose(g));

/** Moves every cell by (dr, dc); cells shifted in take `fill`. */
export function shift(g: Grid, dr: number, dc: number, fill: Colour = 0): Grid {
  return fromFn(height(g), width(g), (r, c) => g[r - dr]?.[c - dc] ?? fill);
}

/** Moves every cell by (dr, dc), wrapping around the edges. */
export function roll(g: Grid, dr: number, dc: number): Grid {
  const h = height(g),
    w = width(g);
  return fromFn(h, w, (r, c) => g[(((r - dr) % h) + h) % h]![(((c - dc) % w) + w) % w]!);
}
