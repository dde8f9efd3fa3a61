/**
 * Solving many tasks into a run folder: tasks run concurrently (smallest first), each
 * finished task is written at once (record, submission, summary), a failing task is
 * recorded and never stops the others, and a run folder can be resumed after a kill.
 * With several models (a cascade) each next model only sees the tasks the previous ones
 * did not make perfect on training.
 */
import type { Task } from '../arc/task.js';
import { hasSolutions } from '../arc/task.js';
import { solveTask } from '../evolve/solve-task.js';
import { addUsage, sumUsage } from '../llm/usage.js';
import type { Usage } from '../llm/types.js';
import type { Strategy } from '../evolve/strategy.js';
import type { LibraryPort, Model } from '../evolve/types.js';
import type { RunEvent, RunSummary, TaskRecord } from './run-files.js';

/** The library as a run uses it: evolution's retrieval port, and storing each finished task. */
export interface RunLibrary extends LibraryPort {
  /** Stores a finished task's perfect candidates; returns rows written. */
  store(task: Task, record: TaskRecord): Promise<number>;
}
import { combineStages, errorRecord, fallbackAttempts, stagesOf } from './_records.js';
import { RunFolder } from './run-folder.js';
import { spentBefore, storedTasks } from './_resume.js';
import { forEachLimited, smallestFirst } from './schedule.js';
import { buildSummary } from './summary.js';
import { DEFAULT_TASK_CONCURRENCY } from './options.js';

export interface RunProgress {
  readonly done: number;
  readonly total: number;
  readonly trainPerfect: number;
  /** Dollars spent so far (null once a call had an unknown price). */
  readonly costUsd: number | null;
  readonly elapsedS: number;
  /** Estimated seconds left (null until a task finished in this invocation). */
  readonly etaS: number | null;
  /** Cascade stage running (0-based) and how many there are. */
  readonly stage: number;
  readonly stages: number;
}

export interface SolveTasksOptions {
  /** The run folder (created if missing). */
  readonly out: string;
  /** Keep the finished tasks already in `out` and solve only the rest. */
  readonly resume?: boolean;
  readonly strategy: Strategy;
  /** One model, or a cascade: each next model runs only on tasks not yet perfect on training. */
  readonly models: readonly Model[];
  /** The persistent library (seeding, --reuse-solved, storing finished tasks). */
  readonly library?: RunLibrary;
  readonly reuseSolved?: boolean;
  /**
   * Solve in the order given (e.g. a curriculum, see curriculum.ts) instead of smallest first.
   * With a library, earlier tasks are stored before later ones start (up to taskConcurrency overlap).
   */
  readonly keepOrder?: boolean;
  /** Tasks solved at the same time (default DEFAULT_TASK_CONCURRENCY); the gateway limits calls in flight separately. */
  readonly taskConcurrency?: number;
  /** Seconds after which a task's search stops with its best candidates (status 'timeout'). */
  readonly taskTimeoutS?: number;
  /** Cancels the run: tasks in flight stop and are answered with what they have. */
  readonly signal?: AbortSignal;
  /** Written to settings.json and the summary (never put a key here). */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly onProgress?: (p: RunProgress) => void;
  readonly onEvent?: (e: RunEvent) => void;
  /** Problems met reading a resumed folder (unreadable task files). */
  readonly onWarning?: (message: string) => void;
}

interface RunState {
  readonly folder: RunFolder;
  readonly tasks: readonly Task[];
  readonly records: Map<string, TaskRecord>;
  readonly started: number;
  readonly priorWallS: number;
  /** Dollars spent by this invocation so far, from call events (tasks in flight included). */
  liveCost: number | null;
  /** Last figures reported, so call events can refresh cost and elapsed time in between. */
  lastSummary: RunSummary | null;
  lastProgressAt: number;
  stage: number;
  /** Dollars of records kept from before a resume, and of the calls carried over. */
  readonly priorCost: number | null;
  /** Usage of earlier invocations' calls for tasks solved again now, added to their new records. */
  readonly carried: Map<string, Usage>;
  finishedNow: number;
}

