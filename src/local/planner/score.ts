/** How close current grids are to the outputs: exactness for ranking, and a softer closeness to steer the search. */
import { cellSimilarity, gridEquals, height, sameShape, width, type Grid } from '../../arc/grid.js';

/** Mean cell similarity (0 for a wrong shape), as the evolution's fitness measures it. */
export const fitness = (gs: readonly Grid[], outs: readonly Grid[]): number =>
  outs.reduce((s, o, i) => s + cellSimilarity(gs[i]!, o), 0) / outs.length;

/** True when every grid equals its output. */
export const allExact = (gs: readonly Grid[], outs: readonly Grid[]): boolean => outs.every((o, i) => gridEquals(gs[i]!, o));

/** Closeness for steering: shape agreement counts even before cells agree. */
export function closeness(gs: readonly Grid[], outs: readonly Grid[]): number {
  let s = 0;
  outs.forEach((o, i) => {
    const g = gs[i]!;
    if (sameShape(g, o)) s += 0.3 + 0.7 * cellSimilarity(g, o);
    else {
      const fh = Math.min(height(g), height(o)) / Math.max(height(g), height(o));
      const fw = Math.min(width(g), width(o)) / Math.max(width(g), width(o));
      s += 0.25 * fh * fw;
    }
  });
  return s / outs.length;
}
