/**
 * The offline engine on the official ARC training sets, through the real evolution pipeline
 * (solveTask with a bundled preset and createLocalModel), one child process per core.
 * Reports pass@2 per task, share train-perfect, median/p95 seconds per task, peak RSS, and
 * writes the solved task ids. Not part of `npm test`: run with `npm run bench:local`.
 *
 *   npm run bench:local -- [--sets arc1,arc2] [--limit N] [--workers 2] [--preset ettc]
 *                          [--plan-ms 3000] [--task-timeout 60] [--out bench/out]
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadTask } from '../src/arc/load.js';
import { loadStrategy, solveTask } from '../src/evolve/index.js';
import { createLocalModel } from '../src/local/index.js';

const { values } = parseArgs({
  options: {
    sets: { type: 'string', default: 'arc1,arc2' },
    limit: { type: 'string' },
    workers: { type: 'string', default: String(Math.min(2, cpus().length)) },
    preset: { type: 'string', default: 'ettc' },
    'plan-ms': { type: 'string', default: '3000' },
    'task-timeout': { type: 'string', default: '60' },
    out: { type: 'string', default: 'bench/out' },
    worker: { type: 'boolean', default: false },
  },
});
const SETS: Record<string, string> = {
  arc1: '../shared/arc/arc-agi-1/training',
  arc2: '../shared/arc/arc-agi-2/training',
};

interface Result { id: string; solved: boolean; trainPerfect: boolean; seconds: number; rssMb: number; error?: string }

/** Child mode: solve each task file the parent sends, answer with a Result. */
function worker(): void {
  const model = createLocalModel({ planTimeMs: Number(values['plan-ms']) });
  const strategy = loadStrategy(values.preset!);
  process.on('message', async (file: string) => {
    if (!file) process.exit(0);
    const started = performance.now();
    const task = await loadTask(file);
    let r: Omit<Result, 'seconds' | 'rssMb'>;
    try {
      const record = await solveTask(task, model, { strategy, signal: AbortSignal.timeout(Number(values['task-timeout']) * 1000) });
      r = { id: task.id, solved: !!record.correct?.every(Boolean), trainPerfect: record.trainPerfect };
    } catch (err) {
      r = { id: task.id, solved: false, trainPerfect: false, error: String(err) };
    }
    process.send!({ ...r, seconds: (performance.now() - started) / 1000, rssMb: process.memoryUsage().rss / 2 ** 20 } satisfies Result);
  });
}

/** Runs the files over `n` child processes, each taking the next file when it finishes one. */
async function runAll(files: readonly string[], n: number): Promise<Result[]> {
  const results: Result[] = [];
  let next = 0;
  const script = fileURLToPath(import.meta.url);
  const args = ['--worker', '--preset', values.preset!, '--plan-ms', values['plan-ms']!, '--task-timeout', values['task-timeout']!];
  await Promise.all(Array.from({ length: Math.max(1, n) }, () => new Promise<void>((done) => {
    const child = fork(script, args, { execArgv: process.execArgv });
    const feed = () => child.send(next < files.length ? files[next++]! : '');
    child.on('message', (r: Result) => { results.push(r); process.stderr.write(r.solved ? '+' : r.trainPerfect ? '~' : '.'); feed(); });
    child.on('exit', () => done());
    feed();
  })));
  process.stderr.write('\n');
  return results.sort((a, b) => a.id.localeCompare(b.id));
}

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

async function main(): Promise<void> {
  const outDir = resolve(values.out!);
  mkdirSync(outDir, { recursive: true });
  for (const name of values.sets!.split(',')) {
    const dir = SETS[name];
    if (!dir || !existsSync(dir)) { console.log(`${name}: skipped (${dir ?? 'unknown set'} not found)`); continue; }
    const all = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
    const files = values.limit ? all.slice(0, Number(values.limit)) : all;
    const t0 = performance.now();
    const results = await runAll(files, Number(values.workers));
    const wall = (performance.now() - t0) / 1000;
    const solved = results.filter((r) => r.solved).map((r) => r.id);
    const summary = {
      set: name, tasks: results.length, preset: values.preset, planMs: Number(values['plan-ms']), workers: Number(values.workers),
      pass2: solved.length / results.length,
      trainPerfect: results.filter((r) => r.trainPerfect).length / results.length,
      medianS: quantile(results.map((r) => r.seconds), 0.5), p95S: quantile(results.map((r) => r.seconds), 0.95),
      peakRssMb: Math.max(...results.map((r) => r.rssMb)), wallS: wall, errors: results.filter((r) => r.error).length, solved,
    };
    writeFileSync(join(outDir, `local-${name}.json`), JSON.stringify({ ...summary, results }, null, 2));
    console.log(
      `${name}: pass@2 ${(100 * summary.pass2).toFixed(1)}% (${solved.length}/${results.length}), train-perfect ${(100 * summary.trainPerfect).toFixed(1)}%, ` +
        `median ${summary.medianS.toFixed(2)} s, p95 ${summary.p95S.toFixed(2)} s, peak RSS ${summary.peakRssMb.toFixed(0)} MB per worker, ` +
        `wall ${wall.toFixed(0)} s, errors ${summary.errors}; solved ids in ${join(values.out!, `local-${name}.json`)}`,
    );
  }
}

if (values.worker) worker();
else await main();
