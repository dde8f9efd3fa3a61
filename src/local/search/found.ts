/** Programs the search found, with their results, and the order in which they are proposed. */
import type { Grid } from '../../arc/grid.js';
import type { Step } from '../language/types.js';

/** A task as the search sees it: train inputs and outputs, and the test inputs. */
export interface Problem {
  readonly ins: readonly Grid[];
  readonly outs: readonly Grid[];
  readonly tests: readonly Grid[];
}

/** A program with its results on the train inputs (then the test inputs). */
export interface Found {
  readonly program: readonly Step[];
  readonly grids: readonly Grid[];
  readonly fitness: number;
  readonly perfect: boolean;
  readonly closeness: number;
  /** Every result, test ones included, has the predicted output size (where one is predicted). */
  readonly sizeOk?: boolean;
  /** The prior's summed score of the program's steps (higher is more plausible). */
  readonly prior?: number;
}

/**
 * Perfect programs first: those whose test results have the predicted size, then shorter ones,
 * then the prior's favourites; the rest by fitness. Stable for equal keys.
 */
export const rank = (fs: readonly Found[]): Found[] =>
  [...fs].sort(
    (a, b) =>
      Number(b.perfect) - Number(a.perfect) ||
      (a.perfect
        ? Number(b.sizeOk !== false) - Number(a.sizeOk !== false) ||
          a.program.length - b.program.length ||
          (b.prior ?? 0) - (a.prior ?? 0)
        : 0) ||
      b.fitness - a.fitness,
  );

/** The `k` best by a key (perfect ones always kept), bounding memory on long searches. */
export function keepBest(fs: readonly Found[], k: number, key: (f: Found) => number = (f) => f.fitness): Found[] {
  const perfect = fs.filter((f) => f.perfect);
  return [
    ...perfect,
    ...fs
      .filter((f) => !f.perfect)
      .sort((a, b) => key(b) - key(a))
      .slice(0, k),
  ];
}
