/** Task records the runner builds itself: failures, and the combination of cascade stages. */
import { hasSolutions, type Task } from '../arc/task.js';
import { addUsage, emptyUsage, sumUsage } from '../llm/usage.js';
import type { Model } from '../evolve/types.js';
import type { Attempts, RunEvent, StageResult, TaskRecord } from './run-files.js';

/** Kaggle needs both attempts for every test input: the unchanged input stands in. */
export const fallbackAttempts = (task: Task): Attempts[] =>
  task.test.map((t) => ({ attempt_1: t.input, attempt_2: t.input }));

type CallEvent = Extract<RunEvent, { type: 'call' }>;

/** Role calls and usage of the calls a task made before it failed: what a failure cost is still accounted for. */
function spentOn(calls: readonly CallEvent[]): Pick<TaskRecord, 'calls' | 'usage'> {
  const count = (role: string) => calls.filter((c) => c.role === role).length;
  return {
    calls: { planner: count('planner'), repairer: count('repairer'), follower: count('follower') },
    usage: calls.length ? sumUsage(calls.map((c) => c.usage ?? emptyUsage())) : emptyUsage(),
  };
}

/**
 * The record of a task whose solving threw (an unexpected error, not a budget or timeout).
 * `calls` are the task's call events so far, so the requests and dollars of a failed task stay in the totals.
 */
export function errorRecord(
  task: Task,
  model: Model,
  err: unknown,
  started: Date,
  finished: Date,
  calls: readonly CallEvent[] = [],
): TaskRecord {
  return {
    taskId: task.id,
    status: 'error',
    error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    candidates: [],
    attempts: fallbackAttempts(task),
    correct: hasSolutions(task) ? task.test.map(() => false) : null,
    trainPerfect: false,
    best: null,
    viaLibrary: false,
    libraryHits: [],
    seedFollowerCalls: 0,
    callsToFirstPerfect: null,
    ...spentOn(calls),
    models: model.roles,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    wallS: (finished.getTime() - started.getTime()) / 1000,
    task: { train: task.train, test: task.test },
  };
}

const bestFitness = (r: TaskRecord): number => r.candidates.find((c) => c.id === r.best)?.fitness ?? 0;

/** The better of two records of one task: perfect on training, else higher best fitness, else not an error; ties keep `a`. */
export function betterRecord(a: TaskRecord, b: TaskRecord): TaskRecord {
  if (a.trainPerfect !== b.trainPerfect) return a.trainPerfect ? a : b;
  if (bestFitness(a) !== bestFitness(b)) return bestFitness(a) > bestFitness(b) ? a : b;
  return a.status === 'error' && b.status !== 'error' ? b : a;
}

export const stageOf = (r: TaskRecord): StageResult => ({
  models: r.models,
  status: r.status,
  trainPerfect: r.trainPerfect,
  bestFitness: bestFitness(r),
  calls: r.calls,
  usage: r.usage,
});

/** Stages a record stands for (a single-model record is one stage). */
export const stagesOf = (r: TaskRecord): readonly StageResult[] => r.stages ?? [stageOf(r)];

/** The lessons either stage's planner prompts showed (none: no field, as in a record of one stage). */
function shownIn(prev: TaskRecord, next: TaskRecord): Pick<TaskRecord, 'lessonsShown'> {
  const shown = new Set([...(prev.lessonsShown ?? []), ...(next.lessonsShown ?? [])]);
  return shown.size ? { lessonsShown: [...shown] } : {};
}

/**
 * Combines a task's earlier cascade record with the next stage's: the better one (ties keep
 * the earlier, cheaper stage) supplies the candidates and answers; calls, usage and the
 * stage list add up.
 */
export function combineStages(prev: TaskRecord, next: TaskRecord): TaskRecord {
  const kept = betterRecord(prev, next);
  return {
    ...kept,
    calls: {
      planner: prev.calls.planner + next.calls.planner,
      repairer: prev.calls.repairer + next.calls.repairer,
      follower: prev.calls.follower + next.calls.follower,
    },
    usage: addUsage(prev.usage, next.usage),
    seedFollowerCalls: prev.seedFollowerCalls + next.seedFollowerCalls,
    libraryHits: [...new Set([...prev.libraryHits, ...next.libraryHits])],
    ...shownIn(prev, next),
    startedAt: prev.startedAt,
    finishedAt: next.finishedAt,
    wallS: prev.wallS + next.wallS,
    stages: [...stagesOf(prev), stageOf(next)],
  };
}
