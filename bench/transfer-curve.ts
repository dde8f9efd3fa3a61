/**
 * Transfer on a budget curve with the offline engine: a library is built from the source tasks
 * (its traces and its learned prior), then the target tasks are solved cold (no library, hand
 * prior) and warm (frozen library: execution-retrieved seeds and the learned prior) at each
 * budget of step applications per task. Two splits:
 *   a: ARC-AGI-1 training, tasks at even positions of the sorted ids -> tasks at odd positions;
 *   b: all of ARC-AGI-1 training -> the ARC-AGI-2 training tasks new in ARC-AGI-2 (computed from
 *      the folders by bench/_local-sets.ts).
 * Each split's tasks are linked (symlinks) into <out>/<split>/source and target, so the run
 * folders name real task files. Resumable: run it again with the same --out to continue; finished
 * tasks of every solve are kept. The step budget bounds the search; the wall-clock guards are set
 * high so the curve does not depend on how busy the machine is. Not part of `npm test`.
 *
 *   npm run bench:transfer-curve -- [--sets a,b] [--arc ../shared/arc] [--budgets 3000,10000,30000,100000]
 *                                   [--source-limit N] [--target-limit N] [--repeats 1] [--seed 1]
 *                                   [--preset lite] [--order random] [--task-concurrency 2]
 *                                   [--out runs/transfer-curve]
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { loadTasks } from '../src/arc/load.js';
import { wholeNumber, wholeNumbers } from '../src/cli/commands/_common.js';
import { formatTransfer } from '../src/cli/commands/transfer.js';
import { ConfigError } from '../src/errors.js';
import { loadStrategy } from '../src/evolve/strategy.js';
import { TransferSettingsSchema } from '../src/experiment/experiment.js';
import { runTransfer } from '../src/experiment/transfer.js';
import type { TaskOrder } from '../src/run/transfer-files.js';
import { openLibrary } from '../src/library/index.js';
import { createLocalModel } from '../src/local/index.js';
import { writeTransferReport } from '../src/report/index.js';
import { arcFlag, taskSet } from './_local-sets.js';
import { benchArgs } from './_args.js';

const { values, checked } = benchArgs({
  script: 'bench:transfer-curve',
  about:
    'Transfer on a budget curve with the offline engine: target tasks solved cold (no library) and warm ' +
    '(a frozen library built from the source tasks) at each budget of step applications per task.',
  flags: {
    sets: {
      type: 'string',
      default: 'a,b',
      arg: '<a,b>',
      help: 'splits: a (ARC-AGI-1 training, even -> odd positions), b (ARC-AGI-1 training -> tasks new in ARC-AGI-2 training)',
    },
    arc: arcFlag(),
    budgets: {
      type: 'string',
      default: '3000,10000,30000,100000',
      arg: '<n,n>',
      help: 'step applications per task, one solve of each condition per budget',
    },
    'source-limit': { type: 'string', arg: '<n>', defaultText: 'all', help: 'use only the first n source tasks' },
    'target-limit': { type: 'string', arg: '<n>', defaultText: 'all', help: 'use only the first n target tasks' },
    repeats: {
      type: 'string',
      default: '1',
      arg: '<n>',
      help: 'solves of each condition, with seeds seed, seed+1, ...',
    },
    seed: { type: 'string', default: '1', arg: '<n>', help: 'seed of the first repeat and of the source order' },
    preset: { type: 'string', default: 'lite', arg: '<preset>', help: 'the cold preset; warm runs <preset>-lib' },
    order: {
      type: 'string',
      default: 'random',
      arg: '<order>',
      help: 'order the library is built in: random, curriculum or given',
    },
    'task-concurrency': { type: 'string', default: '2', arg: '<n>', help: 'tasks solved at once' },
    out: {
      type: 'string',
      default: 'runs/transfer-curve',
      arg: '<dir>',
      help: 'output folder; run again with the same --out to resume',
    },
  },
});

const SPLITS = ['a', 'b'] as const;
type SplitName = (typeof SPLITS)[number];
function splitName(name: string): SplitName {
  const known = SPLITS.find((s) => s === name);
  if (!known) throw new ConfigError(`--sets: unknown split '${name}': use a or b`);
  return known;
}
/** `--order`, checked as `arcmem transfer` checks it (an unknown order used to run as 'given'). */
function taskOrder(order: string): TaskOrder {
  const read = TransferSettingsSchema.shape.order.safeParse(order);
  if (!read.success) throw new ConfigError(read.error.issues[0]?.message ?? '--order: unknown order');
  return read.data;
}
const limit = (flag: 'source-limit' | 'target-limit'): number | null =>
  values[flag] === undefined ? null : wholeNumber(`--${flag}`)(values[flag]);
