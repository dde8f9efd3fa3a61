/**
 * A pattern painted around objects: each place next to an object's box (the cell at a corner, the
 * cells along a side) and the object itself get a colour of their own. Pure and immutable.
 */
import type { Colour, Grid } from '../../arc/grid.js';
import { findObjects, type Obj } from './objects.js';

/** The places of an object by key: 0 the object itself, 1 to 8 the cells next to its box in reading order. */
export const PLACES = [
  'itself',
  'above left',
  'above',
  'above right',
  'left',
  'right',
  'below left',
  'below',
  'below right',
] as const;

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The cells of a place around an object (some may lie off the grid): its own cells, the one cell
 * diagonally out from a corner of its box, or the row or column of cells along a side of it.
 */
export function placeCells(o: Obj, place: number): (readonly [number, number])[] {
  if (place === 0) return o.cells.map(([r, c]) => [r, c] as const);
  const i = place <= 4 ? place - 1 : place; // the place in a 3 by 3 block read in order, the object in the middle
  const band = (k: number, before: number, first: number, last: number, after: number) =>
    k === 0 ? [before] : k === 2 ? [after] : span(first, last);
  const rows = band(Math.floor(i / 3), o.top - 1, o.top, o.bottom, o.bottom + 1),
    cols = band(i % 3, o.left - 1, o.left, o.right, o.right + 1);
  return rows.flatMap((r) => cols.map((c) => [r, c] as const));
}

/** The objects of one colour (cells joined by their sides) that a stamp is painted around. */
export const stampedObjects = (g: Grid, c: Colour, bg: Colour = 0): Obj[] =>
  findObjects(g, { bg }).filter((o) => o.colour === c);

/**
 * Paints each place named in `places` (key → colour, keys as in PLACES) around every object of
 * colour `c`: the places next to its box only where the grid shows background, the object itself
 * all over. Null when the grid has no object of that colour.
 */
export function stampAround(g: Grid, c: Colour, places: Readonly<Record<number, Colour>>, bg: Colour = 0): Grid | null {
  const objs = stampedObjects(g, c, bg);
  if (!objs.length) return null;
  const out = g.map((row) => [...row]);
  for (const o of objs)
    for (const [key, colour] of Object.entries(places))
      for (const [r, col] of placeCells(o, Number(key)))
        if (r >= 0 && col >= 0 && r < g.length && col < g[0]!.length && (key === '0' || g[r]![col] === bg))
          out[r]![col] = colour;
  return out;
}
