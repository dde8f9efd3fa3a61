/**
 * The run folder's file formats, shared by the writer (run/) and readers (report/, merge).
 *
 *   <run>/submission.json       Kaggle format, every task present
 *   <run>/tasks/<task_id>.json  one TaskRecord per finished task
 *   <run>/events.jsonl          one RunEvent per line, appended as things happen
 *   <run>/summary.json          RunSummary, rewritten as tasks finish
 *   <run>/settings.json         the settings used (never a key)
 *   <run>/budget.jsonl          the budget ledger: each request's reservation and charge (run/budget-file.ts)
 */
import type { Pair, TestPair } from '../arc/task.js';
import type { Attempts, EvolveEvent, RoleCalls, SearchStatus, TaskOutcome } from '../evolve/outcome.js';
import type { RoleModels } from '../evolve/types.js';
import type { Usage } from '../llm/types.js';

export type { Attempts, RoleCalls } from '../evolve/outcome.js';

/** A task's status in a run: how its search ended, or 'error' when solving it threw. */
export type TaskStatus = SearchStatus | 'error';

/** tasks/<id>.json: evolution's outcome for one task, as the run keeps it. */
export interface TaskRecord extends Omit<TaskOutcome, 'status'> {
  readonly status: TaskStatus;
  /**
   * The task's grids (test outputs only when known), so a run folder is self-describing:
   * reports show train pairs and expected outputs from it. Optional: readers must cope without.
   */
  readonly task?: { readonly train: readonly Pair[]; readonly test: readonly TestPair[] };
  /**
   * With a cascade (`--cascade local,MODEL`): one entry per model that ran on this task, in
   * order. The record keeps the better stage's candidates and answers; calls and usage are
   * the sum over stages. Absent for a single-model run.
   */
  readonly stages?: readonly StageResult[];
}

/** What one cascade stage did on a task. */
export interface StageResult {
  readonly models: RoleModels;
  readonly status: TaskStatus;
  readonly trainPerfect: boolean;
  /** Fitness of the stage's best candidate (0 when it had none). */
  readonly bestFitness: number;
  readonly calls: RoleCalls;
  readonly usage: Usage;
}

/** summary.json: the run's totals, recomputed from the task records whenever one finishes. */
export interface RunSummary {
  /** Tasks in the run (finished or not). */
  readonly tasks: number;
  readonly finished: number;
  /** Tasks with a candidate that is perfect on training. */
  readonly train_perfect: number;
  /** pass@2, mean over tasks (ARC Prize); null when no solutions are known. */
  readonly score: number | null;
  /** pass@2, solved test outputs / all test outputs (Kaggle); null when no solutions are known. */
  readonly score_per_output: number | null;
  /** Tasks whose every test output was solved; null when no solutions are known. */
  readonly solved_tasks: number | null;
  readonly status: Readonly<Record<TaskStatus, number>>;
  /** Tasks that stopped because a budget cap was reached. */
  readonly stopped_on_budget: readonly string[];
  readonly errors: readonly { readonly taskId: string; readonly error: string }[];
  readonly llm: {
    /** Network requests made (cache hits excluded). */
    readonly requests: number;
    readonly cache_hits: number;
    readonly prompt_tokens: number;
    readonly completion_tokens: number;
    readonly reasoning_tokens: number;
    /** null when some call's price was unknown. */
    readonly cost_usd: number | null;
  };
  /** Role calls over all tasks, whatever the backend. */
  readonly calls: RoleCalls;
  readonly library: {
    /** Tasks whose winning candidate descends from a library seed (and is perfect on training). */
    readonly solved_via_library: number;
    /** Library entries retrieved, over all tasks. */
    readonly library_hits: number;
    readonly seed_follower_calls: number;
  };
  /** Seconds this run (all its invocations, resumed ones included) spent. */
  readonly wall_s: number;
  readonly settings: Readonly<Record<string, unknown>>;
}

/** events.jsonl: evolution's events, plus what the run itself does per task. */
export type RunEvent =
  | EvolveEvent
  | { readonly type: 'task_error'; readonly taskId: string; readonly error: string; readonly at: string }
  | {
      readonly type: 'library_store';
      readonly taskId: string;
      readonly rows: number;
      readonly error?: string;
      readonly at: string;
    };
