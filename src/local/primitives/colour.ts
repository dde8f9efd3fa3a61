/** Colour counting and recolouring. Pure and immutable. */
import { type Colour, type Grid } from '../../arc/grid.js';

/** How many cells of each colour 0-9. */
export function colourCounts(g: Grid): number[] {
  const counts = Array<number>(10).fill(0);
  for (const row of g) for (const v of row) counts[v]!++;
  return counts;
}
/** The colours present, ascending. */
export const coloursPresent = (g: Grid): Colour[] => colourCounts(g).flatMap((n, c) => (n > 0 ? [c] : []));
/** The most frequent colour, ignoring `except`; ties go to the lower colour. */
export function mostFrequentColour(g: Grid, except: readonly Colour[] = []): Colour {
  const counts = colourCounts(g);
  let best = -1;
  for (let c = 0; c < 10; c++)
    if (!except.includes(c) && counts[c]! > 0 && (best < 0 || counts[c]! > counts[best]!)) best = c;
  return best < 0 ? 0 : best;
}
/** The least frequent colour present, ignoring `except`; ties go to the lower colour. */
export function leastFrequentColour(g: Grid, except: readonly Colour[] = []): Colour {
  const counts = colourCounts(g);
  let best = -1;
  for (let c = 0; c < 10; c++)
    if (!except.includes(c) && counts[c]! > 0 && (best < 0 || counts[c]! < counts[best]!)) best = c;
  return best < 0 ? 0 : best;
}
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
