/** How close current grids are to the outputs: exactness for ranking, and a softer closeness to steer the search. */
import { cellSimilarity, gridEquals, height, sameShape, width, type Grid } from '../../arc/grid.js';

/** Mean cell similarity (0 for a wrong shape), as the evolution's fitness measures it. */
export const fitness = (gs: readonly Grid[], outs: readonly Grid[]): number =>
  outs.reduce((s, o, i) => s + cellSimilarity(gs[i]!, o), 0) / outs.length;

/** True when every grid equals its output. */
export const allExact = (gs: readonly Grid[], outs: readonly Grid[]): boolean =>
  outs.every((o, i) => gridEquals(gs[i]!, o));

/** True when one side is a whole multiple of the other on both axes (a scale or tile away). */
const scaleRelated = (g: Grid, o: Grid): boolean =>
  [
    [height(g), height(o)],
    [width(g), width(o)],
  ].every(([a, b]) => Math.max(a!, b!) % Math.min(a!, b!) === 0);
/** The colours present in a grid as a bit mask (bit c for colour c). */
function colourMask(g: Grid): number {
  let m = 0;
  for (const row of g) for (const v of row) m |= 1 << v;
  return m;
}
/** The number of set bits. */
function bits(m: number): number {
  let n = 0;
  for (; m; m &= m - 1) n++;
  return n;
}
/** Share of colours the two grids have in common. */
function colourOverlap(g: Grid, o: Grid): number {
  const a = colourMask(g),
    b = colourMask(o);
  return bits(a & b) / bits(a | b);
}

/** Closeness for steering: shape agreement counts even before cells agree; a shape a scale away counts too. */
export function closeness(gs: readonly Grid[], outs: readonly Grid[]): number {
  let s = 0;
  outs.forEach((o, i) => {
    const g = gs[i]!;
    if (sameShape(g, o)) s += 0.3 + 0.7 * cellSimilarity(g, o);
    else if (scaleRelated(g, o)) s += 0.15 + 0.15 * colourOverlap(g, o);
    else {
      const fh = Math.min(height(g), height(o)) / Math.max(height(g), height(o));
      const fw = Math.min(width(g), width(o)) / Math.max(width(g), width(o));
      s += 0.2 * fh * fw * colourOverlap(g, o);
    }
  });
  return s / outs.length;
}
