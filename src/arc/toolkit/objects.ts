/** Objects: connected groups of non-background cells, and their sizes. Pure and immutable. */
import type { Colour, Grid } from '../grid.js';
import { memoOnGrid } from './memo.js';
import { connectedRegions } from './regions.js';

/** A connected group of cells. `cells` are [row, col, colour] triples in reading order. */
export interface Obj {
  readonly cells: readonly (readonly [number, number, Colour])[];
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The most frequent colour of the object. */
  readonly colour: Colour;
  readonly colours: readonly Colour[];
}
/** How cells join into objects. */
export interface ObjectOptions {
  /** Cells of different (non-background) colours join one object. */
  readonly multicolour?: boolean;
  /** Diagonal neighbours join (8-neighbourhood). */
  readonly diagonal?: boolean;
  readonly bg?: Colour;
  /**
   * The objects are the areas of background cells instead, each joined side by side (the rooms
   * that lines and shapes divide the background into); `multicolour` and `diagonal` do not apply.
   */
  readonly areas?: boolean;
}

/** The connected components of non-background cells (or of background cells), in reading order of their first cell. */
export const findObjects = (g: Grid, opts: ObjectOptions = {}): readonly Obj[] =>
  objectsMemo(
    g,
    opts.areas ? `a${opts.bg ?? 0}` : `${opts.multicolour ? 1 : 0}${opts.diagonal ? 1 : 0}${opts.bg ?? 0}`,
  );
const objectsMemo = memoOnGrid((g: Grid, key: string) => {
  const areas = key[0] === 'a',
    bg = Number(key.slice(areas ? 1 : 2));
  const regions = areas
    ? connectedRegions(g, (v) => v === bg)
    : connectedRegions(g, (v) => v !== bg, { anyColour: key[0] === '1', diagonal: key[1] === '1' });
  return regions.map((cells) => makeObject(cells.map(([r, c]) => [r, c, g[r]![c]!] as const)));
});

/** Builds an object from its cells. */
export function makeObject(cells: readonly (readonly [number, number, Colour])[]): Obj {
  const sorted = [...cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // One pass without spreading: objects of a noisy 30x30 grid are built thousands of times per search.
  const counts = new Array<number>(10).fill(0);
  let top = Infinity,
    left = Infinity,
    bottom = -Infinity,
    right = -Infinity;
  for (const [r, c, v] of sorted) {
    counts[v] = (counts[v] ?? 0) + 1;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const colours = counts.flatMap((n, c) => (n > 0 ? [c] : []));
  const colour = colours.reduce((best, c) => (counts[c]! > counts[best]! ? c : best), colours[0] ?? 0);
  return { cells: sorted, top, left, bottom, right, colour, colours };
}

/** Number of cells. */
export const objectSize = (o: Obj): number => o.cells.length;
/** Bounding-box height. */
export const objectHeight = (o: Obj): number => o.bottom - o.top + 1;
/** Bounding-box width. */
export const objectWidth = (o: Obj): number => o.right - o.left + 1;
