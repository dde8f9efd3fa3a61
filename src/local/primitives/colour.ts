/** Colour counting and recolouring. Pure and immutable. */
import { type Colour, type Grid } from '../../arc/grid.js';
import { colourCounts, coloursPresent, leastFrequentColour } from '../../arc/toolkit/colours.js';

/** The counting half lives in arc's toolkit; re-exported so the step language and PRIMITIVES name it here too. */
export { colourCounts, coloursPresent, leastFrequentColour, mostFrequentColour } from '../../arc/toolkit/colours.js';

/** Replaces colours by a map; unmapped colours stay. */
export const mapColours = (g: Grid, map: Readonly<Record<number, Colour>>): Grid =>
  g.map((row) => row.map((v) => map[v] ?? v));
/** Exchanges two colours. */
export const swapColours = (g: Grid, a: Colour, b: Colour): Grid => mapColours(g, { [a]: b, [b]: a });
/** Paints every non-background cell with one colour. */
export const recolourAll = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  g.map((row) => row.map((v) => (v === bg ? bg : colour)));
/** Keeps only cells of one colour; the rest become background. */
export const keepColour = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  g.map((row) => row.map((v) => (v === colour ? v : bg)));
/** Turns every cell of one colour into background. */
export const removeColour = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  g.map((row) => row.map((v) => (v === colour ? bg : v)));
/** Swaps background and foreground: background cells get `colour`, all others become background. */
export const invert = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  g.map((row) => row.map((v) => (v === bg ? colour : bg)));
/** Paints every cell that differs from the background with the grid's least frequent colour. */
export const recolourToRarest = (g: Grid, bg: Colour = 0): Grid => recolourAll(g, leastFrequentColour(g, [bg]), bg);

/** The colours present, most cells first; equal counts go to the lower colour. */
export const coloursByCount = (g: Grid): Colour[] => {
  const counts = colourCounts(g);
  return coloursPresent(g).sort((a, b) => counts[b]! - counts[a]! || a - b);
};

/** A renaming of a grid's colours and the way back. */
export interface Renaming {
  readonly to: Readonly<Record<number, Colour>>;
  readonly back: Readonly<Record<number, Colour>>;
}

/**
 * The renaming of a grid's colours by cell count: the most common becomes colour 0, the next colour
 * 1, and so on; with `keep`, that colour stays itself and the numbers skip it.
 */
export function renameByCount(g: Grid, keep: Colour | null = null): Renaming {
  const order = coloursByCount(g).filter((c) => c !== keep);
  const slots = Array.from({ length: 10 }, (_, n) => n).filter((n) => n !== keep);
  const to: Record<number, Colour> = {},
    back: Record<number, Colour> = {};
  if (keep !== null) to[keep] = back[keep] = keep;
  order.forEach((c, k) => {
    to[c] = slots[k]!;
    back[slots[k]!] = c;
  });
  return { to, back };
}

/** A renamed grid with its colours named back, or null when it shows a colour the renaming did not give. */
export const nameBack = (g: Grid, r: Renaming): Grid | null =>
  g.some((row) => row.some((v) => r.back[v] === undefined)) ? null : mapColours(g, r.back);
