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
import { parseArgs } from 'node:util';
import { loadTasks } from '../src/arc/load.js';
import { formatTransfer } from '../src/cli/commands/transfer.js';
import { loadStrategy } from '../src/evolve/strategy.js';
import { runTransfer } from '../src/experiment/transfer.js';
import { openLibrary } from '../src/library/index.js';
import { createLocalModel } from '../src/local/index.js';
import { writeTransferReport } from '../src/report/index.js';
import { taskSet } from './_local-sets.js';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'a,b' },
    arc: { type: 'string', default: process.env.ARC_DIR ?? '../shared/arc' },
    budgets: { type: 'string', default: '3000,10000,30000,100000' },
    'source-limit': { type: 'string' },
    'target-limit': { type: 'string' },
    repeats: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    preset: { type: 'string', default: 'lite' },
    order: { type: 'string', default: 'random' },
    'task-concurrency': { type: 'string', default: '2' },
    out: { type: 'string', default: 'runs/transfer-curve' },
  },
});

const int = (flag: string, v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a positive whole number, got ${v}`);
  return n;
};
const budgets = values.budgets.split(',').map((b) => int('budgets', b.trim()));
const limit = (flag: 'source-limit' | 'target-limit'): number | null =>
  values[flag] === undefined ? null : int(flag, values[flag]);
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
function split(name: string): { source: string; target: string } {
  const arc1 = taskSet(values.arc, 'arc1');
  if (!arc1) throw new Error(`no ARC-AGI-1 training folder under ${values.arc}: pass --arc <folder>`);
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
  if (name === 'b') {
    const heldout = taskSet(values.arc, 'heldout');
    if (!heldout) throw new Error(`no ARC-AGI-2 training folder under ${values.arc}`);
    return {
      source: linkFolder(join(dir, 'source'), arc1.files),
      target: linkFolder(join(dir, 'target'), heldout.files),
    };
  }
  throw new Error(`unknown split '${name}': use a or b`);
}

async function load(folder: string, n: number | null) {
  const loaded = await loadTasks(folder);
  for (const e of loaded.errors) console.error(`skipped ${e.message}`);
  return n === null ? loaded.tasks : loaded.tasks.slice(0, n);
}

async function runSplit(name: string): Promise<string> {
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const folders = split(name);
  const [source, target] = [
    await load(folders.source, limit('source-limit')),
    await load(folders.target, limit('target-limit')),
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
    cold: { name: values.preset, strategy: loadStrategy(values.preset) },
    warm: { name: `${values.preset}-lib`, strategy: loadStrategy(`${values.preset}-lib`) },
    repeats: int('repeats', values.repeats),
    seed: int('seed', values.seed),
    order: values.order as 'random' | 'curriculum' | 'given',
    out: dir,
    library: { uri: join(dir, 'library'), build: true },
    openLibrary: (uri) => openLibrary({ uri, embedder: null }),
    taskConcurrency: int('task-concurrency', values['task-concurrency']),
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
for (const name of values.sets.split(',').map((s) => s.trim())) printed.push(await runSplit(name));
console.log(printed.join('\n\n'));
