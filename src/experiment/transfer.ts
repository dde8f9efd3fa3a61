/**
 * The transfer experiment: build a library from source tasks (or take one as given), then
 * solve the target tasks cold (no library) and warm (seeded from the library, frozen so that
 * target tasks never learn from each other), N times each with different seeds, under the
 * same model settings, budgets and timeouts. Returns where every solve went; report/ reads
 * those run folders, analyses them and writes transfer.json and transfer.html.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Task } from '../arc/task.js';
import { ConfigError } from '../errors.js';
import type { Strategy } from '../evolve/strategy.js';
import type { Model } from '../evolve/types.js';
import { libraryReader, type Library } from '../library/index.js';
import { mineMacros, type MacroSource } from '../local/index.js';
import { libraryPort } from '../run/library-port.js';
import { PriorLearner, livePrior, loadPrior, plannerPrior, withPriorLearning } from '../run/learned-prior.js';
import { learnedPrior, type SearchPrior } from '../local/index.js';
import { rebuildConcepts } from '../run/learned-concepts.js';
import { withExecutionRetrieval } from '../run/execution-retrieval.js';
import { solveTasks, type RunLibrary } from '../run/solve-tasks.js';
import { frozenLibrary } from './frozen-library.js';
import type { ConditionDir, TaskOrder, TransferRuns } from '../run/transfer-files.js';
import { orderTasks, separateSource } from './split.js';

export type { ConditionDir, TransferRuns, TransferSettings } from '../run/transfer-files.js';

/**
 * Fresh models for one solve; `key` names it ('source', 'cold-r0', 'warm-b3000-r0', ...) so each
 * solve keeps its own cache. `budget` is the point of the budget curve being solved (null: none).
 * `concepts` are the macros mined from the frozen library for a warm solve (empty otherwise).
 */
export type ModelFactory = (run: {
  readonly key: string;
  readonly seed: number;
  readonly budget: number | null;
  /** The offline planner's prior (hand plus learned) for solves that use the library; null for cold solves. */
  readonly prior: SearchPrior | null;
  /** Macros mined from the frozen library for a warm solve (empty otherwise). */
  readonly concepts: readonly MacroSource[];
}) => {
  models: Model[];
  close?: () => void;
};

export interface TransferOptions {
  /** Tasks to build the library from; null to use `library.uri` as it is. */
  readonly source: readonly Task[] | null;
  readonly target: readonly Task[];
  readonly labels: { readonly source: string | null; readonly target: string; readonly model: string };
  readonly models: ModelFactory;
  readonly cold: { readonly name: string; readonly strategy: Strategy };
  readonly warm: { readonly name: string; readonly strategy: Strategy };
  readonly repeats: number;
  readonly seed: number;
  /** Order the source tasks are solved in while the library fills up. */
  readonly order: TaskOrder;
  readonly out: string;
  /** Where the library is; `build` solves the source tasks into it first. */
  readonly library: { readonly uri: string; readonly build: boolean };
  readonly openLibrary: (uri: string) => Promise<Library>;
  readonly taskConcurrency?: number;
  readonly taskTimeoutS?: number;
  /** Budget settings, recorded so a reader can check both conditions had the same. */
  readonly budgets?: Record<string, unknown>;
  /**
   * Points of the budget curve (offline: step applications per task; with a model: role calls
   * per task): cold and warm are solved at each, the model factory told which. Absent: one solve each.
   */
  readonly budgetCurve?: readonly number[];
  readonly signal?: AbortSignal;
  /** Continue an interrupted experiment in `out`: finished tasks of every solve are kept. */
  readonly resume?: boolean;
  readonly onProgress?: (message: string) => void;
  readonly now?: () => Date;
}

async function solveInto(
  dir: string,
  tasks: readonly Task[],
  strategy: Strategy,
  key: string,
  seed: number,
  budget: number | null,
  library: RunLibrary | undefined,
  keepOrder: boolean,
  prior: SearchPrior | null,
  o: TransferOptions,
  concepts: readonly MacroSource[] = [],
) {
  const { models, close } = o.models({ key, seed, budget, prior, concepts });
  // solveTasks reports on every call too; pass on a line only when a task has finished.
  let lastDone = -1;
  try {
    return await solveTasks(tasks, {
      out: dir,
      strategy,
      models,
      library,
      keepOrder,
      signal: o.signal,
      resume: o.resume,
      taskConcurrency: o.taskConcurrency,
      taskTimeoutS: o.taskTimeoutS,
      settings: {
        experiment: 'transfer',
        run: key,
        seed,
        model: o.labels.model,
        strategy,
        budgets: o.budgets ?? {},
        budget,
        prior: prior ? 'hand + learned' : 'hand',
      },
      onProgress: (p) => {
        if (p.done === lastDone) return;
        lastDone = p.done;
        o.onProgress?.(`${key}: ${p.done}/${p.total} tasks, ${p.trainPerfect} train-perfect`);
      },
    });
  } finally {
    close?.();
  }
}

