/**
 * What evolving one task returns and reports as it goes. Evolution owns these types; run/
 * wraps the outcome in its on-disk record (run/run-files.ts) and the events in its event log.
 */
import type { Grid } from '../arc/grid.js';
import type { Usage } from '../llm/types.js';
import type { Candidate, RoleModels } from './types.js';

/** How a task's search ended: finished, or stopped by a spent budget or its timeout. */
export type SearchStatus = 'done' | 'budget' | 'timeout';

/** The two answers for one test input. */
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

/** One task's evolution: its population, answers and what it cost. */
/** What the abstract step got: a lesson that passed the checks, or the raw answer and why it was refused. */
export type LessonOutcome =
  | { readonly accepted: true; readonly text: string; readonly instruction: string }
  | { readonly accepted: false; readonly reason: string; readonly raw: string };

export interface TaskOutcome {
  readonly taskId: string;
  readonly status: SearchStatus;
  /** Why the search stopped early, when it did. */
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
  /** Ids of the stored lessons its planner prompts showed (absent: none, or a record from before they were kept). */
  readonly lessonsShown?: readonly string[];
  readonly calls: RoleCalls;
  /** Follower calls spent scoring library seeds. */
  readonly seedFollowerCalls: number;
  /** The abstract step's lesson, when the strategy has one and the task was solved on training. */
  readonly lesson?: LessonOutcome;
  /** Total role calls made before the first perfect candidate appeared; null if none. */
  readonly callsToFirstPerfect: number | null;
  readonly usage: Usage;
  readonly models: RoleModels;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly wallS: number;
}

/** What evolution reports while a task runs, in order. */
export type EvolveEvent =
  | { readonly type: 'task_start'; readonly taskId: string; readonly at: string }
  /** `count`: role calls the event stands for, when a backend answered a batch of n in one go (default 1). */
  | {
      readonly type: 'call';
      readonly taskId: string;
      readonly role: string;
      readonly step: string;
      readonly cached: boolean;
      readonly count?: number;
      readonly usage?: Usage;
      readonly error?: string;
      readonly at: string;
    }
  | {
      readonly type: 'candidate';
      readonly taskId: string;
      readonly id: string;
      readonly step: string;
      readonly fitness: number;
      readonly perfect: boolean;
      readonly parents: readonly string[];
      readonly at: string;
    }
  | {
      readonly type: 'task_end';
      readonly taskId: string;
      readonly status: SearchStatus;
      readonly trainPerfect: boolean;
      readonly at: string;
    };
