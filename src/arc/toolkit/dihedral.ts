/** The eight symmetries of the square: rotations, flips and transposes of a whole grid. Pure and immutable. */
import { fromFn, height, width, type Grid } from '../grid.js';

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

/** The seven symmetries other than the identity. */
export const NON_IDENTITY_SYMMETRIES: readonly ((g: Grid) => Grid)[] = [
  flipHorizontal,
  flipVertical,
  transpose,
  rotate90,
  rotate180,
  rotate270,
  antiTranspose,
];
