/**
 * The offline engine on the official ARC training sets, through the real evolution pipeline
 * (solveTask with a bundled preset and createLocalModel), one child process per core.
 * Reports pass@2 per task, share train-perfect, median/p95 seconds per task, peak RSS, and
 * writes the solved task ids. Not part of `npm test`: run with `npm run bench:local`.
 *
 * The search is bounded by step applications (--budget per plan call, --revise-budget per revise
 * call), not by the clock, so the score does not depend on how busy the machine is; the wall-clock
 * limits are set high and only guard against runaway tasks. Seconds per task are reported both as
 * CPU time of the worker (what an idle core would take) and as wall time under the observed load.
 *
 * Sets: arc1 (ARC-AGI-1 training), heldout (ARC-AGI-2 training tasks whose ids are in neither
 * ARC-AGI-1 set, computed from the folders), arc2 (all of ARC-AGI-2 training), and the evaluation
 * sets arc1eval and arc2eval where the folder holds them (`arcmem data fetch` puts all four
 * folders under data/: `npm run bench:local -- --arc data --sets arc1eval`).
 *
 *   npm run bench:local -- [--sets arc1,heldout] [--arc ../shared/arc] [--effort default|deep]
 *                          [--limit N] [--ids id,id,...] [--workers 2] [--preset ettc] [--budget N]
 *                          [--revise-budget N] [--out runs/bench-local] [--against DIR]
 *
 * --ids keeps only the named tasks of each set (development on a list of training failures).
 *
 * --hold-back-pair measures whether the attempt choice generalises using the training tasks alone:
 * each task's last train pair becomes its only test pair and the search sees the other train
 * pairs (the real test pairs are never shown). Tasks with fewer than three train pairs are skipped
 * and counted as such. The report prints train-perfect (on the kept pairs) against right on the
 * held-back pair, lists the over-fitting tasks (train-perfect, held-back pair wrong), and writes
 * `<out>/local-<set>-<effort>-held-back.jsonl` and `.json`.
 *
 * --against DIR compares each set's results, task by task, with those of an earlier run written to
 * DIR (its `.jsonl` of the same set, effort and hold-back): gained and lost tasks, train-perfect
 * changes, and CPU on the tasks both ran. `npm run bench:compare` does the same for two files.
 */
import { fork } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTask } from '../src/arc/load.js';
import type { Task } from '../src/arc/task.js';
import { loadStrategy, solveTask, type Model, type Strategy } from '../src/evolve/index.js';
import { createLocalModel, type Effort } from '../src/local/index.js';
import { arcFlag, icecuberReference, SET_NAMES, taskSet } from './_local-sets.js';
import { compareRuns, describeComparison, readRun } from './_compare.js';
import { HOLD_BACK_MIN_TRAIN, holdBackLastPair } from './_hold-back.js';
import { benchArgs } from './_args.js';

const { values, checked } = benchArgs({
  script: 'bench:local',
  about:
    'pass@2 of the offline engine on the official ARC training sets, through the real evolution pipeline, ' +
    'with the share train-perfect, CPU and wall seconds per task and peak RSS.',
  flags: {
    sets: {
      type: 'string',
      default: 'arc1,heldout',
      arg: '<a,b>',
      help: `task sets: ${Object.entries(SET_NAMES)
        .map(([name, what]) => `${name} (${what})`)
        .join(', ')}`,
    },
    arc: arcFlag(),
    effort: {
      type: 'string',
      default: 'default',
      arg: '<effort>',
      help: "the offline engine's effort: default or deep",
    },
    limit: { type: 'string', arg: '<n>', defaultText: 'all', help: 'run only the first n tasks of each set' },
    ids: { type: 'string', arg: '<id,id>', defaultText: 'all', help: 'run only the named tasks of each set' },
    workers: {
      type: 'string',
      default: String(Math.min(2, cpus().length)),
      arg: '<n>',
      defaultText: 'the cores, at most 2',
      help: 'child processes solving tasks',
    },
    preset: { type: 'string', default: 'ettc', arg: '<preset>', help: 'strategy preset, or a strategy file' },
    budget: { type: 'string', arg: '<n>', defaultText: "the effort's", help: 'step applications per plan call' },
    'revise-budget': {
      type: 'string',
      arg: '<n>',
      defaultText: "the effort's",
      help: 'step applications per revise call',
    },
    'task-timeout': {
      type: 'string',
      default: '300',
      arg: '<seconds>',
      help: 'wall-clock guard per task; the step budgets bound the search',
    },
    out: {
      type: 'string',
      default: 'runs/bench-local',
      arg: '<dir>',
      help: 'folder of the results, .jsonl and .json per set',
    },
    'hold-back-pair': {
      type: 'boolean',
      default: false,
      help: "hold back each task's last train pair as its only test pair; tasks with fewer than 3 train pairs are skipped",
    },
    against: {
      type: 'string',
      arg: '<dir>',
      defaultText: 'none',
      help: "compare each set, task by task, with an earlier run's results in this folder",
    },
    worker: { type: 'boolean', default: false, help: 'internal: solve the task files the parent process sends' },
  },
});

