/** Filling regions: enclosed areas, flood fill, outlines, bounding boxes. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';
import { connectedRegions, enclosedRegions, type Cell } from '../../arc/toolkit/regions.js';
import { boxWhere } from './crop.js';
import { findObjects } from './objects.js';

/** Flood fill lives in arc's toolkit; re-exported so the step language and PRIMITIVES name it here too. */
export { floodFill } from '../../arc/toolkit/regions.js';

/** Paints background cells that cannot reach the edge (enclosed holes) with `colour`. */
export function fillEnclosed(g: Grid, colour: Colour, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const region of enclosedRegions(g, bg)) for (const [r, c] of region) out[r]![c] = colour;
  return out;
}
/**
 * Paints the largest rectangle made only of background cells, at least two cells tall and wide,
 * with `colour`: of rectangles as large, the one whose top-left cell comes first in reading order.
 * Null when the grid has no such rectangle.
 */
export function fillLargestEmptyRectangle(g: Grid, colour: Colour, bg: Colour = 0): Grid | null {
  const w = g[0]!.length;
  const heights = new Array<number>(w).fill(0);
  let best: { area: number; top: number; left: number; bottom: number; right: number } | null = null;
  g.forEach((row, r) => {
    row.forEach((v, c) => (heights[c] = v === bg ? heights[c]! + 1 : 0));
    for (let left = 0; left < w; left++) {
      let tall = Infinity;
      for (let right = left; right < w && heights[right]! > 0; right++) {
        tall = Math.min(tall, heights[right]!);
        if (tall < 2) break;
        if (right === left) continue;
        const area = tall * (right - left + 1),
          top = r - tall + 1;
        if (
          !best ||
          area > best.area ||
          (area === best.area && (top < best.top || (top === best.top && left < best.left)))
        )
          best = { area, top, left, bottom: r, right };
      }
    }
  });
  if (!best) return null;
  const { top, left, bottom, right } = best;
  return g.map((row, r) => (r < top || r > bottom ? row : row.map((v, c) => (c >= left && c <= right ? colour : v))));
}
/** Paints the enclosed background areas that are whole squares (as many rows as columns, every cell of their box) with `colour`. */
export function fillEnclosedSquares(g: Grid, colour: Colour, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const region of enclosedRegions(g, bg)) {
    const rs = region.map(([r]) => r),
      cs = region.map(([, c]) => c);
    const h = Math.max(...rs) - Math.min(...rs) + 1,
      w = Math.max(...cs) - Math.min(...cs) + 1;
    if (h !== w || region.length !== h * w) continue;
    for (const [r, c] of region) out[r]![c] = colour;
  }
  return out;
}
/** Paints background cells touching (8-neighbourhood) any non-background cell (or any cell of `around`) with `colour`. */
export function outline(g: Grid, colour: Colour, bg: Colour = 0, diagonal = true, around?: Colour): Grid {
  const near = (r: number, c: number) => {
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        if ((dr || dc) && (diagonal || !dr || !dc)) {
          const v = g[r + dr]?.[c + dc];
          if (v !== undefined && v !== bg && (around === undefined || v === around)) return true;
        }
      }
    return false;
  };
  return g.map((row, r) => row.map((v, c) => (v === bg && near(r, c) ? colour : v)));
}
/** Paints background cells inside each object's bounding box with `colour`. */
export function fillBoundingBoxes(g: Grid, colour: Colour, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const o of findObjects(g, { multicolour: true, diagonal: true, bg })) {
    for (let r = o.top; r <= o.bottom; r++)
      for (let c = o.left; c <= o.right; c++) if (out[r]![c] === bg) out[r]![c] = colour;
  }
  return out;
}
/**
 * Paints the background cells inside the box spanned by each colour's cells with that colour, the
 * colours in number order (where two boxes overlap, the lower number's comes first and stays).
 */
export function fillColourBoxes(g: Grid, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (let v = 0; v <= 9; v++) {
    const b = v === bg ? null : boxWhere(g, (x) => x === v);
    if (!b) continue;
    for (let r = b.top; r < b.top + b.h; r++)
      for (let c = b.left; c < b.left + b.w; c++) if (out[r]![c] === bg) out[r]![c] = v;
  }
  return out;
}
/** How `spreadFrom` passes from cell to cell: across sides only, or across corners as well. */
export const SPREAD_JOINS = ['sides', 'sides or corners'] as const;
export type SpreadJoin = (typeof SPREAD_JOINS)[number];

/**
 * Paints `colour` over every background cell it reaches from its own cells, stepping from
 * background cell to background cell across sides (or corners too): each background region
 * (joined the same way) next to a cell of the colour is painted whole. Null when the colour named is
 * the background itself.
 */
export function spreadFrom(g: Grid, colour: Colour, joins: SpreadJoin, bg: Colour = 0): Grid | null {
  if (colour === bg) return null;
  const diagonal = joins === 'sides or corners';
  const nextToColour = ([r, c]: Cell) => {
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) if ((diagonal || !dr || !dc) && g[r + dr]?.[c + dc] === colour) return true;
    return false;
  };
  const out = g.map((row) => [...row]);
  for (const region of connectedRegions(g, (v) => v === bg, { diagonal }))
    if (region.some(nextToColour)) for (const [r, c] of region) out[r]![c] = colour;
  return out;
}
/** Paints cells of colour `from` that touch (4-neighbourhood) a cell of colour `near` with `to`. */
export function recolourTouching(g: Grid, from: Colour, near: Colour, to: Colour): Grid {
  return g.map((row, r) =>
    row.map((v, c) => (v === from && [g[r - 1]?.[c], g[r + 1]?.[c], row[c - 1], row[c + 1]].includes(near) ? to : v)),
  );
}
/** Paints each enclosed background region with the most frequent colour on its border (the colour that surrounds it). */
export function fillEnclosedBySurrounding(g: Grid, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const region of enclosedRegions(g, bg)) {
    const colour = surroundingColour(g, region, bg);
    for (const [r, c] of region) out[r]![c] = colour;
  }
  return out;
}
/** The most frequent non-background colour next to (4-neighbourhood) the region's cells, counted per side; ties go to the lower colour. */
function surroundingColour(g: Grid, region: readonly Cell[], bg: Colour): Colour {
  const border = new Map<Colour, number>();
  for (const [r, c] of region)
    for (const v of [g[r - 1]?.[c], g[r + 1]?.[c], g[r]![c - 1], g[r]![c + 1]])
      if (v !== undefined && v !== bg) border.set(v, (border.get(v) ?? 0) + 1);
  return [...border.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? bg;
}
