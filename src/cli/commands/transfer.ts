/** `arcmem transfer`: does the library help? Cold vs warm on target tasks, with intervals. */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadTasks } from '../../arc/load.js';
import type { Task } from '../../arc/task.js';
import { ConfigError, InputError } from '../../errors.js';
import { loadStrategy, listPresets } from '../../evolve/strategy.js';
import { headline } from '../../report/transfer-report.js';
import { runTransfer, type TransferResult } from '../../report/transfer.js';
import type { TaskOrder } from '../../report/transfer-split.js';
import type { CommandIO } from './index.js';
import { asJson, dataDirFrom, positiveSeconds, wholeNumber } from './_common.js';
import { resolveModels } from './_solve-models.js';
import { addEmbedOptions, libraryConfig, openConfiguredLibrary } from './library-open.js';
import { addLlmOptions } from './solve.js';

export type TransferFlags = Record<string, unknown> & {
  source?: string;
  target: string;
  preset: string;
  warmPreset?: string;
  repeats: number;
  seed: number;
  out?: string;
  library?: string;
  order: TaskOrder;
  sourceLimit?: number;
  targetLimit?: number;
  taskConcurrency?: number;
  taskTimeout?: number;
  cacheDir?: string;
  resume?: boolean;
  json?: boolean;
};

const stamp = (d: Date): string =>
  d
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');

async function load(source: string, limit: number | undefined, io: CommandIO): Promise<Task[]> {
  const loaded = await loadTasks(source, { dataDir: dataDirFrom(io) });
  for (const e of loaded.errors) io.progress(`arcmem: skipped ${e.message}\n`);
  const tasks = limit === undefined ? loaded.tasks : loaded.tasks.slice(0, limit);
  if (!tasks.length) throw new InputError(`no tasks in ${source}`, source, undefined);
  return tasks;
}

export async function runTransferCommand(
  flags: TransferFlags,
  io: CommandIO,
  opts: { cwd?: string; now?: () => Date; signal?: AbortSignal } = {},
): Promise<TransferResult> {
  if (!flags.source && !flags.library)
    throw new ConfigError('give --source <tasks> to build a library from, or --library <path> to use an existing one');
  const warmName = flags.warmPreset ?? `${flags.preset}-lib`;
  const cold = { name: flags.preset, strategy: loadStrategy(flags.preset) };
  const warm = { name: warmName, strategy: loadStrategy(warmName) };
  if (!warm.strategy.steps.some((s) => s.kind === 'seed'))
    throw new ConfigError(
      `--warm-preset ${warmName} has no seed step, so it would not use the library; pick a -lib preset`,
    );
  if (flags.resume && !flags.out)
    throw new ConfigError('--resume needs the --out folder of the experiment to continue');
  const out = resolve(
    flags.out ?? join(opts.cwd ?? '.', 'runs', `transfer-${stamp((opts.now ?? (() => new Date()))())}`),
  );
  const [source, target] = await Promise.all([
    flags.source ? load(flags.source, flags.sourceLimit, io) : null,
    load(flags.target, flags.targetLimit, io),
  ]);
  const libUri = flags.library ?? join(out, 'library');
  const libConfig = libraryConfig(
    {
      library: libUri,
      embedModel: flags.embedModel as string | undefined,
      embedCache: flags.embedCache as string | undefined,
    },
    io.env,
  );
  const notices = new Set<string>();
  return runTransfer({
    source,
    target,
    labels: { source: flags.source ?? null, target: flags.target, model: String(flags.model ?? 'default') },
    // A fresh gateway per solve keeps budgets per condition. Each solve has its own response cache:
    // a cache shared by cold and warm would report warm's repeated requests as free.
    models: ({ key, seed }) => {
      const r = resolveModels({ ...flags, seed, cacheDir: join(flags.cacheDir ?? join(out, 'llm-cache'), key) }, io, {
        cwd: opts.cwd,
      });
      r.notices.forEach((n) => notices.has(n) || (notices.add(n), io.progress(`arcmem: ${n}\n`)));
      return { models: r.models, close: r.close };
    },
    cold,
    warm,
    repeats: flags.repeats,
    seed: flags.seed,
    order: flags.order,
    out,
    library: { uri: libUri, build: source !== null },
    openLibrary: async () => (await openConfiguredLibrary(libConfig, io, { embed: true }))!,
    taskConcurrency: flags.taskConcurrency,
    taskTimeoutS: flags.taskTimeout,
    budgets: Object.fromEntries(
      ['budgetUsd', 'taskBudgetUsd', 'taskMaxCalls', 'taskTimeout'].map((k) => [k, flags[k] ?? null]),
    ),
    signal: opts.signal,
    resume: !!flags.resume,
    onProgress: (m) => io.progress(`arcmem: ${m}\n`),
    now: opts.now,
  });
}

