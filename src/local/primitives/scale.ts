/** Scaling, tiling and mirrored tilings. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { flipVertical, rotate180 } from './geometry.js';
import { scaleUp } from '../../arc/toolkit/scaling.js';
import { transpose } from '../../arc/toolkit/dihedral.js';

/** Plain scaling and tiling live in arc's toolkit; re-exported so the step language and PRIMITIVES name them here too. */
export { scaleUp, tile } from '../../arc/toolkit/scaling.js';

/** Each fy x fx block becomes one cell (its most frequent colour). */
export function scaleDown(g: Grid, fy: number, fx: number = fy): Grid {
  return fromFn(Math.floor(height(g) / fy), Math.floor(width(g) / fx), (r, c) => {
    const counts = new Map<Colour, number>();
    for (let i = 0; i < fy; i++)
      for (let j = 0; j < fx; j++) {
        const v = g[r * fy + i]![c * fx + j]!;
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  });
}
/** The greatest whole number dividing every run length of equal neighbouring lines (rows of `lines`). */
function runFactor(lines: readonly string[]): number {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  let f = 0,
    run = 1;
  for (let k = 1; k <= lines.length; k++) {
    if (k < lines.length && lines[k] === lines[k - 1]) {
      run++;
    } else {
      f = gcd(f, run);
      run = 1;
    }
  }
  return f;
}
/**
 * One cell per block: the rows come in runs of equal rows whose lengths are all multiples of some
 * fy, the columns likewise of fx, and each fy x fx block (one colour) becomes one cell. The largest
 * such fy and fx are taken; a grid with no such blocks comes back as it is.
 */
export function shrinkBlocks(g: Grid): Grid {
  const fy = runFactor(g.map((row) => row.join())),
    fx = runFactor(transpose(g).map((row) => row.join()));
  return fy * fx > 1 ? scaleDown(g, fy, fx) : g;
}
/** Tiles ny x nx copies, mirroring every other copy so neighbours reflect each other. */
export function tileMirrored(g: Grid, ny: number, nx: number): Grid {
  const h = height(g),
    w = width(g);
  return fromFn(h * ny, w * nx, (r, c) => {
    const br = Math.floor(r / h),
      bc = Math.floor(c / w);
    const rr = br % 2 ? h - 1 - (r % h) : r % h;
    const cc = bc % 2 ? w - 1 - (c % w) : c % w;
    return g[rr]![cc]!;
  });
}
/** Tiles 2 x 2 copies rotated a half turn on the diagonal (g, 180 | 180, g). */
export function tileRotated(g: Grid): Grid {
  const r = rotate180(g);
  return stack2x2(g, r, r, g);
}
/** Places four grids of one shape as a 2 x 2 block. */
export function stack2x2(a: Grid, b: Grid, c: Grid, d: Grid): Grid {
  const h = height(a),
    w = width(a);
  return fromFn(2 * h, 2 * w, (r, col) => {
    const q = r < h ? (col < w ? a : b) : col < w ? c : d;
    return q[r % h]![col % w]!;
  });
}
/** Puts the grid beside its mirror image (twice as wide). */
export const mirrorRight = (g: Grid): Grid => g.map((row) => [...row, ...[...row].reverse()]);
/** Puts the grid above its mirror image (twice as tall). */
export const mirrorDown = (g: Grid): Grid => [...g, ...flipVertical(g)];
/** Puts the grid's mirror image to the left of it. */
export const mirrorLeft = (g: Grid): Grid => g.map((row) => [...[...row].reverse(), ...row]);
/** Puts the grid's mirror image above it. */
export const mirrorUp = (g: Grid): Grid => [...flipVertical(g), ...g];
/** The sides a mirror image can be put on, as the step sentences name them. */
export const SIDES = ['to the right of', 'below', 'to the left of', 'above'] as const;
export type Side = (typeof SIDES)[number];
/** True for the sides that put the image beside the grid (it grows across), false above or below. */
export const isAcross = (side: Side): boolean => side.startsWith('to the');
/**
 * Puts the grid's mirror image on the given side, the two sharing the row or column where they
 * meet (one shorter than twice the grid along that side: the edge line is not repeated).
 */
export function mirrorShared(g: Grid, side: Side): Grid {
  switch (side) {
    case 'to the right of':
      return g.map((row) => [...row, ...row.slice(0, -1).reverse()]);
    case 'to the left of':
      return g.map((row) => [...row.slice(1).reverse(), ...row]);
    case 'below':
      return [...g, ...g.slice(0, -1).reverse()];
    case 'above':
      return [...g.slice(1).reverse(), ...g];
  }
}
/** Every non-background cell becomes a copy of the whole grid, every background cell a blank block. */
export const selfTile = (g: Grid, bg: Colour = 0, invert = false): Grid =>
  selfTileWhere(g, (v) => (v !== bg) !== invert, bg);
/** Every cell for which `on` holds becomes a copy of the whole grid, every other cell a blank block. */
export function selfTileWhere(g: Grid, on: (v: Colour) => boolean, bg: Colour = 0): Grid {
  const h = height(g),
    w = width(g);
  return fromFn(h * h, w * w, (r, c) => (on(g[Math.floor(r / h)]![Math.floor(c / w)]!) ? g[r % h]![c % w]! : bg));
}
/** Scales the grid up by whole factors to reach the given size (unchanged when not a multiple). */
export function scaleTo(g: Grid, h: number, w: number): Grid {
  return h % height(g) === 0 && w % width(g) === 0 ? scaleUp(g, h / height(g), w / width(g)) : g;
}
/** Lays a transformed copy over the grid: the copy's non-background cells cover the original's. */
export function overlayWith(g: Grid, f: (g: Grid) => Grid, bg: Colour = 0): Grid {
  const t = f(g);
  if (height(t) !== height(g) || width(t) !== width(g)) return g;
  return g.map((row, r) => row.map((v, c) => (t[r]![c] !== bg ? t[r]![c]! : v)));
}
