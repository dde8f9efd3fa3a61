/** Line drawing: connecting same-coloured cells and casting rays. Pure and immutable. */
import { height, width, type Colour, type Grid } from '../../arc/grid.js';
import { coloursPresent } from '../../arc/toolkit/colours.js';
import { BoundedCache } from '../bounded-cache.js';
import { DELTA, type Direction } from './gravity.js';
import { findObjects } from './objects.js';

export const LINE_AXES = ['horizontal', 'vertical', 'horizontal and vertical', 'diagonal'] as const;
export type LineAxis = (typeof LINE_AXES)[number];

/**
 * Lines by grid shape and axis: the search draws lines on the same few shapes again and again. A
 * long run meets many shapes (a 30 x 30 grid's lines take about 100 KB), so only the latest
 * 64 shapes and axes are kept.
 */
export const LINE_CACHE = new BoundedCache<string, readonly (readonly [number, number])[][]>(64);

/** The cells of every line along an axis, each line in order (the same lists for equal arguments: never modified). */
const linesAlong = (h: number, w: number, axis: LineAxis): readonly (readonly [number, number])[][] =>
  LINE_CACHE.get(`${h}x${w} ${axis}`, () => cellLines(h, w, axis));

/** `linesAlong` computed afresh. */
function cellLines(h: number, w: number, axis: LineAxis): [number, number][][] {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const rows = range(h).map((r) => range(w).map((c): [number, number] => [r, c]));
  const cols = range(w).map((c) => range(h).map((r): [number, number] => [r, c]));
  if (axis === 'horizontal') return rows;
  if (axis === 'vertical') return cols;
  if (axis === 'horizontal and vertical') return [...rows, ...cols];
  const inside = ([r, c]: [number, number]) => c >= 0 && c < w;
  const down = range(h + w).map((d) =>
    range(h)
      .map((r): [number, number] => [r, r + d - h])
      .filter(inside),
  );
  const up = range(h + w).map((d) =>
    range(h)
      .map((r): [number, number] => [r, d - r])
      .filter(inside),
  );
  return [...down, ...up];
}
/** Joins pairs of same-coloured cells in the same row, column or diagonal by painting the background between them (in their colour, or `paint`). */
export function connectSameColour(g: Grid, axis: LineAxis, bg: Colour = 0, paint?: Colour): Grid {
  const out = g.map((row) => [...row]);
  for (const line of linesAlong(height(g), width(g), axis)) {
    let last = -1,
      lastColour = -1;
    for (let i = 0; i < line.length; i++) {
      const [r, c] = line[i]!;
      const v = g[r]![c]!;
      if (v === bg) continue;
      if (last >= 0 && lastColour === v)
        for (let j = last + 1; j < i; j++) {
          const [rr, cc] = line[j]!;
          if (out[rr]![cc] === bg) out[rr]![cc] = paint ?? v;
        }
      last = i;
      lastColour = v;
    }
  }
  return out;
}
/** The length of the shortest pattern that `s` repeats (its own length when it repeats none). */
function linePeriod(s: readonly Colour[]): number {
  for (let p = 1; p < s.length; p++) if (s.every((v, i) => v === s[i % p])) return p;
  return s.length;
}
/**
 * Continues the colours repeating along each line to both ends of it, over background cells: the
 * stretch from a line's first to its last non-background cell (background between them included)
 * is the pattern, at its shortest period, in phase with where it stands; so dots three cells apart
 * go on three cells apart, and a run 8,3,4 goes on ...8,3,4,8,3,4... A line with fewer than two
 * non-background cells is left alone. Only background cells are painted, each by the first line
 * (rows before columns) that reaches it.
 */
export function continueLines(g: Grid, axis: LineAxis, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const line of linesAlong(height(g), width(g), axis)) {
    const colours = line.map(([r, c]) => g[r]![c]!);
    const first = colours.findIndex((v) => v !== bg),
      last = colours.findLastIndex((v) => v !== bg);
    if (first < 0 || first === last) continue;
    const pattern = colours.slice(first, last + 1),
      p = linePeriod(pattern);
    line.forEach(([r, c], i) => {
      if (out[r]![c] === bg) out[r]![c] = pattern[(((i - first) % p) + p) % p]!;
    });
  }
  return out;
}
/** The four diagonal steps: up-left, up-right, down-left, down-right. */
export const DIAGONALS = [
  [-1, -1],
  [-1, 1],
  [1, -1],
  [1, 1],
] as const;
/**
 * Every filled cell that touches other filled cells at corners only is the tip of a diagonal tail:
 * from it a line of its colour runs on away from each such neighbour until something is in the way.
 */
export function extendDiagonalTails(g: Grid, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  const filled = (r: number, c: number) => {
    const v = g[r]?.[c];
    return v !== undefined && v !== bg;
  };
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === bg || filled(r - 1, c) || filled(r + 1, c) || filled(r, c - 1) || filled(r, c + 1)) return;
      for (const [dr, dc] of DIAGONALS) {
        if (!filled(r + dr, c + dc)) continue;
        for (let nr = r - dr, nc = c - dc; g[nr]?.[nc] === bg; nr -= dr, nc -= dc) out[nr]![nc] = v;
      }
    }),
  );
  return out;
}
/**
 * Every object of three cells of one colour bent at a corner (an L filling three cells of a 2 by 2
 * box) points away from its bend: from the box's empty cell, a diagonal line of the object's
 * colour runs on away from the bend cell, the empty cell itself left as it is, until something is
 * in the way. Lines are read off `g`, so none blocks another.
 */
