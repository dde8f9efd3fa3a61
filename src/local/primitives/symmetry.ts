/** Symmetry tests and completion. Pure and immutable. */
import { fromFn, gridEquals, height, width, type Color, type Grid } from '../../arc/grid.js';
import { flipHorizontal, flipVertical, rotate90, transpose } from './geometry.js';

/** The symmetries a grid can be completed under. */
export const SYMMETRIES = ['left-right', 'top-bottom', 'four-way', 'diagonal', 'rotational', 'eight-way'] as const;
export type Symmetry = (typeof SYMMETRIES)[number];

/** Where cell (r, c) lands under each mirror making up a symmetry. */
function images(sym: Symmetry, h: number, w: number, r: number, c: number): [number, number][] {
  const lr: [number, number] = [r, w - 1 - c], tb: [number, number] = [h - 1 - r, c], both: [number, number] = [h - 1 - r, w - 1 - c];
  const square = h === w;
  switch (sym) {
    case 'left-right': return [lr];
    case 'top-bottom': return [tb];
    case 'four-way': return [lr, tb, both];
    case 'diagonal': return square ? [[c, r]] : [];
    case 'rotational': return square ? [[c, w - 1 - r], both, [h - 1 - c, r]] : [both];
    case 'eight-way': return square ? [lr, tb, both, [c, r], [w - 1 - c, h - 1 - r], [c, w - 1 - r], [h - 1 - c, r]] : [lr, tb, both];
  }
}
/** Fills cells of colour `hole` from their mirror images under the symmetry (first non-hole image wins). */
export function completeSymmetry(g: Grid, sym: Symmetry, hole: Color = 0): Grid {
  const h = height(g), w = width(g);
  return fromFn(h, w, (r, c) => {
    const v = g[r]![c]!;
    if (v !== hole) return v;
    for (const [ir, ic] of images(sym, h, w, r, c)) {
      const u = g[ir]?.[ic];
      if (u !== undefined && u !== hole) return u;
    }
    return v;
  });
}
/** True when the grid equals its left-right mirror. */
export const isMirrorSymmetric = (g: Grid): boolean => gridEquals(g, flipHorizontal(g));
/** True when the grid equals its top-bottom mirror. */
export const isFlipSymmetric = (g: Grid): boolean => gridEquals(g, flipVertical(g));
/** True when the grid equals its transpose. */
export const isDiagonalSymmetric = (g: Grid): boolean => gridEquals(g, transpose(g));
/** True when a quarter turn leaves the grid unchanged. */
export const isRotationSymmetric = (g: Grid): boolean => gridEquals(g, rotate90(g));
/** Makes the grid left-right symmetric by copying the left half over the right half. */
export const mirrorLeftHalf = (g: Grid): Grid => g.map((row) => row.map((v, c) => (c < row.length / 2 ? v : row[row.length - 1 - c]!)));
/** Makes the grid top-bottom symmetric by copying the top half over the bottom half. */
export const mirrorTopHalf = (g: Grid): Grid => g.map((row, r) => (r < g.length / 2 ? row : g[g.length - 1 - r]!));
