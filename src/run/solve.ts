/**
 * `solve(source, config, hooks)`: what `arcmem solve` does, for the CLI and for code alike.
 * Loads and selects the tasks, checks the run folder, builds the models and opens the
 * library the configuration names, then solves every task into the run folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadTasks } from '../arc/load.js';
import type { Task } from '../arc/task.js';
import { loadStrategy, parseStrategy, type Strategy } from '../evolve/strategy.js';
import { ConfigError, InputError } from '../errors.js';
import type { RunSettings, SolveConfig } from './config.js';
import { curriculumOrder } from './curriculum.js';
import type { RunSummary } from './run-files.js';
import { openBudgetLedger } from './budget-file.js';
import { withExecutionRetrieval } from './execution-retrieval.js';
import { buildModels } from './models.js';
import { learnedConcepts } from './learned-concepts.js';
import { libraryReader } from '../library/index.js';
import { libraryPort } from './library-port.js';
import { livePrior, loadPrior, plannerPrior, withPriorLearning } from './learned-prior.js';
import { priorTotals } from '../local/index.js';
import { openConfiguredLibrary, type OpenHooks } from './open-library.js';
import { RunFolder } from './run-folder.js';
import { inShard, parseShard } from './schedule.js';
import { solveTasks, type RunLibrary, type RunProgress } from './solve-tasks.js';

export interface SolveHooks extends OpenHooks {
  /** Cancels the run: tasks in flight stop and are answered with what they have. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: RunProgress) => void;
  /** The library to use instead of the configured one (null: none). */
  readonly library?: RunLibrary | null;
  /** Clock for the default run folder's name (tests pin it). */
  readonly now?: () => Date;
}

export interface SolveResult {
  /** The run folder. */
  readonly out: string;
  readonly summary: RunSummary;
}

/** A run folder name from a time: 2026-11-26T10-00-00Z. */
export const runStamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

/** The tasks to solve: --tasks, then --shard, then --limit (smallest first). */
export function selectTasks(all: readonly Task[], run: Pick<RunSettings, 'tasks' | 'shard' | 'limit'>): Task[] {
  let tasks = [...all];
  if (run.tasks) {
    const wanted = run.tasks;
    const missing = wanted.filter((id) => !tasks.some((t) => t.id === id));
    if (missing.length)
      throw new InputError(
        `--tasks: no task ${missing.join(', ')} in the source (see \`arcmem tasks <source>\`)`,
        undefined,
        undefined,
      );
    tasks = tasks.filter((t) => wanted.includes(t.id));
  }
  if (run.shard) tasks = inShard(tasks, parseShard(run.shard));
  if (run.limit !== null) tasks = tasks.slice(0, run.limit);
  return tasks;
}

/** --preset / --strategy; on --resume without either, the strategy the run was started with. */
export function strategyFor(run: RunSettings): { strategy: Strategy; name: string } {
  if (run.resume && !run.strategy && !run.presetGiven) {
    const saved = RunFolder.at(run.resume).readJson('settings.json') as {
      strategy?: unknown;
      strategy_name?: string;
    } | null;
    if (saved?.strategy)
      return {
        strategy: parseStrategy(saved.strategy, join(run.resume, 'settings.json')),
        name: saved.strategy_name ?? 'resumed',
      };
  }
  const name = run.strategy ?? run.preset;
  return { strategy: loadStrategy(name), name };
}

/** The run folder: --resume's, --out, or runs/<timestamp>; refuses to mix a new run into an old folder. */
function runFolderFor(run: RunSettings, now: () => Date): string {
  const out = run.resume ?? run.out ?? join(run.cwd, 'runs', runStamp(now()));
  if (run.resume && !RunFolder.startedRun(run.resume)) {
    throw new ConfigError(
      `--resume ${run.resume}: not a run folder (no settings.json, summary.json or tasks/); give a folder \`arcmem solve\` wrote, or use --out to start a new run`,
    );
  }
  RunFolder.requireFolderOrNothing(out);
  if (!run.resume && RunFolder.startedRun(out))
    throw new ConfigError(`${out} already holds a run: pass --resume ${out} to continue it, or choose another --out`);
  if (!run.resume && existsSync(out) && readdirSync(out).length > 0) {
    throw new ConfigError(`--out ${out} is a folder with other files in it: choose a new or empty folder for the run`);
  }
  return out;
}