/** The curve's points ascending and distinct; null when none were asked for. */
function budgetCurveOf(points: readonly number[] | undefined): number[] | null {
  if (!points?.length) return null;
  const bad = points.filter((b) => !Number.isInteger(b) || b < 1);
  if (bad.length)
    throw new ConfigError(`--budgets: ${bad.join(', ')} is not a positive whole number; give e.g. 3000,10000,30000`);
  return [...new Set(points)].sort((a, b) => a - b);
}

export async function runTransfer(o: TransferOptions): Promise<TransferRuns> {
  const started = Date.now();
  const out = resolve(o.out);
  await mkdir(out, { recursive: true });
  const split = o.source ? separateSource(o.source, o.target) : { source: [], excluded: [] };
  if (split.excluded.length)
    o.onProgress?.(`left ${split.excluded.length} source task(s) out: they are also target tasks (same id or content)`);
  const library = await o.openLibrary(o.library.uri);
  const port = libraryPort(library);
  try {
    let sourceSummary = null;
    if (o.library.build && split.source.length) {
      o.onProgress?.(`building the library from ${split.source.length} source tasks (${o.order} order)`);
      const ordered = orderTasks(split.source, o.order, o.seed);
      // The library learns its prior as it fills, as a warm solve run does.
      const live = livePrior(await loadPrior(library));
      sourceSummary = await solveInto(
        join(out, 'source'),
        ordered,
        o.warm.strategy,
        'source',
        o.seed,
        null,
        withPriorLearning(port, library, live, o.onProgress),
        true,
        plannerPrior(live),
        o,
      );
    }
    // Warm solves use the prior fitted from the frozen library's traces as they are now.
    const warmPrior = plannerPrior(learnedPrior(await new PriorLearner(library).refit()));
    const entries = await libraryReader(library).list({ limit: 1_000_000 });
    // Macros mined from the frozen traces; a library built here also keeps them in its concepts table.
    const macros = o.library.build ? await rebuildConcepts(library) : mineMacros(entries);
    const curve = budgetCurveOf(o.budgetCurve);
    const dirs: ConditionDir[] = [];
    for (const budget of curve ?? [null]) {
      for (let r = 0; r < o.repeats && !o.signal?.aborted; r++) {
        const seed = o.seed + r;
        for (const [condition, cfg, lib, concepts] of [
          ['cold', o.cold, undefined, []],
          ['warm', o.warm, withExecutionRetrieval(frozenLibrary(port), libraryReader(library)), macros],
        ] as const) {
          const key = budget === null ? `${condition}-r${r}` : `${condition}-b${budget}-r${r}`;
          const at = budget === null ? '' : ` at budget ${budget}`;
          o.onProgress?.(
            `repeat ${r + 1}/${o.repeats}: ${condition} (${cfg.name})${at} on ${o.target.length} target tasks`,
          );
          const prior = condition === 'warm' ? warmPrior : null;
          await solveInto(join(out, key), o.target, cfg.strategy, key, seed, budget, lib, false, prior, o, concepts);
          dirs.push({ condition, repeat: r, seed, budget, dir: join(out, key) });
        }
      }
    }
    return {
      version: 1,
      createdAt: (o.now ?? (() => new Date()))().toISOString(),
      settings: {
        source: o.labels.source,
        target: o.labels.target,
        model: o.labels.model,
        coldPreset: o.cold.name,
        warmPreset: o.warm.name,
        repeats: o.repeats,
        seed: o.seed,
        order: o.order,
        excludedFromSource: split.excluded,
        sourceTasks: split.source.length,
        targetTasks: o.target.length,
        budgets: o.budgets ?? {},
        budgetCurve: curve,
      },
      library: {
        uri: library.uri,
        built: o.library.build,
        entries: entries.length,
        embedModel: library.embedder?.modelId ?? null,
        sourceSolved: sourceSummary?.solved_tasks ?? null,
        sourceTrainPerfect: sourceSummary?.train_perfect ?? null,
      },
      runs: dirs,
      wallS: (Date.now() - started) / 1000,
      out,
      entryTask: Object.fromEntries(entries.map((e) => [e.id, e.taskId])),
    };
  } finally {
    library.close();
  }
}