const isFinal = (r: TaskRecord | undefined, stage: number): boolean =>
  !!r && (r.trainPerfect || stagesOf(r).length > stage);

/** Solves `tasks` into the run folder `options.out`; returns the final summary. */
export async function solveTasks(tasks: readonly Task[], options: SolveTasksOptions): Promise<RunSummary> {
  if (!options.models.length) throw new Error('solveTasks needs at least one model');
  const folder = RunFolder.open(options.out);
  const problems: string[] = [];
  const previous = options.resume ? folder.readTasks(problems) : new Map<string, TaskRecord>();
  problems.forEach((p) => options.onWarning?.(p));
  const ids = new Set(tasks.map((t) => t.id));
  const priorSummary = options.resume ? (folder.readJson('summary.json') as Partial<RunSummary> | null) : null;
  // A task that failed with an error, or stopped on a budget (which may have been raised), is tried
  // again on resume: its finished calls come from the cache, and what they cost is carried over.
  const kept = [...previous.values()].filter((r) => ids.has(r.taskId) && r.status !== 'error' && r.status !== 'budget');
  const carried = options.resume
    ? spentBefore(folder.readEvents(), ids, new Set(kept.map((r) => r.taskId)))
    : new Map();
  const state: RunState = {
    folder,
    tasks: options.keepOrder ? [...tasks] : smallestFirst(tasks),
    records: new Map(kept.map((r) => [r.taskId, r])),
    started: Date.now(),
    priorWallS: priorSummary?.wall_s ?? 0,
    liveCost: 0,
    priorCost: sumUsage([...kept.map((r) => r.usage), ...carried.values()]).costUsd,
    carried,
    finishedNow: 0,
    lastSummary: null,
    lastProgressAt: 0,
    stage: 0,
  };
  folder.writeSettings(options.settings ?? {});
  writeOutputs(state, options);
  if (options.resume && options.library) await storeUnstored(state, options.library, options);

  for (const [stage, model] of options.models.entries()) {
    state.stage = stage;
    const todo = state.tasks.filter((t) => !isFinal(state.records.get(t.id), stage));
    await forEachLimited(todo, options.taskConcurrency ?? DEFAULT_TASK_CONCURRENCY, (task) =>
      runOne(state, task, model, stage, options),
    );
    if (options.signal?.aborted) break;
  }
  return writeOutputs(state, options);
}

/** Library stores a kill cut off: finished records the library never confirmed are stored now. */
async function storeUnstored(state: RunState, library: RunLibrary, options: SolveTasksOptions): Promise<void> {
  const stored = storedTasks(state.folder.readEvents());
  const last = options.models.length - 1;
  for (const task of state.tasks) {
    const record = state.records.get(task.id);
    if (!record || !isFinal(record, last) || stored.has(task.id)) continue;
    await storeInLibrary(library, task, record, (e) => {
      state.folder.appendEvent(e);
      options.onEvent?.(e);
    });
  }
}