interface Result {
  id: string;
  solved: boolean;
  /** Share of the task's test outputs right in one of the two attempts. */
  score: number;
  trainPerfect: boolean;
  seconds: number;
  cpuSeconds: number;
  rssMb: number;
  error?: string;
  /** With --hold-back-pair: the task had too few train pairs to hold one back, so it was not run. */
  skipped?: boolean;
}

type Outcome = Omit<Result, 'seconds' | 'cpuSeconds' | 'rssMb'>;

/** One task through the pipeline: whether its test outputs are right, and whether a candidate fits every train pair. */
async function solveOne(task: Task, model: Model, strategy: Strategy): Promise<Outcome> {
  try {
    const record = await solveTask(task, model, {
      strategy,
      signal: AbortSignal.timeout(Number(values['task-timeout']) * 1000),
    });
    const correct = record.correct ?? [];
    return {
      id: task.id,
      solved: correct.length > 0 && correct.every(Boolean),
      score: correct.length ? correct.filter(Boolean).length / correct.length : 0,
      trainPerfect: record.trainPerfect,
    };
  } catch (err) {
    return { id: task.id, solved: false, score: 0, trainPerfect: false, error: String(err) };
  }
}

/** Child mode: solve each task file the parent sends, answer with a Result. */
function worker(): void {
  const model = createLocalModel({
    effort: values.effort as Effort,
    ...(values.budget ? { budget: Number(values.budget) } : {}),
    ...(values['revise-budget'] ? { reviseApplications: Number(values['revise-budget']) } : {}),
    planTimeMs: 120_000,
    reviseTimeMs: 30_000,
    taskTimeMs: 240_000,
  });
  const strategy = loadStrategy(values.preset!);
  process.on('message', async (file: string) => {
    if (!file) process.exit(0);
    const started = performance.now(),
      cpu0 = process.cpuUsage();
    const loaded = await loadTask(file);
    const task = values['hold-back-pair'] ? holdBackLastPair(loaded) : loaded;
    const r = task
      ? await solveOne(task, model, strategy)
      : { id: loaded.id, solved: false, score: 0, trainPerfect: false, skipped: true };
    const cpu = process.cpuUsage(cpu0);
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    process.send!({
      ...r,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      rssMb,
    } satisfies Result);
  });
}

