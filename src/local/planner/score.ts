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

/** How many times one side holds the other (negative when `g` is the smaller), or 0 when not a whole multiple. */
const factor = (a: number, b: number): number =>
  Math.max(a, b) % Math.min(a, b) === 0 ? (a >= b ? a / b : -b / a) : 0;

/**
 * Per pair: is the grid a scale or tile away from its output? Both axes must be whole multiples,
 * and the scale must mean something: the same factor on both axes, or the same factors on every
 * pair. Without that last condition a one-cell grid (or a thin strip) would be "a scale away" from
 * every output, and states that threw the picture away would be expanded ahead of useful ones.
 */
function scaleRelated(gs: readonly Grid[], outs: readonly Grid[]): boolean[] {
  const fs = outs.map((o, i) => [factor(height(gs[i]!), height(o)), factor(width(gs[i]!), width(o))] as const);
  const same = fs.every(([y, x]) => y === fs[0]![0] && x === fs[0]![1]);
  return fs.map(([y, x]) => y !== 0 && x !== 0 && (y === x || same));
}
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
    perfect = true,
    scaled: boolean[] | null = null;
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
      if ((scaled ??= scaleRelated(gs, outs))[i]) close += 0.15 + 0.15 * colourOverlap(g, o);
      else {
        const fh = Math.min(height(g), h) / Math.max(height(g), h);
        const fw = Math.min(width(g), w) / Math.max(width(g), w);
        close += 0.2 * fh * fw * colourOverlap(g, o);
      }
    }
  }
  return { fitness: fit / outs.length, perfect, closeness: close / outs.length };
}