async function runOne(
  state: RunState,
  task: Task,
  model: Model,
  stage: number,
  options: SolveTasksOptions,
): Promise<void> {
  if (options.signal?.aborted) return;
  const started = new Date();
  const calls: Extract<RunEvent, { type: 'call' }>[] = [];
  const onEvent = (e: RunEvent): void => {
    state.folder.appendEvent(e);
    if (e.type === 'call') calls.push(e);
    if (e.type === 'call' && e.usage)
      state.liveCost = state.liveCost === null || e.usage.costUsd === null ? null : state.liveCost + e.usage.costUsd;
    if (e.type === 'call' && Date.now() - state.lastProgressAt >= 1000) reportProgress(state, options);
    options.onEvent?.(e);
  };
  const timeout = options.taskTimeoutS ? AbortSignal.timeout(options.taskTimeoutS * 1000) : undefined;
  const signal = timeout && options.signal ? AbortSignal.any([timeout, options.signal]) : (timeout ?? options.signal);
  let record: TaskRecord;
  try {
    const outcome = await solveTask(task, model, {
      strategy: options.strategy,
      library: options.library,
      reuseSolved: options.reuseSolved,
      signal,
      answerSignal: options.signal,
      onEvent,
    });
    record = { ...outcome, task: { train: task.train, test: task.test } };
  } catch (err) {
    record = errorRecord(task, model, err, started, new Date(), calls);
    onEvent({ type: 'task_error', taskId: task.id, error: record.error!, at: record.finishedAt });
  }
  // Cancelled with the run (not by its own timeout): leave it unfinished, so --resume redoes it from the cache.
  if (options.signal?.aborted) return;
  const prev = state.records.get(task.id);
  const solved =
    prev && options.models.length > 1
      ? combineStages(prev, record)
      : options.models.length > 1
        ? { ...record, stages: stagesOf(record) }
        : record;
  const combined = withCarried(state, solved);
  state.folder.writeTask(combined);
  state.records.set(task.id, combined);
  state.finishedNow++;
  if (options.library && (combined.trainPerfect || stage === options.models.length - 1))
    await storeInLibrary(options.library, task, combined, onEvent);
  writeOutputs(state, options);
}

/** The record with its carried-over usage added (once: a later cascade stage adds nothing more). */
function withCarried(state: RunState, record: TaskRecord): TaskRecord {
  const before = state.carried.get(record.taskId);
  if (!before) return record;
  state.carried.delete(record.taskId);
  return { ...record, usage: addUsage(before, record.usage) };
}

async function storeInLibrary(
  library: RunLibrary,
  task: Task,
  record: TaskRecord,
  onEvent: (e: RunEvent) => void,
): Promise<void> {
  const at = () => new Date().toISOString();
  try {
    onEvent({ type: 'library_store', taskId: task.id, rows: await library.store(task, record), at: at() });
  } catch (err) {
    // A library failure must not lose the task: the record is already on disk.
    onEvent({
      type: 'library_store',
      taskId: task.id,
      rows: 0,
      error: err instanceof Error ? err.message : String(err),
      at: at(),
    });
  }
}

/** Rewrites submission.json and summary.json from the records so far; reports progress. */
function writeOutputs(state: RunState, options: SolveTasksOptions): RunSummary {
  const byId = new Map(state.tasks.map((t) => [t.id, t]));
  const ids = [...byId.keys()].sort();
  state.folder.writeSubmission(ids, state.records, (id) => fallbackAttempts(byId.get(id)!));
  const summary = buildSummary({
    entries: ids.map((id) => {
      const t = byId.get(id)!;
      return { taskId: id, outputs: t.test.length, solutionsKnown: hasSolutions(t), record: state.records.get(id) };
    }),
    wallS: state.priorWallS + (Date.now() - state.started) / 1000,
    settings: options.settings ?? {},
  });
  state.folder.writeSummary(summary);
  state.lastSummary = summary;
  reportProgress(state, options);
  return summary;
}

function reportProgress(state: RunState, options: SolveTasksOptions): void {
  const summary = state.lastSummary;
  if (!summary || !options.onProgress) return;
  state.lastProgressAt = Date.now();
  const elapsedS = (Date.now() - state.started) / 1000;
  options.onProgress({
    done: summary.finished,
    total: summary.tasks,
    trainPerfect: summary.train_perfect,
    costUsd: state.liveCost === null || state.priorCost === null ? null : state.priorCost + state.liveCost,
    elapsedS,
    etaS: state.finishedNow ? (elapsedS / state.finishedNow) * (summary.tasks - summary.finished) : null,
    stage: state.stage,
    stages: options.models.length,
  });
}
