/**
 * The transfer experiment's numbers, from the task records of its runs: per condition (cold,
 * warm, ...) and per task, averaged over repeats; warm-minus-cold differences with a paired
 * bootstrap interval over tasks; the transfer graph (which library entries seeded winners).
 * Pure: records in, numbers out.
 */
import type { TaskRecord } from '../run/run-files.js';
import { mean, pairedBootstrap, type BootstrapOptions, type Interval } from './stats.js';
import { taskScore } from './run-stats.js';

/** One solve of the target tasks under one condition and seed. */
export interface ConditionRun {
  readonly condition: string;
  readonly repeat: number;
  readonly seed: number;
  /** The budget-curve point it ran at (null or absent: no curve). */
  readonly budget?: number | null;
  readonly records: readonly TaskRecord[];
}

/** One task under one condition, averaged over repeats. NaN marks "not available". */
export interface TaskStats {
  readonly runs: number;
  readonly score: number;
  readonly trainPerfect: number;
  readonly planner: number;
  readonly repairer: number;
  readonly follower: number;
  readonly calls: number;
  readonly costUsd: number;
  /** Mean over the repeats that found a perfect candidate (NaN if none did). */
  readonly callsToFirstPerfect: number;
  readonly viaLibrary: number;
}

export interface ConditionSummary {
  readonly runs: number;
  readonly tasks: number;
  /** Mean pass@2 per-task score, and the same per repeat. */
  readonly score: number;
  readonly scorePerRepeat: readonly number[];
  readonly trainPerfectRate: number;
  readonly meanPlannerCalls: number;
  readonly meanRepairerCalls: number;
  readonly meanFollowerCalls: number;
  readonly meanCalls: number;
  /** null when no call had a known price (the offline engine costs nothing: 0). */
  readonly meanCostUsd: number | null;
  readonly meanCallsToFirstPerfect: number | null;
  readonly viaLibraryRate: number;
}

export interface TransferEdge {
  readonly entryId: string;
  readonly sourceTaskId: string;
  readonly targetTaskId: string;
  /** Runs (repeats) where a candidate descending from this entry was the task's best and train-perfect. */
  readonly wins: number;
  /** ... and the test answers were right. */
  readonly solved: number;
}

export interface TransferAnalysis {
  readonly taskIds: readonly string[];
  readonly conditions: Record<string, ConditionSummary>;
  readonly perTask: readonly { readonly taskId: string; readonly byCondition: Record<string, TaskStats> }[];
  /** `treatment - baseline` per metric, paired over tasks. */
  readonly differences: Record<'score' | 'trainPerfect' | 'calls' | 'costUsd' | 'callsToFirstPerfect', Interval>;
  readonly edges: readonly TransferEdge[];
  /** Per condition: [cumulative calls, cumulative solved] after each task, in task order (repeat means). */
  readonly curves: Record<string, readonly (readonly [number, number])[]>;
}

const finiteMean = (xs: readonly number[]): number => mean(xs.filter(Number.isFinite));

function taskStats(recs: readonly TaskRecord[]): TaskStats {
  const m = (f: (r: TaskRecord) => number) => finiteMean(recs.map(f));
  return {
    runs: recs.length,
    score: m((r) => taskScore(r) ?? NaN),
    trainPerfect: m((r) => (r.trainPerfect ? 1 : 0)),
    planner: m((r) => r.calls.planner),
    repairer: m((r) => r.calls.repairer),
    follower: m((r) => r.calls.follower),
    calls: m((r) => r.calls.planner + r.calls.repairer + r.calls.follower),
    costUsd: m((r) => r.usage?.costUsd ?? NaN),
    callsToFirstPerfect: m((r) => r.callsToFirstPerfect ?? NaN),
    viaLibrary: m((r) => (r.viaLibrary ? 1 : 0)),
  };
}

const orNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

function summarise(runs: readonly ConditionRun[], stats: readonly TaskStats[]): ConditionSummary {
  const over = (f: (s: TaskStats) => number) => finiteMean(stats.map(f));
  return {
    runs: runs.length,
    tasks: stats.length,
    score: over((s) => s.score),
    scorePerRepeat: runs.map((r) => finiteMean(r.records.map((x) => taskScore(x) ?? NaN))),
    trainPerfectRate: over((s) => s.trainPerfect),
    meanPlannerCalls: over((s) => s.planner),
    meanRepairerCalls: over((s) => s.repairer),
    meanFollowerCalls: over((s) => s.follower),
    meanCalls: over((s) => s.calls),
    meanCostUsd: orNull(over((s) => s.costUsd)),
    meanCallsToFirstPerfect: orNull(over((s) => s.callsToFirstPerfect)),
    viaLibraryRate: over((s) => s.viaLibrary),
  };
}

