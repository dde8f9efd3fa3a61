/** Cutting out and padding rectangles. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';

/** The h x w rectangle whose top-left cell is (top, left); cells outside the grid take `fill`. */
export const crop = (g: Grid, top: number, left: number, h: number, w: number, fill: Colour = 0): Grid =>
  fromFn(h, w, (r, c) => g[top + r]?.[left + c] ?? fill);

/** The bounding box of the cells matching `keep`, or null when none do. */
export function boxWhere(
  g: Grid,
  keep: (v: Colour) => boolean,
): { top: number; left: number; h: number; w: number } | null {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!keep(v)) return;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  return bottom < 0 ? null : { top, left, h: bottom - top + 1, w: right - left + 1 };
}
/** Crops to the bounding box of all non-background cells (unchanged when there are none). */
export function cropToContent(g: Grid, bg: Colour = 0): Grid {
  const b = boxWhere(g, (v) => v !== bg);
  return b ? crop(g, b.top, b.left, b.h, b.w) : g;
}
/** Crops to the bounding box of the cells of one colour (unchanged when absent). */
export function cropToColour(g: Grid, colour: Colour): Grid {
  const b = boxWhere(g, (v) => v === colour);
  return b ? crop(g, b.top, b.left, b.h, b.w) : g;
}
/** Crops to the inside of the frame drawn in one colour (its bounding box minus a one-cell border). */
export function cropInsideColour(g: Grid, colour: Colour): Grid {
  const b = boxWhere(g, (v) => v === colour);
  return b && b.h > 2 && b.w > 2 ? crop(g, b.top + 1, b.left + 1, b.h - 2, b.w - 2) : g;
}
/** Surrounds the grid with `n` cells of `fill` on every side. */
export const pad = (g: Grid, n: number, fill: Colour = 0): Grid =>
  fromFn(height(g) + 2 * n, width(g) + 2 * n, (r, c) => g[r - n]?.[c - n] ?? fill);
/** Removes `n` cells from every side (unchanged when too small). */
export const trimBorder = (g: Grid, n = 1): Grid =>
  height(g) > 2 * n && width(g) > 2 * n ? crop(g, n, n, height(g) - 2 * n, width(g) - 2 * n) : g;
/** The top, bottom, left or right half (the middle line dropped when the side is odd). */
export function half(g: Grid, which: 'top' | 'bottom' | 'left' | 'right'): Grid {
  const h = height(g),
    w = width(g),
    hh = Math.floor(h / 2),
    hw = Math.floor(w / 2);
  switch (which) {
    case 'top':
      return crop(g, 0, 0, hh, w);
    case 'bottom':
      return crop(g, h - hh, 0, hh, w);
    case 'left':
      return crop(g, 0, 0, h, hw);
    case 'right':
      return crop(g, 0, w - hw, h, hw);
  }
}
/** Draws a one-cell border of `colour` around the grid's edge (same size). */
export const drawBorder = (g: Grid, colour: Colour): Grid =>
  fromFn(height(g), width(g), (r, c) =>
    r === 0 || c === 0 || r === height(g) - 1 || c === width(g) - 1 ? colour : g[r]![c]!,
  );
/** One quarter of the grid (the middle line dropped when a side is odd). */
export const quarter = (g: Grid, vertical: 'top' | 'bottom', horizontal: 'left' | 'right'): Grid =>
  half(half(g, vertical), horizontal);
/** Merges runs of identical neighbouring rows, then of identical neighbouring columns, into one. */
export function dedupeLines(g: Grid): Grid {
  const rows = g.filter((row, r) => r === 0 || row.join() !== g[r - 1]!.join());
  const keep = rows[0]!.map((_, c) => c === 0 || rows.some((row) => row[c] !== row[c - 1]));
  return rows.map((row) => row.filter((_, c) => keep[c]));
}
