/**
 * The run folder's file formats, shared by the writer (run/) and readers (report/, merge).
 *
 *   <run>/submission.json       Kaggle format, every task present
 *   <run>/tasks/<task_id>.json  one TaskRecord per finished task
 *   <run>/events.jsonl          one RunEvent per line, appended as things happen
 *   <run>/summary.json          RunSummary, rewritten as tasks finish
 *   <run>/settings.json         the settings used (never a key)
 */
import type { Grid } from '../arc/grid.js';
import type { Pair, TestPair } from '../arc/task.js';
import type { Candidate, RoleModels } from '../evolve/types.js';
import type { Usage } from '../llm/types.js';

export type TaskStatus = 'done' | 'error' | 'budget' | 'timeout';

export interface Attempts {
  readonly attempt_1: Grid;
  readonly attempt_2: Grid;
}

/** Calls made to each role for one task (whatever the backend). */
export interface RoleCalls {
  readonly planner: number;
  readonly repairer: number;
  readonly follower: number;
}

export interface TaskRecord {
  readonly taskId: string;
  readonly status: TaskStatus;
  readonly error?: string;
  readonly candidates: readonly Candidate[];
  /** One entry per test input, in order. */
  readonly attempts: readonly Attempts[];
  /** Per test input, when solutions are known; else null. */
  readonly correct: readonly boolean[] | null;
  readonly trainPerfect: boolean;
  /** Id of the best candidate, if any. */
  readonly best: string | null;
  /** The best candidate descends from a library seed. */
  readonly viaLibrary: boolean;
  /** Library entry ids retrieved for this task. */
  readonly libraryHits: readonly string[];
  readonly calls: RoleCalls;
  /** Follower calls spent scoring library seeds. */
  readonly seedFollowerCalls: number;
  /** Total role calls made before the first perfect candidate appeared; null if none. */
  readonly callsToFirstPerfect: number | null;
  readonly usage: Usage;
  readonly models: RoleModels;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly wallS: number;
  /**
   * The task's grids (test outputs only when known), so a run folder is self-describing:
   * reports show train pairs and expected outputs from it. Optional: readers must cope without.
   */
  readonly task?: { readonly train: readonly Pair[]; readonly test: readonly TestPair[] };
}

export type RunEvent =
  | { readonly type: 'task_start'; readonly taskId: string; readonly at: string }
  | { readonly type: 'call'; readonly taskId: string; readonly role: string; readonly step: string; readonly cached: boolean; readonly usage?: Usage; readonly error?: string; readonly at: string }
  | { readonly type: 'candidate'; readonly taskId: string; readonly id: string; readonly step: string; readonly fitness: number; readonly perfect: boolean; readonly parents: readonly string[]; readonly at: string }
  | { readonly type: 'task_end'; readonly taskId: string; readonly status: TaskStatus; readonly trainPerfect: boolean; readonly at: string };
