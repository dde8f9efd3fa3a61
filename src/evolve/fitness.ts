/**
 * Leave-one-out fitness. For train pair i the follower sees the instruction and every
 * *other* train pair as worked examples, and must produce pair i's output. With a single
 * train pair the context is empty: the follower works from the instruction alone.
 */
import { cellSimilarity, gridEquals, type Grid } from '../arc/grid.js';
import type { Pair } from '../arc/task.js';
import { ProviderError } from '../llm/errors.js';
import { errorText, rethrowStop } from './_stop.js';
import type { CallContext, ExampleResult, Model, TaskView } from './types.js';

/** The worked examples shown when pair `heldOut` is the one to predict. */
export const leaveOneOut = (train: readonly Pair[], heldOut: number): Pair[] => train.filter((_, i) => i !== heldOut);

/** Scores one follower output: 1 exact, else cell similarity (0 for a wrong shape or no output). */
export function scoreExample(output: Grid | null, expected: Grid, error?: string, unavailable = false): ExampleResult {
  if (output === null)
    return {
      output: null,
      expected,
      score: 0,
      exact: false,
      error: error ?? 'no output',
      ...(unavailable ? { unavailable } : {}),
    };
  const exact = gridEquals(output, expected);
  return { output, expected, score: exact ? 1 : cellSimilarity(output, expected), exact };
}

export interface Fitness {
  readonly examples: readonly ExampleResult[];
  /** Mean example score. */
  readonly fitness: number;
  /** Every example matched exactly. */
  readonly perfect: boolean;
}

export function summarise(examples: readonly ExampleResult[]): Fitness {
  const fitness = examples.length ? examples.reduce((s, e) => s + e.score, 0) / examples.length : 0;
  return { examples, fitness, perfect: examples.length > 0 && examples.every((e) => e.exact) };
}

/**
 * Follows `instruction` on every train pair in parallel. A failed follower call scores 0
 * with its error recorded; only task-ending errors (budget, abort) propagate.
 */
export async function scoreInstruction(
  model: Model,
  view: TaskView,
  instruction: string,
  ctx: CallContext,
): Promise<Fitness> {
  const settled = await Promise.allSettled(
    view.train.map((pair, i) =>
      model.follow({ instruction, context: leaveOneOut(view.train, i), input: pair.input }, ctx),
    ),
  );
  rethrowStop(settled, ctx.signal);
  const examples = settled.map((r, i) =>
    r.status === 'fulfilled'
      ? scoreExample(r.value, view.train[i]!.output)
      : scoreExample(null, view.train[i]!.output, errorText(r.reason), r.reason instanceof ProviderError),
  );
  return summarise(examples);
}
