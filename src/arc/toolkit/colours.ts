/** Colour counts: how much of each colour a grid holds. Pure and immutable. */
import type { Colour, Grid } from '../grid.js';

/** How many cells of each colour 0-9. */
export function colourCounts(g: Grid): number[] {
  const counts = Array<number>(10).fill(0);
  for (const row of g) for (const v of row) counts[v]!++;
  return counts;
}
/** The colours present as a bit mask (bit c for colour c): sets of colours compared in one operation. */
export function colourMask(g: Grid): number {
  let m = 0;
  for (const row of g) for (const v of row) m |= 1 << v;
  return m;
}
/** How many colours a mask holds. */
export function maskSize(m: number): number {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
}
/** The colours present, ascending. */
export const coloursPresent = (g: Grid): Colour[] => colourCounts(g).flatMap((n, c) => (n > 0 ? [c] : []));
/** The most frequent colour, ignoring `except`; ties go to the lower colour (0 when none is left). */
export const mostFrequentColour = (g: Grid, except: readonly Colour[] = []): Colour =>
  pickColour(g, except, (n, best) => n > best);
/** The least frequent colour present, ignoring `except`; ties go to the lower colour (0 when none is left). */
export const leastFrequentColour = (g: Grid, except: readonly Colour[] = []): Colour =>
  pickColour(g, except, (n, best) => n < best);

/** The first colour (ascending) present and not excepted that no later colour `beats`. */
function pickColour(g: Grid, except: readonly Colour[], beats: (n: number, best: number) => boolean): Colour {
  const counts = colourCounts(g);
  let best = -1;
  for (let c = 0; c < 10; c++)
    if (!except.includes(c) && counts[c]! > 0 && (best < 0 || beats(counts[c]!, counts[best]!))) best = c;
  return best < 0 ? 0 : best;
}
