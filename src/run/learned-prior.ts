/**
 * The library's learned search prior as runs and commands use it: fitted (by local/) from the
 * library's perfect traces, stored (by library/) in its `prior` table, loaded when a solve opens
 * the library, and refitted after every store so later tasks of the same run use what earlier
 * ones taught.
 */
import type { Task } from '../arc/task.js';
import { perfectTraces, readPriorRows, writePriorRows, type Library, type UtilityUpdate } from '../library/index.js';
import {
  HAND_PRIOR,
  combinePriors,
  featuresOfTrain,
  fitPriorCounts,
  learnedPrior,
  priorSample,
  priorTotals,
  strongestAssociations,
  type PriorAssociation,
  type PriorCount,
  type LearnedPrior,
  type PriorSample,
  type SearchPrior,
  type Step,
} from '../local/index.js';
import { observationOf, plannerCredit, type PlannedTask } from './credit.js';
import type { RunLibrary } from './solve-tasks.js';

const trainOf = (task: Task) => task.train.map((p) => [p.input, p.output] as const);

/** Fits the prior from a library's perfect traces, parsing each trace once however often it refits. */
export class PriorLearner {
  private readonly samples = new Map<string, PriorSample | null>();
  constructor(private readonly library: Library) {}

  /** The counts over the library's current perfect traces (new ones read, deleted ones dropped). */
  async refit(): Promise<PriorCount[]> {
    const { ids, fresh } = await perfectTraces(this.library, new Set(this.samples.keys()));
    for (const t of fresh) this.samples.set(t.id, t.task && priorSample(t.taskHash, t.instruction, trainOf(t.task)));
    const live = new Set(ids);
    for (const id of [...this.samples.keys()]) if (!live.has(id)) this.samples.delete(id);
    return fitPriorCounts([...this.samples.values()].filter((s): s is PriorSample => s !== null));
  }
}

/**
 * Refits the prior from every perfect trace and stores it in the library's `prior` table
 * (`compact`: also drop the table's older versions, as `library compact` does).
 */
export async function rebuildPrior(library: Library, opts: { readonly compact?: boolean } = {}): Promise<PriorCount[]> {
  const counts = await new PriorLearner(library).refit();
  await writePriorRows(library, counts, opts);
  return counts;
}

/** What `arcmem library prior` shows. */
export interface PriorSummary {
  /** False: the library has no `prior` table yet (nothing below is known). */
  readonly stored: boolean;
  /** Solved tasks and perfect traces (in the step language) the prior was fitted from. */
  readonly tasks: number;
  readonly traces: number;
  readonly associations: PriorAssociation[];
}

/** The library's stored prior: its size and its `top` strongest associations. Reads only. */
export async function summarisePrior(library: Library, top: number): Promise<PriorSummary> {
  const counts = await readPriorRows(library);
  if (!counts) return { stored: false, tasks: 0, traces: 0, associations: [] };
  return { stored: true, ...priorTotals(counts), associations: strongestAssociations(counts, top) };
}

/** The stored prior; a library without one (written before priors were learned) gets it built now. */
export async function loadPrior(library: Library): Promise<PriorCount[]> {
  return (await readPriorRows(library)) ?? rebuildPrior(library);
}

/** A prior whose counts can be replaced while a run uses it. */
export interface LivePrior extends LearnedPrior {
  set(counts: readonly PriorCount[]): void;
  /** Solved tasks it has learned from (0: it scores every step 0). */
  tasks(): number;
}

export function livePrior(counts: readonly PriorCount[] = []): LivePrior {
  let current = learnedPrior(counts),
    tasks = priorTotals(counts).tasks;
  return {
    score: (step, features) => current.score(step, features),
    floor: (features) => current.floor(features),
    set: (next) => {
      current = learnedPrior(next);
      tasks = priorTotals(next).tasks;
    },
    tasks: () => tasks,
  };
}

/** The id the learned prior's utility counters are kept under (a library has one prior). */
export const PRIOR_ITEM_ID = 'learned';

/**
 * Credit of the learned prior for a task the offline engine planned with it: offered once when it
 * had learned anything, and ancestor of a perfect (or verified) candidate whose program it
 * favoured, i.e. whose steps' learned scores for this task add up above what as many steps of a
 * kind no solved task used would score (see `plannerCredit`: favoured, not proven necessary, so an
 * upper bound). The learned scores are log-odds of use, below zero for any step fewer than half
 * the solved tasks used, so they are compared with that floor rather than with zero.
 */
export function priorCredit(t: PlannedTask, task: Task, prior: LivePrior): UtilityUpdate[] {
  const credit = prior.tasks() > 0 ? plannerCredit(t) : null;
  if (!credit) return [];
  const features = featuresOfTrain(trainOf(task));
  const floor = prior.floor(features);
  const favoured = (program: readonly Step[]): boolean =>
    program.reduce((sum, step) => sum + prior.score(step, features) - floor, 0) > 0;
  return [credit('prior', PRIOR_ITEM_ID, favoured)];
}

/** The offline planner's prior: the hand prior plus the learned one, which also guides the expansion order. */
export const plannerPrior = (learned: SearchPrior): SearchPrior => ({
  ...combinePriors(HAND_PRIOR, learned),
  guide: (step, features) => learned.score(step, features),
});

/**
 * The run's library with learning after each store: the prior is refitted, stored and handed
 * to `live`. Refits run one at a time; a failure to update the prior is a warning, never a lost task.
 */
export function withPriorLearning(
  lib: RunLibrary,
  library: Library,
  live: LivePrior,
  onWarning: (message: string) => void = () => {},
): RunLibrary {
  const learner = new PriorLearner(library);
  let queue: Promise<void> = Promise.resolve();
  const warn =
    (what: string) =>
    (err: unknown): void =>
      onWarning(`could not ${what}: ${err instanceof Error ? err.message : String(err)}`);
  const relearn = async (): Promise<void> => {
    try {
      const counts = await learner.refit();
      await writePriorRows(library, counts);
      live.set(counts);
    } catch (err) {
      warn('update the learned prior')(err);
    }
  };
  return {
    ...lib,
    async store(task, record) {
      const credit = priorCredit(record, task, live); // what the task was planned with, before it teaches
      const written = await lib.store(task, record);
      if (credit.length) await library.recordUse(observationOf(record), credit).catch(warn("count the prior's use"));
      if (written > 0) await (queue = queue.then(relearn));
      return written;
    },
  };
}
