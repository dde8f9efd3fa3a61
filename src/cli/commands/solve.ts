/** `arcmem solve <source>`: evolve instructions for every task and write a run folder. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { loadTasks } from '../../arc/load.js';
import type { Task } from '../../arc/task.js';
import { listPresets, loadStrategy, parseStrategy, type Strategy } from '../../evolve/strategy.js';
import type { LibraryPort } from '../../evolve/types.js';
import { ConfigError, InputError } from '../../errors.js';
import { LLM_OPTIONS } from '../../llm/index.js';
import { inShard, parseShard } from '../../run/schedule.js';
import { progressPrinter } from '../../run/progress.js';
import { RunFolder } from '../../run/run-folder.js';
import { solveTasks, type RunProgress } from '../../run/solve-tasks.js';
import { curriculumOrder } from '../../run/curriculum.js';
import { summaryTable } from '../../run/summary.js';
import type { RunSummary } from '../../run/format.js';
import type { CommandIO } from './index.js';
import { asJson, dataDirFrom, positiveSeconds, wholeNumber } from './_common.js';
import { resolveModels } from './_solve-models.js';
import {
  addEmbedOptions,
  addLibraryOption,
  libraryConfig,
  openConfiguredLibrary,
  type LibraryFlags,
} from './library-open.js';

export const DEFAULT_PRESET = 'ettc';

export type SolveFlags = Record<string, unknown> &
  LibraryFlags & {
    preset?: string;
    strategy?: string;
    taskConcurrency?: number;
    limit?: number;
    tasks?: string;
    out?: string;
    resume?: string;
    shard?: string;
    taskTimeout?: number;
    reuseSolved?: boolean;
    storeNearMisses?: boolean;
    curriculum?: boolean;
    solutions?: string;
    json?: boolean;
  };

export interface SolveDeps {
  readonly io: CommandIO;
  /** The library seam: given, it is used as is; absent, the CLI opens the configured one. */
  readonly library?: LibraryPort | null;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: RunProgress) => void;
  readonly cwd?: string;
  readonly now?: () => Date;
}

export interface SolveResult {
  readonly out: string;
  readonly summary: RunSummary;
  readonly notices: readonly string[];
}

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

/** The tasks to solve: --tasks, then --shard, then --limit (smallest first). */
export function selectTasks(all: readonly Task[], flags: Pick<SolveFlags, 'tasks' | 'shard' | 'limit'>): Task[] {
  let tasks = [...all];
  if (flags.tasks) {
    const wanted = flags.tasks
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const missing = wanted.filter((id) => !tasks.some((t) => t.id === id));
    if (missing.length)
      throw new InputError(
        `--tasks: no task ${missing.join(', ')} in the source (see \`arcmem tasks <source>\`)`,
        undefined,
        undefined,
      );
    tasks = tasks.filter((t) => wanted.includes(t.id));
  }
  if (flags.shard) tasks = inShard(tasks, parseShard(flags.shard));
  if (flags.limit !== undefined) tasks = tasks.slice(0, flags.limit);
  return tasks;
}

/** --preset / --strategy; on --resume without either, the strategy the run was started with. */
function strategyFrom(flags: SolveFlags): { strategy: Strategy; name: string } {
  if (flags.strategy && flags.preset) throw new ConfigError('give either --preset or --strategy, not both');
  if (flags.resume && !flags.strategy && !flags.preset) {
    const saved = RunFolder.at(flags.resume).readJson('settings.json') as {
      strategy?: unknown;
      strategy_name?: string;
    } | null;
    if (saved?.strategy)
      return {
        strategy: parseStrategy(saved.strategy, join(flags.resume, 'settings.json')),
        name: saved.strategy_name ?? 'resumed',
      };
  }
  const name = flags.strategy ?? flags.preset ?? DEFAULT_PRESET;
  return { strategy: loadStrategy(name), name };
}

