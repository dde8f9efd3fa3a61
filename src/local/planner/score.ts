/** How close current grids are to the outputs: exactness for ranking, and a softer closeness to steer the search. */
import { height, width, type Grid } from '../../arc/grid.js';
import { colourMask, maskSize } from '../../arc/toolkit/colours.js';

/** A state's train grids scored against the outputs (see `trainScores`). */
export interface TrainScores {
  /** Mean cell similarity (0 for a wrong shape), as the evolution's fitness measures it. */
  readonly fitness: number;
  /** Every grid equals its output. */
  readonly perfect: boolean;
  /** For steering: shape agreement counts even before cells agree; a shape a scale away counts too. */
  readonly closeness: number;
}

/** True when one side is a whole multiple of the other on both axes (a scale or tile away). */
const scaleRelated = (g: Grid, o: Grid): boolean =>
  [
    [height(g), height(o)],
    [width(g), width(o)],
  ].every(([a, b]) => Math.max(a!, b!) % Math.min(a!, b!) === 0);
/** Share of colours the two grids have in common. */
function colourOverlap(g: Grid, o: Grid): number {
  const a = colourMask(g),
    b = colourMask(o);
  return maskSize(a & b) / maskSize(a | b);
}

/** Equal cells of two grids of one shape. */
function sameCells(g: Grid, o: Grid): number {
  let same = 0;
  for (let r = 0; r < o.length; r++) {
    const a = g[r]!,
      b = o[r]!;
    for (let c = 0; c < b.length; c++) if (a[c] === b[c]) same++;
  }
  return same;
}

/**
 * Fitness, exactness and closeness of `gs` against `outs` in one pass over the cells (the search
 * scores every state it reaches, so each pair's cells are compared once, not three times).
 */
export function trainScores(gs: readonly Grid[], outs: readonly Grid[]): TrainScores {
  let fit = 0,
    close = 0,
    perfect = true;
  for (let i = 0; i < outs.length; i++) {
    const g = gs[i]!,
      o = outs[i]!;
    const h = height(o),
      w = width(o);
    if (height(g) === h && width(g) === w) {
      const cells = h * w,
        same = sameCells(g, o);
      const sim = cells === 0 ? 0 : same / cells;
      if (same !== cells) perfect = false;
      fit += sim;
      close += 0.3 + 0.7 * sim;
    } else {
      perfect = false;
      if (scaleRelated(g, o)) close += 0.15 + 0.15 * colourOverlap(g, o);
      else {
        const fh = Math.min(height(g), h) / Math.max(height(g), h);
        const fw = Math.min(width(g), w) / Math.max(width(g), w);
        close += 0.2 * fh * fw * colourOverlap(g, o);
      }
    }
  }
  return { fitness: fit / outs.length, perfect, closeness: close / outs.length };
}