/** Closes the library before passing the error on. */
const closing =
  (library: { close(): void }) =>
  (err: unknown): never => {
    library.close();
    throw err;
  };

export async function solve(source: string, config: SolveConfig, hooks: SolveHooks = {}): Promise<SolveResult> {
  const { run } = config;
  const { strategy, name } = strategyFor(run);
  const loaded = await loadTasks(source, {
    ...(run.dataDir ? { dataDir: run.dataDir } : {}),
    ...(run.solutions ? { solutions: run.solutions } : {}),
  });
  for (const e of loaded.errors) hooks.onNotice?.(`skipped ${e.message}`);
  const tasks = selectTasks(loaded.tasks, run);
  if (!tasks.length)
    throw new InputError(`no tasks to solve in ${source} (after --tasks/--shard/--limit)`, source, undefined);
  const out = runFolderFor(run, hooks.now ?? (() => new Date()));

  config.notices.forEach((n) => hooks.onNotice?.(n));
  const opened =
    hooks.library !== undefined ? null : await openConfiguredLibrary(config.library, { embed: true }, hooks);
  // The configured library's learned prior steers the offline search, and learns from every store.
  const counts = opened ? await loadPrior(opened).catch(closing(opened)) : null;
  const learned = counts && livePrior(counts);
  // So do its concepts: macros the offline search tries as one move, mined again after every store.
  const concepts = learnedConcepts();
  if (opened) await concepts.load(opened).catch(closing(opened));
  // A library passed in is used as given; the configured one is searched by execution first.
  const library =
    hooks.library !== undefined
      ? hooks.library
      : opened &&
        learned &&
        concepts.learning(
          withPriorLearning(
            withExecutionRetrieval(
              libraryPort(opened, { reuseSolved: run.reuseSolved, storeNearMisses: run.storeNearMisses }),
              libraryReader(opened),
            ),
            opened,
            learned,
            hooks.onWarning,
          ),
          opened,
          hooks.onWarning,
        );
  const built = buildModels(config.stages, {
    seed: run.seed,
    localBudget: run.localBudget,
    localEffort: run.effort,
    ledger: openBudgetLedger(out, run.resume !== null),
    ...(learned ? { prior: plannerPrior(learned) } : {}),
    concepts: concepts.current,
  });
  try {
    // A curriculum feeds related tasks in sequence so later ones can reuse what earlier ones stored.
    const summary = await solveTasks(run.curriculum ? curriculumOrder(tasks) : tasks, {
      out,
      keepOrder: run.curriculum,
      resume: run.resume !== null,
      strategy,
      models: built.models,
      library: library ?? undefined,
      reuseSolved: run.reuseSolved,
      taskConcurrency: run.taskConcurrency,
      taskTimeoutS: run.taskTimeoutS ?? undefined,
      signal: hooks.signal,
      onProgress: hooks.onProgress,
      onWarning: hooks.onWarning,
      settings: {
        source,
        strategy_name: name,
        strategy,
        stages: built.describe,
        task_concurrency: run.taskConcurrency,
        task_timeout_s: run.taskTimeoutS,
        shard: run.shard,
        limit: run.limit,
        tasks: run.tasks?.join(',') ?? null,
        library: library ? (hooks.library !== undefined ? 'custom' : config.library.uri) : null,
        reuse_solved: run.reuseSolved,
        store_near_misses: run.storeNearMisses,
        curriculum: run.curriculum,
        seed: run.seed,
        local_budget: run.localBudget,
        // What the learned prior knew when the run started (it is refitted after every store).
        learned_prior: counts && priorTotals(counts),
        local_effort: run.effort,
        // Bad task files were left out: the run folder says so, not only the terminal.
        skipped_inputs: loaded.errors.map((e) => e.message),
      },
    });
    return { out, summary };
  } finally {
    built.close();
    opened?.close();
  }
}