export async function runSolve(source: string, flags: SolveFlags, deps: SolveDeps): Promise<SolveResult> {
  const { strategy, name } = strategyFrom(flags);
  const loaded = await loadTasks(source, {
    dataDir: dataDirFrom(deps.io),
    ...(flags.solutions ? { solutions: flags.solutions } : {}),
  });
  for (const e of loaded.errors) deps.io.progress(`arcmem: skipped ${e.message}\n`);
  const tasks = selectTasks(loaded.tasks, flags);
  if (!tasks.length)
    throw new InputError(`no tasks to solve in ${source} (after --tasks/--shard/--limit)`, source, undefined);

  const out = flags.resume ?? flags.out ?? join(deps.cwd ?? '.', 'runs', stamp((deps.now ?? (() => new Date()))()));
  if (flags.resume && !RunFolder.startedRun(flags.resume)) {
    throw new ConfigError(
      `--resume ${flags.resume}: not a run folder (no settings.json, summary.json or tasks/); give a folder \`arcmem solve\` wrote, or use --out to start a new run`,
    );
  }
  if (!flags.resume && RunFolder.startedRun(out))
    throw new ConfigError(`${out} already holds a run: pass --resume ${out} to continue it, or choose another --out`);
  if (!flags.resume && existsSync(out) && readdirSync(out).length > 0) {
    throw new ConfigError(`--out ${out} is a folder with other files in it: choose a new or empty folder for the run`);
  }

  const resolved = resolveModels(flags, deps.io, { cwd: deps.cwd });
  for (const n of resolved.notices) deps.io.progress(`arcmem: ${n}\n`);
  const libConfig = libraryConfig(flags, deps.io.env);
  const library =
    deps.library !== undefined
      ? deps.library
      : await openConfiguredLibrary(libConfig, deps.io, {
          embed: true,
          reuseSolved: !!flags.reuseSolved,
          storeNearMisses: !!flags.storeNearMisses,
        });
  try {
    // A curriculum feeds related tasks in sequence so later ones can reuse what earlier ones stored.
    const summary = await solveTasks(flags.curriculum ? curriculumOrder(tasks) : tasks, {
      out,
      keepOrder: !!flags.curriculum,
      resume: !!flags.resume,
      strategy,
      models: resolved.models,
      library: library ?? undefined,
      reuseSolved: !!flags.reuseSolved,
      taskConcurrency: flags.taskConcurrency,
      taskTimeoutS: flags.taskTimeout,
      signal: deps.signal,
      onProgress: deps.onProgress,
      onWarning: (w) => deps.io.progress(`arcmem: warning: ${w}\n`),
      settings: {
        source,
        strategy_name: name,
        strategy,
        stages: resolved.describe,
        task_concurrency: flags.taskConcurrency ?? 4,
        task_timeout_s: flags.taskTimeout ?? null,
        shard: flags.shard ?? null,
        limit: flags.limit ?? null,
        tasks: flags.tasks ?? null,
        library: library ? (deps.library !== undefined ? 'custom' : libConfig.uri) : null,
        reuse_solved: !!flags.reuseSolved,
        store_near_misses: !!flags.storeNearMisses,
        curriculum: !!flags.curriculum,
        seed: flags.seed ?? null,
        // Bad task files were left out: the run folder says so, not only the terminal.
        skipped_inputs: loaded.errors.map((e) => e.message),
      },
    });
    return { out, summary, notices: resolved.notices };
  } finally {
    resolved.close();
    if (deps.library === undefined) (library as { close?: () => void } | null)?.close?.();
  }
}

export function formatSolve(r: SolveResult, json = false): string {
  if (json) return asJson({ out: r.out, ...r.summary });
  return `${summaryTable(r.summary)}\nrun folder  ${r.out}`;
}

export function addLlmOptions(cmd: Command): Command {
  for (const spec of LLM_OPTIONS) {
    const local =
      spec.key === 'model' ? '; "local" = the offline engine, the default when no endpoint is configured' : '';
    const opt = new Option(spec.flag, `${spec.help}${local} (env ${spec.env}; default ${spec.defaultText})`);
    if (spec.kind === 'prices') opt.argParser((v: string, prev: string[] | undefined) => [...(prev ?? []), v]);
    cmd.addOption(opt);
  }
  return cmd.option('--config <file>', 'config file with an "llm" section (default ./arcmem.config.json when present)');
}