/** Runs the files over `n` child processes, each taking the next file when it finishes one; each result is also appended to `log` as it comes, so a stopped run keeps them. */
async function runAll(files: readonly string[], n: number, log: string): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const script = fileURLToPath(import.meta.url);
  const args = [
    '--worker',
    '--preset',
    values.preset!,
    '--effort',
    values.effort!,
    '--task-timeout',
    values['task-timeout']!,
  ];
  if (values.budget) args.push('--budget', values.budget);
  if (values['hold-back-pair']) args.push('--hold-back-pair');
  if (values['revise-budget']) args.push('--revise-budget', values['revise-budget']);
  await Promise.all(
    Array.from(
      { length: Math.max(1, n) },
      () =>
        new Promise<void>((done) => {
          const child = fork(script, args, { execArgv: process.execArgv });
          const feed = () => child.send(next < files.length ? files[next++]! : '');
          child.on('message', (r: Result) => {
            results.push(r);
            appendFileSync(log, JSON.stringify(r) + '\n');
            process.stderr.write(r.skipped ? 's' : r.solved ? '+' : r.trainPerfect ? '~' : '.');
            feed();
          });
          child.on('exit', () => done());
          feed();
        }),
    ),
  );
  process.stderr.write('\n');
  return results.sort((a, b) => a.id.localeCompare(b.id));
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function main(): Promise<void> {
  checked(() => loadStrategy(values.preset!), '--preset'); // told once here, not by each worker's stack trace
  const names = values.sets!.split(',').map((s) => s.trim());
  const sets = checked(() => names.map((name) => taskSet(values.arc!, name)), '--sets');
  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  const reference = icecuberReference(values.arc!);
  const heldBack = values['hold-back-pair']!;
  for (const [k, name] of names.entries()) {
    const set = sets[k];
    if (!set) {
      console.log(
        `${name}: skipped (its folders are not under ${values.arc}; fetch the official sets into data/ with ` +
          '`arcmem data fetch` (read by default where there is no ../shared/arc), or pass --arc or set ARC_DIR)',
      );
      continue;
    }
    const wanted = values.ids ? new Set(values.ids.split(',').map((id) => id.trim())) : undefined;
    const all = wanted ? set.files.filter((f) => wanted.has(basename(f, '.json'))) : set.files;
    const files = values.limit ? all.slice(0, Number(values.limit)) : all;
    const t0 = performance.now(),
      load0 = loadavg()[0]!;
    const stem = `local-${name}-${values.effort}${heldBack ? '-held-back' : ''}`;
    const log = join(outDir, `${stem}.jsonl`);
    writeFileSync(log, '');
    const ran = await runAll(files, Number(values.workers), log);
    const wall = (performance.now() - t0) / 1000;
    const skipped = ran.filter((r) => r.skipped).map((r) => r.id);
    const results = ran.filter((r) => !r.skipped);
    const solved = results.filter((r) => r.solved).map((r) => r.id);
    const overfit = results.filter((r) => r.trainPerfect && !r.solved).map((r) => r.id);
    const summary = {
      set: name,
      heldBackPair: heldBack,
      tasks: results.length,
      skipped,
      preset: values.preset,
      effort: values.effort,
      budget: values.budget ? Number(values.budget) : null,
      reviseBudget: values['revise-budget'] ? Number(values['revise-budget']) : null,
      workers: Number(values.workers),
      loadAverage: [load0, loadavg()[0]!],
      pass2: solved.length / results.length,
      perTaskScore: results.reduce((s, r) => s + r.score, 0) / results.length,
      trainPerfect: results.filter((r) => r.trainPerfect).length / results.length,
      medianCpuS: quantile(
        results.map((r) => r.cpuSeconds),
        0.5,
      ),
      p95CpuS: quantile(
        results.map((r) => r.cpuSeconds),
        0.95,
      ),
      medianS: quantile(
        results.map((r) => r.seconds),
        0.5,
      ),
      p95S: quantile(
        results.map((r) => r.seconds),
        0.95,
      ),
      peakRssMb: Math.max(...results.map((r) => r.rssMb)),
      wallS: wall,
      errors: results.filter((r) => r.error).length,
      solved,
      overfit,
    };
    writeFileSync(join(outDir, `${stem}.json`), JSON.stringify({ ...summary, results }, null, 2));
    if (heldBack) {
      const perfect = results.filter((r) => r.trainPerfect).length;
      console.log(
        `${name}, last train pair held back: ${results.length} tasks run, ${skipped.length} skipped (fewer than ${HOLD_BACK_MIN_TRAIN} train pairs); ` +
          `train-perfect on the kept pairs ${perfect} (${(100 * summary.trainPerfect).toFixed(1)}%), right on the held-back pair ${solved.length} ` +
          `(${(100 * summary.pass2).toFixed(1)}%); train-perfect but wrong on the held-back pair (over-fitting) ${overfit.length}: ${overfit.join(' ')}`,
      );
    }
    console.log(
      `${name}${heldBack ? ' held back' : ''} (${values.effort} effort): pass@2 ${(100 * summary.pass2).toFixed(1)}% (${solved.length}/${results.length}; per-task score ${(100 * summary.perTaskScore).toFixed(2)}%), train-perfect ${(100 * summary.trainPerfect).toFixed(1)}%, ` +
        `CPU s/task median ${summary.medianCpuS.toFixed(2)} p95 ${summary.p95CpuS.toFixed(2)}, wall s/task median ${summary.medianS.toFixed(2)} p95 ${summary.p95S.toFixed(2)} ` +
        `(load ${load0.toFixed(1)}→${loadavg()[0]!.toFixed(1)}), peak RSS ${summary.peakRssMb.toFixed(0)} MB per worker, ` +
        `wall ${wall.toFixed(0)} s, errors ${summary.errors}; solved ids in ${join(values.out!, `${stem}.json`)}`,
    );
    if (reference[name] && !heldBack) console.log(`${name} reference, icecuber depth 2: ${reference[name]}`);
    if (values.against) {
      const earlier = join(values.against, `${stem}.jsonl`);
      if (!existsSync(earlier)) console.log(`against: ${earlier} does not exist, so ${name} was not compared`);
      else console.log(describeComparison(compareRuns(readRun(earlier), ran), [earlier, log]).join('\n'));
    }
  }
}

if (values.worker) worker();
else await main();
