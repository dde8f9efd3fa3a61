/**
 * `transfer(config, hooks)`: the transfer experiment as `arcmem transfer` runs it, for the
 * CLI and for code alike. Settings are resolved once (`resolveTransferConfig`); each solve
 * gets fresh models with its own response cache, so cold's answers never make warm's free.
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { loadTasks } from '../arc/load.js';
import type { Task } from '../arc/task.js';
import { ConfigError, InputError } from '../errors.js';
import { loadStrategy } from '../evolve/strategy.js';
import {
  DEFAULT_TRANSFER_PRESET,
  buildModels,
  openConfiguredLibrary,
  resolveSolveConfig,
  runStamp,
  type ConfigSources,
  type SolveConfig,
} from '../run/index.js';
import { runTransfer, type TransferRuns } from './transfer.js';

export const TransferSettingsSchema = z.object({
  source: z.string().min(1).nullable(),
  target: z.string().min(1),
  preset: z.string().min(1),
  warmPreset: z.string().min(1).nullable(),
  repeats: z.number().int().positive(),
  seed: z.number().int().min(0),
  order: z.enum(['random', 'curriculum', 'given'], { error: '--order must be random, curriculum or given' }),
  out: z.string().min(1).nullable(),
  /** An existing library to use (with `source`: the source is solved into it). */
  library: z.string().min(1).nullable(),
  sourceLimit: z.number().int().positive().nullable(),
  targetLimit: z.number().int().positive().nullable(),
  cacheDir: z.string().min(1).nullable(),
  resume: z.boolean(),
  /** Points of the budget curve (offline: step applications per task; with a model: role calls per task). */
  budgets: z.array(z.number().int().positive('--budgets must be positive whole numbers')).min(1).nullable(),
});
export type TransferSettingsInput = z.infer<typeof TransferSettingsSchema>;

export interface TransferConfig {
  readonly transfer: TransferSettingsInput;
  /** Model, library and run settings shared by every solve of the experiment. */
  readonly solve: SolveConfig;
}

export interface TransferHooks {
  readonly signal?: AbortSignal;
  /** One line per step and per finished task. */
  readonly onProgress?: (message: string) => void;
  readonly onWarning?: (message: string) => void;
  readonly now?: () => Date;
}

/** Resolves the experiment's settings and the shared solve settings once. */
export function resolveTransferConfig(
  settings: Partial<TransferSettingsInput>,
  sources: ConfigSources,
): TransferConfig {
  const parsed = TransferSettingsSchema.safeParse({
    source: null,
    warmPreset: null,
    repeats: 1,
    seed: 1,
    order: 'random',
    out: null,
    library: null,
    sourceLimit: null,
    targetLimit: null,
    cacheDir: null,
    resume: false,
    budgets: null,
    preset: DEFAULT_TRANSFER_PRESET,
    // A setting left undefined takes its default.
    ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
  });
  if (!parsed.success)
    throw new ConfigError(`invalid transfer settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const t = parsed.data;
  if (!t.source && !t.library)
    throw new ConfigError('give --source <tasks> to build a library from, or --library <path> to use an existing one');
  if (t.resume && !t.out) throw new ConfigError('--resume needs the --out folder of the experiment to continue');
  return { transfer: t, solve: resolveSolveConfig(sources) };
}

async function load(source: string, limit: number | null, dataDir: string | null, hooks: TransferHooks) {
  const loaded = await loadTasks(source, dataDir ? { dataDir } : {});
  for (const e of loaded.errors) hooks.onWarning?.(`skipped ${e.message}`);
  const tasks: Task[] = limit === null ? loaded.tasks : loaded.tasks.slice(0, limit);
  if (!tasks.length) throw new InputError(`no tasks in ${source}`, source, undefined);
  return tasks;
}

/** Runs the experiment; report/'s `writeTransferReport` turns the result into transfer.json and transfer.html. */
export async function transfer(config: TransferConfig, hooks: TransferHooks = {}): Promise<TransferRuns> {
  const t = config.transfer;
  const { run } = config.solve;
  const warmName = t.warmPreset ?? `${t.preset}-lib`;
  const cold = { name: t.preset, strategy: loadStrategy(t.preset) };
  const warm = { name: warmName, strategy: loadStrategy(warmName) };
  if (!warm.strategy.steps.some((s) => s.kind === 'seed'))
    throw new ConfigError(
      `--warm-preset ${warmName} has no seed step, so it would not use the library; pick a -lib preset`,
    );
  const out = resolve(t.out ?? join(run.cwd, 'runs', `transfer-${runStamp((hooks.now ?? (() => new Date()))())}`));
  const [source, target] = await Promise.all([
    t.source ? load(t.source, t.sourceLimit, run.dataDir, hooks) : null,
    load(t.target, t.targetLimit, run.dataDir, hooks),
  ]);
  const libConfig = { ...config.solve.library, uri: t.library ?? join(out, 'library') };
  const notices = new Set<string>();
  config.solve.notices.forEach((n) => notices.has(n) || (notices.add(n), hooks.onProgress?.(n)));
  const cacheRoot = t.cacheDir ?? join(out, 'llm-cache');
  const model = config.solve.stages.map((s) => (s.backend === 'local' ? 'local' : s.llm.roles.planner.model)).join(',');
  return runTransfer({
    source,
    target,
    labels: { source: t.source, target: t.target, model },
    // A fresh gateway per solve keeps budgets per condition. Each solve has its own response cache:
    // a cache shared by cold and warm would report warm's repeated requests as free.
    // A budget-curve point bounds the offline engine's search and a language model's calls per task.
    models: ({ key, seed, budget, prior, concepts }) =>
      buildModels(config.solve.stages, {
        seed,
        ...(prior ? { prior } : {}),
        concepts: () => concepts,
        localBudget: budget ?? run.localBudget,
        localEffort: run.effort,
        llm: (c) => ({ ...c, cacheDir: join(cacheRoot, key), taskMaxCalls: budget ?? c.taskMaxCalls }),
      }),
    cold,
    warm,
    repeats: t.repeats,
    seed: t.seed,
    order: t.order,
    out,
    library: { uri: libConfig.uri, build: source !== null },
    openLibrary: async () => (await openConfiguredLibrary(libConfig, { embed: true }, hooks))!,
    taskConcurrency: run.taskConcurrency,
    taskTimeoutS: run.taskTimeoutS ?? undefined,
    budgets: {
      budgetUsd: config.solve.llm.budgetUsd,
      taskBudgetUsd: config.solve.llm.taskBudgetUsd,
      taskMaxCalls: config.solve.llm.taskMaxCalls,
      taskTimeout: run.taskTimeoutS,
      localBudget: run.localBudget,
    },
    ...(t.budgets ? { budgetCurve: t.budgets } : {}),
    signal: hooks.signal,
    resume: t.resume,
    onProgress: hooks.onProgress,
    now: hooks.now,
  });
}
