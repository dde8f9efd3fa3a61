/**
 * Patterns stamped onto a grid: painted around objects (each place next to an object's box, the
 * cell at a corner, the cells along a side, and the object itself get a colour of their own), or a
 * pattern of the grid copied onto its placeholders. Pure and immutable.
 */
import type { Colour, Grid } from '../../arc/grid.js';
import { findObjects, objectHeight, objectWidth, type Obj } from './objects.js';
import { separatorLines } from './split.js';

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

/** Where `copyPattern` puts its copies: over each one-coloured object of the pattern's size, or centred on each lone cell. */
export const PATTERN_PLACES = ['over every one-coloured object of its size', 'centred on every lone cell'] as const;
export type PatternPlace = (typeof PATTERN_PLACES)[number];
const CENTRED: PatternPlace = 'centred on every lone cell';

/**
 * The grid's one object of several colours (cells of any colours joined by their sides: the
 * pattern) and the objects `copyPattern` copies it onto: every one-coloured object whose box is the
 * pattern's size, or every object of a single cell when the pattern has a middle cell. Separator
 * lines belong to no object: a pattern drawn against one, in a corner kept for it, is the pattern
 * without the line. Null when there is no one pattern or nothing to copy it onto.
 */
export function patternTargets(g: Grid, place: PatternPlace, bg: Colour = 0): { pattern: Obj; targets: Obj[] } | null {
  const objs = findObjects(withoutSeparators(g, bg), { multicolour: true, bg });
  let pattern: Obj | undefined;
  for (const o of objs)
    if (o.colours.length > 1) {
      if (pattern) return null;
      pattern = o;
    }
  if (!pattern) return null;
  const ph = objectHeight(pattern),
    pw = objectWidth(pattern);
  const centred = place === CENTRED;
  if (centred && (ph % 2 === 0 || pw % 2 === 0)) return null;
  const targets = objs.filter((o) =>
    centred ? o.cells.length === 1 : o.colours.length === 1 && objectHeight(o) === ph && objectWidth(o) === pw,
  );
  return targets.length ? { pattern, targets } : null;
}

/** The grid with the cells of its separator lines (see `separatorLines`) as background; the grid itself when it has none. */
function withoutSeparators(g: Grid, bg: Colour): Grid {
  const { rows, cols } = separatorLines(g, bg);
  if (!rows.length && !cols.length) return g;
  return g.map((row, r) => (rows.includes(r) ? row.map(() => bg) : row.map((v, c) => (cols.includes(c) ? bg : v))));
}

/**
 * Copies the grid's pattern (see `patternTargets`) onto its targets: over a one-coloured object of
 * its size, the object's box becomes a copy of the pattern's box; centred on a lone cell, the cell
 * is cleared and the pattern's filled cells are painted around it, those off the grid dropped. With
 * `removeOriginal`, the pattern's own cells become background. Null where `patternTargets` is.
 */
export function copyPattern(g: Grid, place: PatternPlace, removeOriginal: boolean, bg: Colour = 0): Grid | null {
  const found = patternTargets(g, place, bg);
  if (!found) return null;
  const { pattern: p, targets } = found;
  const ph = objectHeight(p),
    pw = objectWidth(p),
    centred = place === CENTRED;
  const out = g.map((row) => [...row]);
  const inGrid = (r: number, c: number) => r >= 0 && c >= 0 && r < out.length && c < out[0]!.length;
  if (removeOriginal) for (const [r, c] of p.cells) out[r]![c] = bg;
  for (const t of targets) {
    const top = centred ? t.top - (ph >> 1) : t.top,
      left = centred ? t.left - (pw >> 1) : t.left;
    if (centred) out[t.top]![t.left] = bg;
    for (let r = 0; r < ph; r++)
      for (let c = 0; c < pw; c++) {
        const v = g[p.top + r]![p.left + c]!;
        if (inGrid(top + r, left + c) && (!centred || v !== bg)) out[top + r]![left + c] = v;
      }
  }
  return out;
}
