/**
 * What the library takes in: a finished task and the instructions its search scored, in the
 * library's own words. Whoever solves tasks (a run, a script) converts its outcome to this;
 * the library decides which of the candidates become stored traces.
 */
import type { Task } from '../arc/index.js';

/** One scored instruction of a finished task. */
export interface TraceCandidate {
  /** The candidate's id within its task's search. */
  readonly candidateId: string;
  readonly instruction: string;
  /** The search step that produced it (generate, revise, pool, seed...) and that step's index. */
  readonly step: string;
  readonly stepIndex: number;
  /** Candidate ids it was derived from. */
  readonly parents: readonly string[];
  /** Leave-one-out fitness on the train pairs, 0..1. */
  readonly fitness: number;
  readonly trainPerfect: boolean;
  /** Library entry ids anywhere in its ancestry. */
  readonly seededBy: readonly string[];
}

/** Model ids per role of the method. */
export interface TraceModels {
  readonly planner: string;
  readonly repairer: string;
  readonly follower: string;
}

/** A finished task as the library stores it. */
export interface SolvedTask {
  readonly task: Task;
  readonly candidates: readonly TraceCandidate[];
  /** The candidate whose answers were submitted, if any. */
  readonly bestCandidateId: string | null;
  /** The submitted answers were right on every test output; null when the solutions are unknown. */
  readonly testVerified: boolean | null;
  readonly models: TraceModels;
  /** What solving the task spent, over all its model calls (null dollars: a price was unknown). */
  readonly usage: { readonly promptTokens: number; readonly completionTokens: number; readonly costUsd: number | null };
}

/** How a finished task is stored. */
export interface StoreOptions {
  /** Dataset name written with the traces; default: derived from the task's source path. */
  readonly dataset?: string;
  /** Also store the best imperfect candidate of an unsolved task, flagged as a near miss. */
  readonly storeNearMisses?: boolean;
}
