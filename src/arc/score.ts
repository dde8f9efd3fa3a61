/**
 * Official pass@2 scoring: a test output counts as solved when either of two attempts matches
 * it exactly. Reported two ways:
 *   - per task (ARC Prize leaderboard): a task scores the fraction of its test outputs solved,
 *     averaged over tasks;
 *   - per test output (Kaggle): solved outputs / all outputs.
 * Tasks or attempts missing from the submission are failures and stay in the denominator.
 */
import { gridEquals, type Grid } from './grid.js';
import type { AttemptPair, Submission } from './submission.js';

/** True when the answer is exactly the expected grid. */
export const exactMatch = (answer: Grid | null | undefined, expected: Grid): boolean =>
  !!answer && gridEquals(answer, expected);

/** True when either attempt matches the expected grid exactly. */
export const passAt2 = (p: AttemptPair | undefined, expected: Grid): boolean =>
  !!p && (exactMatch(p.attempt_1, expected) || exactMatch(p.attempt_2, expected));

export interface TaskScore {
  readonly taskId: string;
  /** Per test output: solved by either attempt. */
  readonly solved: readonly boolean[];
  /** Fraction of this task's test outputs solved. */
  readonly score: number;
  /** The submission had no entry for this task. */
  readonly missing: boolean;
}

export interface ScoreReport {
  readonly tasks: readonly TaskScore[];
  /** Mean of task scores (ARC Prize). */
  readonly perTask: number;
  /** Solved outputs / all outputs (Kaggle). */
  readonly perOutput: number;
  readonly solvedOutputs: number;
  readonly totalOutputs: number;
  /** Tasks fully solved. */
  readonly solvedTasks: number;
  /** Submission entries for tasks that have no solution (ignored in the averages). */
  readonly unknownTasks: readonly string[];
}

/** Scores one task's attempts against its expected outputs. */
export function scoreTask(
  taskId: string,
  attempts: readonly AttemptPair[] | undefined,
  expected: readonly Grid[],
): TaskScore {
  const solved = expected.map((e, i) => passAt2(attempts?.[i], e));
  const n = solved.filter(Boolean).length;
  return { taskId, solved, score: expected.length ? n / expected.length : 0, missing: attempts === undefined };
}

/** Scores a submission against the expected outputs of every task in `solutions`. */
export function scoreSubmission(submission: Submission, solutions: ReadonlyMap<string, readonly Grid[]>): ScoreReport {
  const ids = [...solutions.keys()].sort();
  const tasks = ids.map((id) => scoreTask(id, submission[id], solutions.get(id)!));
  const totalOutputs = tasks.reduce((s, t) => s + t.solved.length, 0);
  const solvedOutputs = tasks.reduce((s, t) => s + t.solved.filter(Boolean).length, 0);
  return {
    tasks,
    perTask: tasks.length ? tasks.reduce((s, t) => s + t.score, 0) / tasks.length : 0,
    perOutput: totalOutputs ? solvedOutputs / totalOutputs : 0,
    solvedOutputs,
    totalOutputs,
    solvedTasks: tasks.filter((t) => t.score === 1).length,
    unknownTasks: Object.keys(submission)
      .filter((id) => !solutions.has(id))
      .sort(),
  };
}
