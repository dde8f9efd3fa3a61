/** Counting things and turning counts into grids; per-object recolouring by counts. Pure and immutable. */
import { fromFn, type Colour, type Grid } from '../../arc/grid.js';
import { colourCounts } from './colour.js';
import { findObjects, objectSize, paintObjects, shapeKey, type ObjectOptions } from './objects.js';

/** Number of objects under the given options. */
export const countObjects = (g: Grid, opts: ObjectOptions = {}): number => findObjects(g, opts).length;
/** Number of cells of a colour. */
export const countColour = (g: Grid, colour: Colour): number => colourCounts(g)[colour] ?? 0;
/** Number of distinct non-background colours. */
export const countColours = (g: Grid, bg: Colour = 0): number =>
  colourCounts(g).filter((n, c) => n > 0 && c !== bg).length;
/** A 1 x n row of `colour` (empty count gives a 1 x 1 background cell). */
export const barOfLength = (n: number, colour: Colour, bg: Colour = 0): Grid =>
  n > 0 ? [Array<Colour>(n).fill(colour)] : [[bg]];
/** An h x w grid whose first n cells in reading order are `colour`. */
export const countToGrid = (n: number, h: number, w: number, colour: Colour, bg: Colour = 0): Grid =>
  fromFn(h, w, (r, c) => (r * w + c < n ? colour : bg));
/** Non-background colours ordered by cell count, most frequent first (ties by colour). */
export function coloursByFrequency(g: Grid, bg: Colour = 0): Colour[] {
  const counts = colourCounts(g);
  return counts.flatMap((n, c) => (n > 0 && c !== bg ? [c] : [])).sort((a, b) => counts[b]! - counts[a]! || a - b);
}
/** A column listing the colours from most to least frequent. */
export const colourHistogramColumn = (g: Grid, bg: Colour = 0): Grid => coloursByFrequency(g, bg).map((c) => [c]);
/** Recolours every object whose size has an entry in `sizes` (size → colour). */
export function recolourBySize(g: Grid, sizes: Readonly<Record<number, Colour>>, opts: ObjectOptions = {}): Grid {
  let out = g;
  for (const o of findObjects(g, opts)) {
    const c = sizes[objectSize(o)];
    if (c !== undefined) out = paintObjects(out, [o], c);
  }
  return out;
}
/** Recolours the largest object(s) with `big` and the smallest with `small`. */
export function recolourExtremes(g: Grid, big: Colour, small: Colour, opts: ObjectOptions = {}): Grid {
  const objs = findObjects(g, opts);
  if (!objs.length) return g;
  const sizes = objs.map(objectSize),
    max = Math.max(...sizes),
    min = Math.min(...sizes);
  return paintObjects(
    paintObjects(
      g,
      objs.filter((o) => objectSize(o) === min),
      small,
    ),
    objs.filter((o) => objectSize(o) === max),
    big,
  );
}
/** Recolours each object whose shape occurs more than once with `colour`. */
export function recolourRepeatedShapes(g: Grid, colour: Colour, opts: ObjectOptions = {}): Grid {
  const objs = findObjects(g, opts),
    counts = new Map<string, number>();
  for (const o of objs) counts.set(shapeKey(o), (counts.get(shapeKey(o)) ?? 0) + 1);
  return paintObjects(
    g,
    objs.filter((o) => counts.get(shapeKey(o))! > 1),
    colour,
  );
}
/** Majority of the 3 x 3 neighbourhood for every cell (removes isolated noise). */
export function majorityFilter(g: Grid): Grid {
  return g.map((row, r) =>
    row.map((v, c) => {
      const counts = new Map<Colour, number>();
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          const u = g[r + dr]?.[c + dc];
          if (u !== undefined) counts.set(u, (counts.get(u) ?? 0) + 1);
        }
      let best = v;
      for (const [k, n] of counts) if (n > counts.get(best)!) best = k;
      return best;
    }),
  );
}
/** Removes objects smaller than `min` cells. */
export function removeSmallObjects(g: Grid, min: number, opts: ObjectOptions = {}): Grid {
  const small = findObjects(g, opts).filter((o) => objectSize(o) < min);
  return paintObjects(g, small, opts.bg ?? 0);
}
/** Replaces every cell of `colour` by the most frequent other colour among its 8 neighbours (noise removal). */
export function replaceByNeighbours(g: Grid, colour: Colour): Grid {
  return g.map((row, r) =>
    row.map((v, c) => {
      if (v !== colour) return v;
      const counts = new Map<Colour, number>();
      for (let dr = -1; dr <= 1; dr++)
        for (let dc = -1; dc <= 1; dc++) {
          const u = g[r + dr]?.[c + dc];
          if (u !== undefined && u !== colour) counts.set(u, (counts.get(u) ?? 0) + 1);
        }
      let best = v,
        bestN = 0;
      for (const [k, n] of [...counts.entries()].sort((a, b) => a[0] - b[0]))
        if (n > bestN) {
          best = k;
          bestN = n;
        }
      return best;
    }),
  );
}
/**
 * Replaces every cell of `colour` by the colour it has beside it both in its row (left or right)
 * and in its column (above or below), the left and then the right neighbour tried first; a cell
 * with no such colour becomes background. Noise on a filled box's corner or edge takes the box's
 * colour, since two of its sides meet the box; noise just outside a box meets it on one side only.
 */
export function replaceByRowAndColumn(g: Grid, colour: Colour, bg: Colour = 0): Grid {
  return g.map((row, r) =>
    row.map((v, c) => {
      if (v !== colour) return v;
      const up = g[r - 1]?.[c],
        down = g[r + 1]?.[c];
      for (const u of [row[c - 1], row[c + 1]])
        if (u !== undefined && u !== colour && (u === up || u === down)) return u;
      return bg;
    }),
  );
}
/** Non-background colours in the order they first appear, reading columns left to right ('across') or rows top to bottom ('down'). */
export function coloursInOrder(g: Grid, along: 'across' | 'down', bg: Colour = 0): Colour[] {
  const seen: Colour[] = [];
  const visit = (v: Colour) => {
    if (v !== bg && !seen.includes(v)) seen.push(v);
  };
  if (along === 'down') for (const row of g) row.forEach(visit);
  else for (let c = 0; c < (g[0]?.length ?? 0); c++) for (const row of g) visit(row[c]!);
  return seen;
}