export function cornerRays(g: Grid, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const o of findObjects(g, { bg })) {
    if (o.cells.length !== 3 || o.bottom - o.top !== 1 || o.right - o.left !== 1) continue;
    const has = (r: number, c: number) => o.cells.some(([or, oc]) => or === r && oc === c);
    const [mr, mc] = [o.top, o.bottom]
      .flatMap((r) => [o.left, o.right].map((c) => [r, c] as const))
      .find(([r, c]) => !has(r, c))!;
    if (g[mr]![mc] !== bg) continue;
    const dr = mr === o.top ? -1 : 1,
      dc = mc === o.left ? -1 : 1;
    for (let r = mr + dr, c = mc + dc; g[r]?.[c] === bg; r += dr, c += dc) out[r]![c] = o.colour;
  }
  return out;
}
/** From every cell of `colour` paints a ray in `dir` over background cells, stopping at the first non-background cell or the edge. */
export const castRays = (g: Grid, colour: Colour, dirs: readonly Direction[], bg: Colour = 0, stop = true): Grid =>
  castAlong(
    g,
    colour,
    dirs.map((d) => DELTA[d]),
    bg,
    stop,
  );
/** Paints rays from every cell of `colour` along each (row, column) step, over background; `stop` ends a ray at the first filled cell. */
export function castAlong(
  g: Grid,
  colour: Colour,
  deltas: readonly (readonly [number, number])[],
  bg: Colour = 0,
  stop = true,
): Grid {
  const out = g.map((row) => [...row]);
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== colour) return;
      for (const [dr, dc] of deltas) {
        for (let nr = r + dr, nc = c + dc; out[nr]?.[nc] !== undefined; nr += dr, nc += dc) {
          if (g[nr]![nc] !== bg) {
            if (stop) break;
            else continue;
          }
          out[nr]![nc] = colour;
        }
      }
    }),
  );
  return out;
}
/**
 * From every filled cell not of `target`, a line of its own colour along each step over the
 * background, painted only where it runs into a cell of `target`: cells in line with the target
 * reach out to it, the others draw nothing. Every line is read off `g`, so none blocks another.
 * With `paint` 'hit', the line is not drawn and the cell of `target` it runs into takes its colour
 * instead (the later cell in reading order wins where two reach the same one).
 */
export function raysTo(
  g: Grid,
  target: Colour,
  deltas: readonly (readonly [number, number])[],
  bg: Colour = 0,
  paint: 'path' | 'hit' = 'path',
): Grid {
  const out = g.map((row) => [...row]);
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === bg || v === target) return;
      for (const [dr, dc] of deltas) {
        let nr = r + dr,
          nc = c + dc;
        while (g[nr]?.[nc] === bg) ((nr += dr), (nc += dc));
        if (g[nr]?.[nc] !== target) continue;
        if (paint === 'hit') out[nr]![nc] = v;
        else for (let k = 1; r + k * dr !== nr || c + k * dc !== nc; k++) out[r + k * dr]![c + k * dc] = v;
      }
    }),
  );
  return out;
}
/** Rays of every filled colour along each step, colours in increasing order (with `stop`, a later ray stops at an earlier one). */
export const castAlongAll = (
  g: Grid,
  deltas: readonly (readonly [number, number])[],
  bg: Colour = 0,
  stop = true,
): Grid =>
  coloursPresent(g)
    .filter((c) => c !== bg)
    .reduce((acc, c) => castAlong(acc, c, deltas, bg, stop), g);
/**
 * From every filled cell, a dashed ray along `delta` over the background until a filled cell of `g`
 * is in the way: the ray's first cell, third, fifth, ... are of `dash`, the ones between of the
 * cell's own colour. Cells of `dash` cast none.
 */
export function castDashed(g: Grid, delta: readonly [number, number], dash: Colour, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  const [dr, dc] = delta;
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === bg || v === dash) return;
      for (let k = 1; g[r + k * dr]?.[c + k * dc] === bg; k++) out[r + k * dr]![c + k * dc] = k % 2 ? dash : v;
    }),
  );
  return out;
}
/** Paints the full row and column through every cell of `colour` (over background only). */
export const crossLines = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  castRays(g, colour, ['up', 'down', 'left', 'right'], bg, false);
/** Paints diagonal rays from every cell of `colour` in all four diagonal directions (over background only). */
export const diagonalRays = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  castAlong(g, colour, DIAGONALS, bg, false);
/** Paints, over everything, the full row (or column) through every cell of `colour`. */
export function fullLines(g: Grid, colour: Colour, axis: 'horizontal' | 'vertical'): Grid {
  const rows = new Set<number>(),
    cols = new Set<number>();
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === colour) {
        rows.add(r);
        cols.add(c);
      }
    }),
  );
  return g.map((row, r) => row.map((v, c) => ((axis === 'horizontal' ? rows.has(r) : cols.has(c)) ? colour : v)));
}