export function register(program: Command, io: CommandIO): void {
  const cmd = program
    .command('solve')
    .description(
      'Solve ARC tasks by evolving natural-language instructions; writes a run folder (submission.json, tasks/, events.jsonl, summary.json)',
    )
    .argument(
      '<source>',
      'a task file, a folder of task files, a *_challenges.json, or a dataset name (e.g. arc-agi-1/training)',
    )
    .option('--preset <name>', `search strategy preset: ${listPresets().join(', ')} (default ${DEFAULT_PRESET})`)
    .option('--strategy <file>', 'a JSON or YAML strategy file instead of a preset (see docs/method.md)')
    .option(
      '--cascade <models>',
      'comma-separated models run in turn, each only on tasks not yet perfect on training, e.g. local,gpt-5-mini',
    )
    .option('--task-concurrency <n>', 'tasks solved at the same time (default 4)', wholeNumber('--task-concurrency'))
    .option(
      '--task-timeout <sec>',
      "seconds after which a task's search stops with its best candidates",
      positiveSeconds('--task-timeout'),
    )
    .option('--limit <n>', 'solve only the first n tasks', wholeNumber('--limit'))
    .option('--tasks <ids>', 'comma-separated task ids to solve')
    .option(
      '--shard <i/n>',
      'solve only shard i of n (0-based, split by task-id hash); merge the folders with `arcmem merge`',
    )
    .option('--out <dir>', 'run folder to create (default runs/<timestamp>)')
    .option(
      '--resume <dir>',
      'continue a run folder (same source and model flags): finished tasks are kept, the rest solved, finished calls come from the cache; the strategy defaults to the one the run started with',
    )
    .option('--solutions <file>', 'a *_solutions.json with the expected test outputs (for scoring)')
    .option('--seed <n>', 'seed for the offline engine (recorded in the settings)', wholeNumber('--seed', 0))
    .option('--reuse-solved', "try this task's own stored solutions first (no planner call when one still fits)")
    .option('--store-near-misses', 'also store the best imperfect candidate of unsolved tasks in the library')
    .option(
      '--curriculum',
      'solve easiest first, then nearest by fingerprint, so later tasks reuse what earlier ones stored (instead of smallest first)',
    )
    .option('--json', 'print the summary as JSON');
  addLibraryOption(cmd);
  addEmbedOptions(cmd);
  addLlmOptions(cmd);
  cmd.addHelpText(
    'after',
    '\nModels: --model local (or no endpoint configured) uses the offline engine; otherwise set OPENAI_API_KEY and/or --base-url.\n' +
      'Examples:\n  arcmem solve data/tasks --preset lite\n  arcmem solve arc-agi-1/training --model gpt-5-mini --budget-usd 20 --cascade local,gpt-5-mini\n  arcmem solve arc-agi-1/training --resume runs/2026-11-26T10-00-00Z',
  );
  cmd.action(async (source: string, parsed: SolveFlags) => {
    // commander's defaults for --no-cache / --no-library are `true`: drop them so env and config decide.
    const flags: SolveFlags = Object.fromEntries(
      Object.entries(parsed).filter(([k, v]) => !((k === 'cache' || k === 'library') && v === true)),
    );
    const ac = new AbortController();
    const stop = () => ac.abort(new Error('interrupted'));
    process.once('SIGINT', stop);
    const printer = progressPrinter((t) => io.progress(t), { tty: !!process.stderr.isTTY && !flags.json });
    try {
      const result = await runSolve(source, flags, { io, signal: ac.signal, onProgress: printer.update });
      printer.finish();
      io.print(formatSolve(result, flags.json));
      if (ac.signal.aborted) {
        const left = result.summary.tasks - result.summary.finished;
        io.progress(
          `arcmem: interrupted with ${left} task${left === 1 ? '' : 's'} unfinished; continue with: arcmem solve ${source} --resume ${result.out}\n`,
        );
        process.exitCode = 130;
      }
    } finally {
      process.off('SIGINT', stop);
    }
  });
}
