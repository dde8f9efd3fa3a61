/** The run summary, recomputed from task records (so resumed and merged runs add up). */
import { sumUsage } from '../llm/usage.js';
import type { RunSummary, TaskRecord, TaskStatus } from './run-files.js';

/** One task of the run as the summary sees it. */
export interface SummaryEntry {
  readonly taskId: string;
  /** Test outputs the task has. */
  readonly outputs: number;
  /** Whether the expected test outputs are known. */
  readonly solutionsKnown: boolean;
  readonly record?: TaskRecord;
}

export interface SummaryInput {
  readonly entries: readonly SummaryEntry[];
  readonly wallS: number;
  readonly settings: Readonly<Record<string, unknown>>;
}

export function buildSummary({ entries, wallS, settings }: SummaryInput): RunSummary {
  const records = entries.flatMap((e) => (e.record ? [e.record] : []));
  const scored = entries.filter((e) => e.solutionsKnown);
  const solvedOf = (e: SummaryEntry): number => e.record?.correct?.filter(Boolean).length ?? 0;
  const totalOutputs = scored.reduce((s, e) => s + e.outputs, 0);
  const usage = sumUsage(records.map((r) => r.usage));
  const status = { done: 0, error: 0, budget: 0, timeout: 0 } as Record<TaskStatus, number>;
  for (const r of records) status[r.status]++;
  const known = scored.length > 0;
  return {
    tasks: entries.length,
    finished: records.length,
    train_perfect: records.filter((r) => r.trainPerfect).length,
    score: known ? scored.reduce((s, e) => s + (e.outputs ? solvedOf(e) / e.outputs : 0), 0) / scored.length : null,
    score_per_output: known ? (totalOutputs ? scored.reduce((s, e) => s + solvedOf(e), 0) / totalOutputs : 0) : null,
    solved_tasks: known ? scored.filter((e) => e.outputs > 0 && solvedOf(e) === e.outputs).length : null,
    status,
    stopped_on_budget: records.filter((r) => r.status === 'budget').map((r) => r.taskId),
    errors: records
      .filter((r) => r.status === 'error')
      .map((r) => ({ taskId: r.taskId, error: r.error ?? 'unknown error' })),
    llm: {
      requests: usage.requests,
      cache_hits: usage.cacheHits,
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      reasoning_tokens: usage.reasoningTokens,
      cost_usd: usage.costUsd,
    },
    calls: {
      planner: records.reduce((s, r) => s + r.calls.planner, 0),
      repairer: records.reduce((s, r) => s + r.calls.repairer, 0),
      follower: records.reduce((s, r) => s + r.calls.follower, 0),
    },
    library: {
      solved_via_library: records.filter((r) => r.viaLibrary && r.trainPerfect).length,
      library_hits: records.reduce((s, r) => s + r.libraryHits.length, 0),
      seed_follower_calls: records.reduce((s, r) => s + r.seedFollowerCalls, 0),
    },
    wall_s: Math.round(wallS * 10) / 10,
    settings,
  };
}

const pct = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);

/** The end-of-run table (printed by the CLI): one line per figure, score lines when solutions are known. */
export function summaryTable(s: RunSummary): string {
  const rows: [string, string][] = [
    ['tasks', `${s.finished}/${s.tasks} finished`],
    ['train-perfect', `${s.train_perfect} (${pct(s.tasks ? s.train_perfect / s.tasks : 0)})`],
  ];
  if (s.score !== null) {
    rows.push(
      ['score (pass@2, per task)', pct(s.score)],
      ['score (pass@2, per output)', pct(s.score_per_output)],
      ['tasks fully solved', String(s.solved_tasks)],
    );
  }
  rows.push(
    ['role calls', `planner ${s.calls.planner}, repairer ${s.calls.repairer}, follower ${s.calls.follower}`],
    ['llm requests', `${s.llm.requests} (+${s.llm.cache_hits} from cache)`],
    ['tokens', `${s.llm.prompt_tokens} in, ${s.llm.completion_tokens} out (${s.llm.reasoning_tokens} reasoning)`],
    ['cost', s.llm.cost_usd === null ? 'unknown (a model has no price)' : `$${s.llm.cost_usd.toFixed(4)}`],
  );
  if (s.library.library_hits || s.library.solved_via_library) {
    rows.push([
      'library',
      `${s.library.library_hits} hits, ${s.library.solved_via_library} solved via library, ${s.library.seed_follower_calls} seed follower calls`,
    ]);
  }
  if (s.stopped_on_budget.length) rows.push(['stopped on budget', s.stopped_on_budget.join(', ')]);
  // A few examples, not 400 messages on one line: the full list is in summary.json.
  const shown = s.errors
    .slice(0, 3)
    .map((e) => `\n  ${e.taskId}: ${e.error}`)
    .join('');
  if (s.errors.length)
    rows.push([
      'errors',
      `${s.errors.length} task${s.errors.length === 1 ? '' : 's'}${shown}${s.errors.length > 3 ? `\n  ... ${s.errors.length - 3} more in summary.json` : ''}`,
    ]);
  rows.push(['wall time', `${s.wall_s} s`]);
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
}
