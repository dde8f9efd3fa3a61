/**
 * Where a prior reorders the search: every proposed step is scored given features of the task,
 * and the search tries higher-scored steps first and ranks programs of equal merit by their
 * summed score. The hand prior prefers steps listed earlier in the step language; a prior learned
 * from library traces can be supplied instead through the same interface.
 */
import { height, sameShape, width, type Grid } from '../../arc/grid.js';
import { colourCounts } from '../primitives/colour.js';
import { STEP_DEFS } from '../language/steps.js';
import type { Step } from '../language/types.js';

/** What a prior may know about the task: read from the train pairs only (never an id). */
export interface TaskFeatures {
  readonly pairs: number;
  /** Every output has its input's shape. */
  readonly sameShape: boolean;
  /** Every output is smaller than its input (fewer cells). */
  readonly shrinks: boolean;
  /** Every output is larger than its input. */
  readonly grows: boolean;
  /** Colours found in some output but in no input. */
  readonly newColours: readonly number[];
  /** The name of the output-size rule that holds, or null. */
  readonly sizeRule: string | null;
}

/** Scores a step (kind and arguments) for a task; higher is tried first. Scores add up along a program. */
export interface SearchPrior {
  score(step: Step, features: TaskFeatures): number;
  /**
   * The part of `score` learned from solved tasks, if any. Beyond ordering the steps tried from a
   * state, it also steers which states are expanded first (see the search's expansion order), so
   * that a budget goes to the kinds of programs that solved similar tasks. The hand prior has none:
   * a search without learned knowledge expands exactly as before.
   */
  guide?(step: Step, features: TaskFeatures): number;
}

const order = new Map(STEP_DEFS.map((d, i) => [d.name, i]));

/** The default: earlier step kinds in the language's list first (the list is kept in rough order of usefulness). */
export const HAND_PRIOR: SearchPrior = {
  score: (step) => -(order.get(step.name) ?? STEP_DEFS.length) / STEP_DEFS.length,
};

/** Features of a task's train pairs. */
export function taskFeatures(train: readonly (readonly [Grid, Grid])[], sizeRule: string | null): TaskFeatures {
  const cells = (g: Grid) => height(g) * width(g);
  const present = (gs: Grid[]) => new Set(gs.flatMap((g) => colourCounts(g).flatMap((n, c) => (n ? [c] : []))));
  const ins = present(train.map(([i]) => i)),
    outs = present(train.map(([, o]) => o));
  return {
    pairs: train.length,
    sameShape: train.every(([i, o]) => sameShape(i, o)),
    shrinks: train.every(([i, o]) => cells(o) < cells(i)),
    grows: train.every(([i, o]) => cells(o) > cells(i)),
    newColours: [...outs].filter((c) => !ins.has(c)).sort((a, b) => a - b),
    sizeRule,
  };
}
