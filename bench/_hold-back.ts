/**
 * The held-back-pair view of a task for the offline-engine benchmark: the last train pair becomes
 * the only test pair and the search sees the others. Whether the attempts get the held-back output
 * right measures how well the choice among train-perfect programs generalises, using training
 * tasks alone (their real test outputs no longer tell: the failures there were studied and fixed).
 */
import type { Task } from '../src/arc/task.js';

/** Fewest train pairs a task needs to be held back from: two kept for the search, one to check. */
export const HOLD_BACK_MIN_TRAIN = 3;

/** The task with its last train pair as the test, or null when fewer than three train pairs would leave the search one example. */
export function holdBackLastPair(task: Task): Task | null {
  if (task.train.length < HOLD_BACK_MIN_TRAIN) return null;
  const held = task.train[task.train.length - 1]!;
  return {
    ...task,
    train: task.train.slice(0, -1),
    test: [{ input: held.input, output: held.output }],
  };
}