export function formatTransfer(r: TransferResult): string {
  const c = r.report.analysis.conditions;
  const row = (name: string) => {
    const x = c[name];
    return x
      ? `${name.padEnd(5)} pass@2 ${(100 * x.score).toFixed(1)}%  train-perfect ${(100 * x.trainPerfectRate).toFixed(1)}%  calls/task ${x.meanCalls.toFixed(1)}${x.meanCostUsd === null ? '' : `  $/task ${x.meanCostUsd.toFixed(4)}`}`
      : `${name}: no runs`;
  };
  return [
    row('cold'),
    row('warm'),
    headline(r.report),
    `transfer graph: ${r.report.analysis.edges.length} edge(s)`,
    `wrote ${r.jsonPath}`,
    `wrote ${r.htmlPath}`,
  ].join('\n');
}

export function register(program: Command, io: CommandIO): void {
  const cmd = program
    .command('transfer')
    .description(
      'Measure whether the library helps: build it from source tasks, then solve target tasks cold (no library) and warm (seeded), N times each',
    )
    .option('--source <tasks>', 'tasks to build the library from (target tasks are left out by id and content)')
    .requiredOption('--target <tasks>', 'tasks to measure on (they need solutions for pass@2)')
    .option('--preset <name>', `cold preset (${listPresets().join(', ')})`, 'lite')
    .option('--warm-preset <name>', 'warm preset, seeded from the library (default: <preset>-lib)')
    .option('--repeats <n>', 'solves per condition, seeds seed..seed+n-1', wholeNumber('--repeats'), 1)
    .option(
      '--seed <n>',
      'first seed (also the bootstrap seed and the random source order)',
      wholeNumber('--seed', 0),
      1,
    )
    .option(
      '--order <order>',
      'order the source tasks are solved in while the library fills: random, curriculum or given',
      'random',
    )
    .option('--out <dir>', 'experiment folder (default runs/transfer-<timestamp>)')
    .option(
      '--library <path>',
      'use this library (default: a fresh one in <out>/library); with --source, the source is solved into it',
    )
    .option('--source-limit <n>', 'use only the first n source tasks', wholeNumber('--source-limit'))
    .option('--target-limit <n>', 'use only the first n target tasks', wholeNumber('--target-limit'))
    .option('--task-concurrency <n>', 'tasks solved at the same time (default 4)', wholeNumber('--task-concurrency'))
    .option('--task-timeout <sec>', "seconds after which a task's search stops", positiveSeconds('--task-timeout'))
    .option('--resume', 'continue an interrupted experiment in --out (finished tasks are kept)')
    .option('--json', 'print transfer.json to stdout');
  addEmbedOptions(cmd);
  addLlmOptions(cmd);
  cmd.addHelpText(
    'after',
    [
      '',
      'Both conditions use the same model settings, budgets (per solve) and timeouts; the warm one reads a frozen library.',
      'Writes transfer.json and transfer.html (plots, transfer graph) plus one run folder per solve. See docs/transfer.md.',
      'Example (offline engine):',
      '  arcmem transfer --source ../shared/arc/arc-agi-2/training --target ../shared/arc/arc-agi-1/training --model local --order curriculum',
    ].join('\n'),
  );
  cmd.action(async (flags: TransferFlags) => {
    if (flags.cache === true) delete flags.cache;
    if (!['random', 'curriculum', 'given'].includes(flags.order))
      throw new ConfigError(`--order must be random, curriculum or given, not ${flags.order}`);
    const ac = new AbortController();
    const stop = () => ac.abort(new Error('interrupted'));
    process.once('SIGINT', stop);
    try {
      const r = await runTransferCommand(flags, io, { signal: ac.signal });
      io.print(flags.json ? asJson(r.report) : formatTransfer(r));
    } finally {
      process.off('SIGINT', stop);
    }
  });
}
