/** Pure roll-ups of a run for reports: per-task outcome, score table, cost by role and step. */
import type { RunEvent, TaskRecord } from '../run/run-files.js';

/** Fraction of a task's test outputs answered correctly (pass@2), null when solutions are unknown. */
export function taskScore(rec: TaskRecord): number | null {
  if (!rec.correct || rec.correct.length === 0) return null;
  return rec.correct.filter(Boolean).length / rec.correct.length;
}

/** Every test output of the task answered correctly; null when solutions are unknown. */
export const isSolved = (rec: TaskRecord): boolean | null => {
  const s = taskScore(rec);
  return s === null ? null : s === 1;
};

export const totalCalls = (rec: TaskRecord): number => rec.calls.planner + rec.calls.repairer + rec.calls.follower;

export interface RunOverview {
  readonly tasks: number;
  readonly errors: number;
  readonly trainPerfect: number;
  /** Tasks with every test output right; null when no task has known solutions. */
  readonly solved: number | null;
  /** Mean per-task pass@2 score over tasks with known solutions. */
  readonly score: number | null;
  readonly viaLibrary: number;
  readonly solvedViaLibrary: number;
  readonly calls: { readonly planner: number; readonly repairer: number; readonly follower: number };
  readonly costUsd: number | null;
}

export function runOverview(records: readonly TaskRecord[]): RunOverview {
  const scores = records.map(taskScore).filter((s): s is number => s !== null);
  const costs = records.map((r) => r.usage?.costUsd ?? null);
  const sum = (f: (r: TaskRecord) => number) => records.reduce((a, r) => a + f(r), 0);
  return {
    tasks: records.length,
    errors: records.filter((r) => r.status === 'error').length,
    trainPerfect: records.filter((r) => r.trainPerfect).length,
    solved: scores.length ? records.filter((r) => isSolved(r) === true).length : null,
    score: scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
    viaLibrary: records.filter((r) => r.viaLibrary).length,
    solvedViaLibrary: records.filter((r) => r.viaLibrary && isSolved(r) === true).length,
    calls: {
      planner: sum((r) => r.calls.planner),
      repairer: sum((r) => r.calls.repairer),
      follower: sum((r) => r.calls.follower),
    },
    costUsd: costs.some((c) => c !== null) ? costs.reduce<number>((a, c) => a + (c ?? 0), 0) : null,
  };
}

export interface UsageRow {
  readonly key: string;
  readonly calls: number;
  readonly cached: number;
  readonly failed: number;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly reasoningTokens: number;
  /** null when no call in the row had a known price. */
  readonly costUsd: number | null;
}

type CallEvent = Extract<RunEvent, { type: 'call' }>;

function usageRow(key: string, calls: readonly CallEvent[]): UsageRow {
  const priced = calls.filter((c) => c.usage?.costUsd != null);
  const tokens = (f: (u: NonNullable<CallEvent['usage']>) => number) =>
    calls.reduce((a, c) => a + (c.usage ? f(c.usage) : 0), 0);
  // An event may stand for a batch of role calls (the offline engine answers n proposals at once).
  const count = (cs: readonly CallEvent[]) => cs.reduce((a, c) => a + (c.count ?? 1), 0);
  return {
    key,
    calls: count(calls),
    cached: count(calls.filter((c) => c.cached)),
    failed: count(calls.filter((c) => c.error !== undefined)),
    promptTokens: tokens((u) => u.promptTokens),
    completionTokens: tokens((u) => u.completionTokens),
    reasoningTokens: tokens((u) => u.reasoningTokens),
    costUsd: priced.length ? priced.reduce((a, c) => a + c.usage!.costUsd!, 0) : null,
  };
}

function groupRows(calls: readonly CallEvent[], keyOf: (c: CallEvent) => string): UsageRow[] {
  const groups = new Map<string, CallEvent[]>();
  for (const c of calls) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, cs]) => usageRow(k, cs));
}

export interface CostBreakdown {
  readonly byRole: readonly UsageRow[];
  readonly byStep: readonly UsageRow[];
  readonly total: UsageRow;
}

/** Calls, tokens and dollars by role and by strategy step, from the run's call events. */
export function costBreakdown(events: readonly RunEvent[]): CostBreakdown {
  const calls = events.filter((e): e is CallEvent => e.type === 'call');
  return {
    byRole: groupRows(calls, (c) => c.role),
    byStep: groupRows(calls, (c) => c.step),
    total: usageRow('total', calls),
  };
}
