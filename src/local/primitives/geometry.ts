/** Whole-grid geometry: rotations, flips, transposes and shifts. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';

/** The rotations and flips live in arc's toolkit; re-exported so the step language and PRIMITIVES name them here too. */
export {
  antiTranspose,
  flipHorizontal,
  flipVertical,
  rotate180,
  rotate270,
  rotate90,
  transpose,
} from '../../arc/toolkit/dihedral.js';

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
