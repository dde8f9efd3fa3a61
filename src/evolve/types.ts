import type { Grid } from '../arc/grid.js';
import type { Pair, Task } from '../arc/task.js';
import type { Usage } from '../llm/types.js';

/** What a role sees of a task: grids only. The task id is never part of it. */
export interface TaskView {
  readonly train: readonly Pair[];
  readonly testInputs: readonly Grid[];
}

/** The strategy step kinds (see strategy.ts). */
export type StepKind = 'generate' | 'revise' | 'pool' | 'seed' | 'abstract';

/**
 * Who a call is for. `taskId` keys budgets, cost roll-ups and events; it is never put
 * into anything sent to a model.
 */
export interface CallContext {
  readonly taskId: string;
  readonly step: StepKind | 'answer';
  /**
   * Distinguishes samples (cache key, diversity). For follow: this call's sample. For plan,
   * revise and pool: the index of the first of the batch's n samples; the search numbers them
   * once per task, so no two batches of a task share a sample index.
   */
  readonly sample?: number;
  readonly signal?: AbortSignal;
  /**
   * Backends that make network calls report each one here (usage, cache hit, failure), so
   * runs can roll up cost per task and write one event per call. Optional: a backend that
   * reports nothing is counted once per method call by the engine.
   */
  readonly onCall?: (report: CallReport) => void;
}

/** One backend call as reported through `CallContext.onCall`. */
export interface CallReport {
  readonly role: keyof RoleModels;
  readonly cached: boolean;
  readonly usage?: Usage;
  /** The model that answered, when known. */
  readonly model?: string;
  /** Why the call failed, when it did (the error is still thrown to the caller). */
  readonly error?: string;
}

/** A candidate's result on one training example (leave-one-out). */
export interface ExampleResult {
  /** What the follower produced, or null when it failed. */
  readonly output: Grid | null;
  readonly expected: Grid;
  /** 1 for an exact match, else cell similarity (0 when the shape is wrong or it failed). */
  readonly score: number;
  readonly exact: boolean;
  /** Why the follower produced nothing, when it did not (for the run record; never shown to a model). */
  readonly error?: string;
  /**
   * The follower could not be asked (the provider failed: outage, timeout, refused connection).
   * Says nothing about the instruction, so prompts do not blame it.
   */
  readonly unavailable?: boolean;
}

/** An instruction proposed by the planner or repairer, not yet scored. */
export interface Proposal {
  readonly instruction: string;
  /** The repairer's diagnosis of what was wrong, when it gave one. */
  readonly note?: string;
}

/** A scored instruction in a task's population. */
export interface Candidate {
  readonly id: string;
  readonly instruction: string;
  readonly step: StepKind;
  /** Index of the strategy step that produced it. */
  readonly stepIndex: number;
  /** Ids of parent candidates (revise: one, pool: several). */
  readonly parents: readonly string[];
  /** Library entry ids anywhere in this candidate's ancestry. */
  readonly librarySeeds: readonly string[];
  /**
   * Ids of the stored lessons shown in a planner prompt that this candidate, or an ancestor of
   * it, was planned from; absent when none was.
   */
  readonly lessons?: readonly string[];
  readonly examples: readonly ExampleResult[];
  /** Mean example score. */
  readonly fitness: number;
  /** Every example matched exactly. */
  readonly perfect: boolean;
  readonly note?: string;
}

export interface PlanRequest {
  readonly n: number;
  /** Instructions already in the population, so a deterministic planner proposes new ones. */
  readonly tried: readonly string[];
  /** Instructions that solved similar tasks, shown as examples (library seeding). */
  readonly examples?: readonly string[];
  /** General lessons a model wrote after solving other tasks (untrusted model text; shown as such). */
  readonly lessons?: readonly string[];
}
/** A solved task's instruction, from which a model may draw a general lesson. */
export interface AbstractRequest {
  readonly instruction: string;
  /** Longest lesson accepted, in characters (the prompt says so). */
  readonly maxChars: number;
}
export interface ReviseRequest {
  readonly parent: Candidate;
  readonly n: number;
  readonly tried: readonly string[];
  /** Library instructions near the parent, which the repairer may borrow from. */
  readonly related?: readonly string[];
}
export interface PoolRequest {
  readonly parents: readonly Candidate[];
  readonly n: number;
  readonly tried: readonly string[];
}
export interface FollowRequest {
  readonly instruction: string;
  /** Worked examples shown to the follower (leave-one-out: never the held-out pair). */
  readonly context: readonly Pair[];
  readonly input: Grid;
  /** The instruction is known to be imperfect: the follower may use judgement. */
  readonly uncertain?: boolean;
}

/** Model ids per role, recorded with every library trace. */
export interface RoleModels {
  readonly planner: string;
  readonly repairer: string;
  readonly follower: string;
}

/**
 * The four roles of the method behind one interface. The LLM backend and the offline
 * engine both implement it; the evolution loop knows nothing else about them.
 * Batch methods may return fewer proposals than asked for (failed samples are dropped).
 */
export interface Model {
  readonly roles: RoleModels;
  plan(view: TaskView, req: PlanRequest, ctx: CallContext): Promise<Proposal[]>;
  revise(view: TaskView, req: ReviseRequest, ctx: CallContext): Promise<Proposal[]>;
  pool(view: TaskView, req: PoolRequest, ctx: CallContext): Promise<Proposal[]>;
  follow(req: FollowRequest, ctx: CallContext): Promise<Grid>;
  /**
   * The planner reads `PlanRequest.lessons` (a language model's prompt shows them). Absent: it
   * ignores them, so none are looked up for it or counted as shown.
   */
  readonly readsLessons?: boolean;
  /** A short general lesson drawn from a solved task (the planner's model answers); absent: the model writes none. */
  abstract?(view: TaskView, req: AbstractRequest, ctx: CallContext): Promise<string>;
}

/** A past solution retrieved from the library. */
export interface LibraryHit {
  /** Library entry id (a trace row). */
  readonly entryId: string;
  readonly instruction: string;
  /** Id of the task the trace solved (for attribution only; never shown to a model). */
  readonly taskId: string;
  /** Cosine distance of the match (fingerprint or text embedding), 0 for an exact task hit. */
  readonly distance: number;
  /**
   * The instruction's outputs on the task's train inputs (null: it failed on that pair), when
   * retrieval already ran it with the deterministic step-language runner: the hit is then scored
   * from them, without follower calls.
   */
  readonly trainOutputs?: readonly (Grid | null)[];
}

/** A stored lesson: its id (credit is kept under it) and its text (untrusted model text). */
export interface LessonHit {
  readonly id: string;
  readonly text: string;
}

/**
 * What evolution reads from the persistent library: retrieval only. run/ adapts the LanceDB
 * library (src/library/) to it and stores finished tasks itself.
 */
export interface LibraryPort {
  /** k nearest traces by task fingerprint; excludes the same task unless reuse is allowed. */
  similar(task: Task, k: number): Promise<LibraryHit[]>;
  /** Perfect traces stored for a task with the same content hash (for --reuse-solved). */
  exactHits(task: Task): Promise<LibraryHit[]>;
  /** Traces whose instruction text embedding is near `instruction` (shown to the repairer). */
  related(instruction: string, k: number, task: Task): Promise<LibraryHit[]>;
  /** The k stored lessons nearest `text` by meaning (absent or none without an embedding model). */
  lessons?(text: string, k: number): Promise<LessonHit[]>;
}
