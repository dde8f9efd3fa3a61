/** Blowing a grid up and repeating it, and recognising a grid that is another blown up, repeated or cut out. Pure and immutable. */
import { fromFn, gridEquals, height, width, type Grid } from '../grid.js';

/** Each cell becomes an fy x fx block. */
export const scaleUp = (g: Grid, fy: number, fx: number = fy): Grid =>
  fromFn(height(g) * fy, width(g) * fx, (r, c) => g[Math.floor(r / fy)]![Math.floor(c / fx)]!);
/** Repeats the grid ny times down and nx times across. */
export const tile = (g: Grid, ny: number, nx: number): Grid =>
  fromFn(height(g) * ny, width(g) * nx, (r, c) => g[r % height(g)]![c % width(g)]!);

/** The whole factors [down, across] from small's shape to big's, when big is at least twice small's area. */
function wholeFactors(small: Grid, big: Grid): [number, number] | undefined {
  const sh = height(small),
    sw = width(small),
    bh = height(big),
    bw = width(big);
  return bh % sh || bw % sw || bh * bw <= sh * sw ? undefined : [bh / sh, bw / sw];
}
/** True when `big` is `small` repeated (its shape an integer multiple of small's, at least 2x). */
export function isTiling(small: Grid, big: Grid): boolean {
  const f = wholeFactors(small, big);
  return f !== undefined && gridEquals(big, tile(small, f[0], f[1]));
}
/** True when `big` is `small` with every cell blown up to a k x m block (at least 2x). */
export function isUpscale(small: Grid, big: Grid): boolean {
  const f = wholeFactors(small, big);
  return f !== undefined && gridEquals(big, scaleUp(small, f[0], f[1]));
}
/** True when `small` equals some window of `big`. */
export function isSubgrid(small: Grid, big: Grid): boolean {
  const sh = height(small),
    sw = width(small);
  for (let r0 = 0; r0 + sh <= height(big); r0++)
    for (let c0 = 0; c0 + sw <= width(big); c0++)
      if (small.every((row, r) => row.every((v, c) => v === big[r0 + r]![c0 + c]))) return true;
  return false;
}
