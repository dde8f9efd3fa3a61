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

const layersOf = (s: Step): readonly (readonly Step[])[] =>
  s.name === 'layers' ? (s.args.layers as readonly (readonly Step[])[]) : [];
/** How many layers a program stacks (0 when it has no layers step): pieces rank after whole programs. */
export const layerCount = (f: Found): number => f.program.reduce((n, s) => n + layersOf(s).length, 0);
/** Steps of a program, counting those inside its layers. */
const stepCount = (f: Found): number =>
  f.program.reduce((n, s) => n + (s.name === 'layers' ? layersOf(s).reduce((m, l) => m + l.length, 0) : 1), 0);

/**
 * Perfect programs first: those whose test results have the predicted size, then those stacking
 * fewer pieces, then shorter ones, then the prior's favourites; the rest by fitness. Stable for equal keys.
 */
export const rank = (fs: readonly Found[]): Found[] =>
  [...fs].sort(
    (a, b) =>
      Number(b.perfect) - Number(a.perfect) ||
      (a.perfect
        ? Number(b.sizeOk !== false) - Number(a.sizeOk !== false) ||
          layerCount(a) - layerCount(b) ||
          stepCount(a) - stepCount(b) ||
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
