/** Repeating a grid's content across the whole grid: the band of rows (or columns) holding it, continued with its own period. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';

export const REPEAT_WAYS = ['up and down', 'left and right', 'in every direction'] as const;
export type RepeatWay = (typeof REPEAT_WAYS)[number];

/** First and last index along an axis holding a non-background cell, or undefined when there is none. */
function extent(g: Grid, rows: boolean, bg: Colour): [number, number] | undefined {
  const n = rows ? height(g) : width(g);
  const filled = (i: number) => (rows ? g[i]!.some((v) => v !== bg) : g.some((row) => row[i] !== bg));
  let first = 0,
    last = n - 1;
  while (first < n && !filled(first)) first++;
  while (last > first && !filled(last)) last--;
  return first < n ? [first, last] : undefined;
}
const mod = (a: number, n: number): number => ((a % n) + n) % n;

/** The rows (or columns) from the first to the last holding content, repeated with that period over the whole grid, in phase with where they stand. */
function repeatAlong(g: Grid, rows: boolean, bg: Colour): Grid | null {
  const span = extent(g, rows, bg);
  if (!span) return null;
  const [a, b] = span,
    p = b - a + 1;
  return fromFn(height(g), width(g), (r, c) => (rows ? g[a + mod(r - a, p)]![c]! : g[r]![a + mod(c - a, p)]!));
}

/** Repeats the content up and down, left and right, or both; null on an empty grid. */
export function repeatContent(g: Grid, way: RepeatWay, bg: Colour = 0): Grid | null {
  if (way === 'up and down') return repeatAlong(g, true, bg);
  if (way === 'left and right') return repeatAlong(g, false, bg);
  const down = repeatAlong(g, true, bg);
  return down && repeatAlong(down, false, bg);
}