/** The flags, checked before anything runs. */
const settings = checked(() => ({
  sets: values.sets.split(',').map((s) => splitName(s.trim())),
  budgets: wholeNumbers('--budgets')(values.budgets),
  sourceLimit: limit('source-limit'),
  targetLimit: limit('target-limit'),
  repeats: wholeNumber('--repeats')(values.repeats),
  seed: wholeNumber('--seed')(values.seed),
  taskConcurrency: wholeNumber('--task-concurrency')(values['task-concurrency']),
  order: taskOrder(values.order),
}));
const strategies = checked(
  () => ({ cold: loadStrategy(values.preset), warm: loadStrategy(`${values.preset}-lib`) }),
  '--preset',
);
const { budgets } = settings;
const out = resolve(values.out);
/** Wall-clock guards far above what the largest budget takes: the step budget decides. */
const NO_CLOCK = { planTimeMs: 600_000, reviseTimeMs: 600_000, taskTimeMs: 3_600_000 };

/** Links `files` into `dir` (kept when already there, so a resumed run sees the same folder). */
function linkFolder(dir: string, files: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  const present = new Set(readdirSync(dir));
  for (const f of files) if (!present.has(basename(f))) symlinkSync(resolve(f), join(dir, basename(f)));
  return dir;
}

/** The split's source and target folders. */
function split(name: SplitName): { source: string; target: string } {
  const arc1 = taskSet(values.arc, 'arc1');
  if (!arc1) throw new ConfigError(`--arc: no ARC-AGI-1 training folder under ${values.arc}`);
  const dir = join(out, name);
  if (name === 'a')
    return {
      source: linkFolder(
        join(dir, 'source'),
        arc1.files.filter((_, i) => i % 2 === 0),
      ),
      target: linkFolder(
        join(dir, 'target'),
        arc1.files.filter((_, i) => i % 2 === 1),
      ),
    };
  const heldout = taskSet(values.arc, 'heldout');
  if (!heldout) throw new ConfigError(`--arc: no ARC-AGI-2 training folder under ${values.arc}`);
  return {
    source: linkFolder(join(dir, 'source'), arc1.files),
    target: linkFolder(join(dir, 'target'), heldout.files),
  };
}

async function load(folder: string, n: number | null) {
  const loaded = await loadTasks(folder);
  for (const e of loaded.errors) console.error(`skipped ${e.message}`);
  return n === null ? loaded.tasks : loaded.tasks.slice(0, n);
}

async function runSplit(name: SplitName): Promise<string> {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const folders = checked(() => split(name));
  const [source, target] = [
    await load(folders.source, settings.sourceLimit),
    await load(folders.target, settings.targetLimit),
  ];
  const dir = join(out, name, 'experiment');
  const runs = await runTransfer({
    source,
    target,
    labels: { source: folders.source, target: folders.target, model: 'local' },
    // Warm solves get the frozen library's prior and its mined macros; cold ones neither.
    models: ({ seed, budget, prior, concepts }) => ({
      models: [
        createLocalModel({ seed, ...NO_CLOCK, ...(budget ? { budget } : {}), ...(prior ? { prior } : {}), concepts }),
      ],
    }),
    cold: { name: values.preset, strategy: strategies.cold },
    warm: { name: `${values.preset}-lib`, strategy: strategies.warm },
    repeats: settings.repeats,
    seed: settings.seed,
    order: settings.order,
    out: dir,
    library: { uri: join(dir, 'library'), build: true },
    openLibrary: (uri) => openLibrary({ uri, embedder: null }),
    taskConcurrency: settings.taskConcurrency,
    budgets: { wallClock: 'guards far above the step budget', ...NO_CLOCK },
    budgetCurve: budgets,
    resume: existsSync(dir),
    onProgress: (m) => console.error(`[${name}] ${m}`),
  });
  const report = await writeTransferReport(runs);
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  return [
    `== split ${name}: ${source.length} source -> ${target.length} target tasks, budgets ${budgets.join(', ')}`,
    formatTransfer(report),
    `this invocation: ${wallS.toFixed(0)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s CPU (resumed work is not counted again)`,
  ].join('\n');
}

const printed: string[] = [];
for (const name of settings.sets) printed.push(await runSplit(name));
console.log(printed.join('\n\n'));