/** Library entries that seeded a winning (best, train-perfect) candidate, per target task. */
function transferEdges(runs: readonly ConditionRun[], entryTask: ReadonlyMap<string, string>): TransferEdge[] {
  const edges = new Map<
    string,
    { entryId: string; sourceTaskId: string; targetTaskId: string; wins: number; solved: number }
  >();
  for (const run of runs) {
    for (const rec of run.records) {
      const best = rec.candidates.find((c) => c.id === rec.best);
      if (!best || !best.perfect) continue;
      for (const entryId of new Set(best.librarySeeds)) {
        const key = `${entryId}\u0000${rec.taskId}`;
        const e = edges.get(key) ?? {
          entryId,
          sourceTaskId: entryTask.get(entryId) ?? '?',
          targetTaskId: rec.taskId,
          wins: 0,
          solved: 0,
        };
        e.wins++;
        if (taskScore(rec) === 1) e.solved++;
        edges.set(key, e);
      }
    }
  }
  return [...edges.values()].sort((a, b) => b.wins - a.wins || a.targetTaskId.localeCompare(b.targetTaskId));
}

function curve(taskIds: readonly string[], stats: ReadonlyMap<string, TaskStats>): [number, number][] {
  let calls = 0,
    solved = 0;
  return taskIds.map((id) => {
    const s = stats.get(id)!;
    calls += Number.isFinite(s.calls) ? s.calls : 0;
    solved += Number.isFinite(s.score) ? s.score : 0;
    return [calls, solved];
  });
}

export interface AnalyseOptions {
  /** Library entry id → the source task it was stored for (for the transfer graph). */
  readonly entryTask?: ReadonlyMap<string, string>;
  readonly baseline?: string;
  readonly treatment?: string;
  readonly bootstrap?: BootstrapOptions;
}

/** Analyses runs of the same target tasks under two (or more) conditions. */
export function analyseTransfer(runs: readonly ConditionRun[], opts: AnalyseOptions = {}): TransferAnalysis {
  const { baseline = 'cold', treatment = 'warm' } = opts;
  const names = [...new Set(runs.map((r) => r.condition))];
  const idSets = names.map(
    (n) => new Set(runs.filter((r) => r.condition === n).flatMap((r) => r.records.map((x) => x.taskId))),
  );
  // Compare like with like: only tasks every condition attempted, in first-seen order.
  const taskIds = [...(idSets[0] ?? new Set<string>())].filter((id) => idSets.every((s) => s.has(id)));
  const byCondition = new Map<string, Map<string, TaskStats>>();
  for (const n of names) {
    const recs = runs.filter((r) => r.condition === n).flatMap((r) => r.records);
    byCondition.set(n, new Map(taskIds.map((id) => [id, taskStats(recs.filter((r) => r.taskId === id))])));
  }
  const conditions = Object.fromEntries(
    names.map((n) => [
      n,
      summarise(
        runs.filter((r) => r.condition === n),
        [...byCondition.get(n)!.values()],
      ),
    ]),
  );
  const side = (n: string, f: (s: TaskStats) => number) =>
    taskIds.map((id) => {
      const s = byCondition.get(n)?.get(id);
      return s ? f(s) : NaN;
    });
  const diff = (f: (s: TaskStats) => number) => pairedBootstrap(side(baseline, f), side(treatment, f), opts.bootstrap);
  return {
    taskIds,
    conditions,
    perTask: taskIds.map((taskId) => ({
      taskId,
      byCondition: Object.fromEntries(names.map((n) => [n, byCondition.get(n)!.get(taskId)!])),
    })),
    differences: {
      score: diff((s) => s.score),
      trainPerfect: diff((s) => s.trainPerfect),
      calls: diff((s) => s.calls),
      costUsd: diff((s) => s.costUsd),
      callsToFirstPerfect: diff((s) => s.callsToFirstPerfect),
    },
    edges: transferEdges(
      runs.filter((r) => r.condition === treatment),
      opts.entryTask ?? new Map(),
    ),
    curves: Object.fromEntries(names.map((n) => [n, curve(taskIds, byCondition.get(n)!)])),
  };
}
