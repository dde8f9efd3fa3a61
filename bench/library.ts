/**
 * Library benchmark: insert throughput and nearest-neighbour latency (fingerprint cosine, with
 * the same filters retrieval uses) at 10k and 100k traces: exact (brute force) as inserted, then
 * after `compact` (fragments merged; an IVF_FLAT fingerprint index from 5k rows, whose recall
 * against the exact results is reported). Rows are
 * synthetic but use the real schema and API (`Library.add`, `Library.similar`).
 * Targets on a 2-core machine: median < 20 ms at 10k, < 100 ms at 100k.
 * Then retrieval by execution at the first size: every stored step-language program (harvested
 * from the offline search on random tasks, so they parse and run like real ones) is run on a
 * query task's train inputs; target ≤ 1 s per task on one core.
 * And concept mining at the first size, over as many perfect traces of 2-4 steps: a full mining
 * (every perfect trace read and counted), then the incremental one a solve run does after storing
 * one task (only its trace read).
 * Not part of `npm test`: run with `npm run bench:library`.
 *
 *   npm run bench:library -- [--sizes 10000,100000] [--queries 200] [--batch 1000] [--text-vectors]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FINGERPRINT_DIM, type Grid, type Task } from '../src/arc/index.js';
import {
  DEFAULT_EMBED_DIM,
  addEntries,
  compactLibrary,
  openLibrary,
  type Library,
  type TraceEntry,
  libraryReader,
} from '../src/library/index.js';
import { parseProgram, printProgram, search } from '../src/local/index.js';
import { ConceptLearner, libraryPort, withExecutionRetrieval } from '../src/run/index.js';
import { benchArgs } from './_args.js';

const { values } = benchArgs({
  script: 'bench:library',
  about:
    'Library insert throughput and nearest-neighbour latency at each size, exact and after compact (with recall@8); ' +
    'then retrieval by execution and concept mining at the first size.',
  flags: {
    sizes: { type: 'string', default: '10000,100000', arg: '<n,n>', help: 'library sizes measured, in rows' },
    queries: { type: 'string', default: '200', arg: '<n>', help: 'similar() calls timed per size' },
    batch: { type: 'string', default: '1000', arg: '<n>', help: 'rows per insert' },
    'text-vectors': { type: 'boolean', default: false, help: 'store a text vector in every row too' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const queries = Number(values.queries);
const batch = Number(values.batch);

/** Seeded xorshift so every run inserts the same rows. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0xffffffff;
  };
}
const rand = rng(42);
const vector = (n: number) => Array.from({ length: n }, rand);
const grid = (h: number, w: number): Grid =>
  Array.from({ length: h }, () => Array.from({ length: w }, () => Math.floor(rand() * 10)));
const WORDS =
  'fill copy move rotate mirror each object largest color row column border grid cell pattern tile crop'.split(' ');
const sentence = () => Array.from({ length: 12 }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ') + '.';
const taskJson = JSON.stringify({ train: [{ input: grid(6, 6), output: grid(6, 6) }], test: [{ input: grid(6, 6) }] });

/** Distinct step-language programs, from the offline search on random tasks (mostly imperfect ones, as a library's near misses and neighbours are). */
async function harvestPrograms(n: number): Promise<string[]> {
  const out = new Set<string>();
  for (let t = 0; out.size < n && t < 400; t++) {
    const h = 3 + Math.floor(rand() * 6),
      w = 3 + Math.floor(rand() * 6);
    const ins = [grid(h, w), grid(h, w)];
    const found = await search(
      { ins, outs: ins.map((g) => [...g].reverse()), tests: [grid(h, w)] },
      { applications: 20_000 },
    );
    for (const f of found) out.add(printProgram(f.program));
  }
  return [...out];
}
let programs: string[] = [];

function entry(i: number): TraceEntry {
  return {
    id: randomUUID(),
    taskId: `t${Math.floor(i / 3)}`,
    taskHash: (Math.floor(i / 3) + 1).toString(16).padStart(64, '0'),
    dataset: i % 2 ? 'arc-agi-1/training' : 'arc-agi-2/training',
    // Half the rows in the step language (as the offline engine writes), half free text (as a language model does).
    instruction: programs.length && i % 2 === 0 ? programs[(i / 2) % programs.length]! : sentence(),
    step: 'generate',
    stepIndex: 0,
    candidateId: `c${i}`,
    parents: [],
    fitness: 1,
    trainPerfect: i % 10 !== 0,
    testVerified: i % 4 === 0 ? null : i % 3 !== 0,
    nearMiss: i % 10 === 0,
    plannerModel: 'planner',
    repairerModel: 'repairer',
    followerModel: 'follower',
    promptTokens: 20_000,
    completionTokens: 3_000,
    costUsd: 0.02,
    createdAt: new Date().toISOString(),
    seededBy: [],
    taskSource: null,
    taskJson,
    fingerprint: vector(FINGERPRINT_DIM),
    textVector: values['text-vectors'] ? vector(DEFAULT_EMBED_DIM) : null,
    embedModel: values['text-vectors'] ? 'bench' : null,
  };
}

const queryTask = (): Task => ({
  id: `q${rand()}`,
  train: [{ input: grid(5, 5), output: grid(rand() < 0.5 ? 5 : 10, 10) }],
  test: [{ input: grid(5, 5) }],
});
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** Median and p95 latency of `similar` over the query tasks, and the ids each returned. */
async function measure(
  lib: Library,
  tasks: readonly Task[],
): Promise<{ median: number; p95: number; ids: string[][] }> {
  for (const t of tasks.slice(0, 5)) await lib.similar(t, 8); // warm-up
  const times: number[] = [];
  const ids: string[][] = [];
  for (const task of tasks) {
    const q0 = performance.now();
    const hits = await lib.similar(task, 8);
    times.push(performance.now() - q0);
    ids.push(hits.map((h) => h.id));
  }
  return { median: pct(times, 0.5), p95: pct(times, 0.95), ids };
}

const recall = (exact: string[][], got: string[][]) =>
  exact.reduce((s, e, i) => s + e.filter((id) => got[i]!.includes(id)).length / Math.max(1, e.length), 0) /
  exact.length;

console.log(
  `arcmem library benchmark — ${new Date().toISOString()}, ${cpus()[0]?.model ?? 'cpu'} x${availableParallelism()}, Node ${process.version}`,
);
console.log(
  `fingerprint dim ${FINGERPRINT_DIM}, text vectors ${values['text-vectors'] ? DEFAULT_EMBED_DIM : 'none'}, batch ${batch}, ${queries} queries (k=8)`,
);
console.log('rows      insert rows/s   search                        median      p95   recall@8');
const dir = mkdtempSync(join(tmpdir(), 'arcmem-bench-'));
const line = (n: number | string, ins: string, how: string, m: { median: number; p95: number }, rec: string) =>
  console.log(
    `${String(n).padEnd(9)} ${ins.padStart(13)}   ${how.padEnd(26)} ${m.median.toFixed(1).padStart(6)} ms ${m.p95.toFixed(1).padStart(6)} ms   ${rec}`,
  );
/** Retrieval by execution over every stored program: the first task pays for listing and parsing, the rest reuse the cache. */
async function measureExecution(lib: Library, n: number): Promise<void> {
  const port = withExecutionRetrieval(libraryPort(lib), libraryReader(lib));
  const tasks = Array.from({ length: Math.min(queries, 20) }, () => {
    const h = 4 + Math.floor(rand() * 8),
      w = 4 + Math.floor(rand() * 8);
    const ins = [grid(h, w), grid(h, w), grid(h, w)];
    return {
      id: `x${rand()}`,
      train: ins.map((input) => ({ input, output: [...input].reverse() })),
      test: [{ input: grid(h, w) }],
    };
  });
  const f0 = performance.now();
  await port.similar(tasks[0]!, 8);
  const first = performance.now() - f0;
  const times: number[] = [];
  for (const task of tasks.slice(1)) {
    const q0 = performance.now();
    await port.similar(task, 8);
    times.push(performance.now() - q0);
  }
  console.log(
    `${String(n).padEnd(9)} ${''.padStart(13)}   ${'execution (all programs)'.padEnd(26)} ${pct(times, 0.5).toFixed(1).padStart(6)} ms ${pct(times, 0.95).toFixed(1).padStart(6)} ms   first task ${first.toFixed(0)} ms (list + parse), ${n / 2} step-language rows, ${programs.length} distinct`,
  );
}

/** A program of 2-4 steps, each a harvested program's step (the harvest finds one-step programs), seeded. */
function composedProgram(): string {
  const k = 2 + Math.floor(rand() * 3);
  return printProgram(
    Array.from({ length: k }, () => parseProgram(programs[Math.floor(rand() * programs.length)]!)).flat(),
  );
}

/**
 * Mining macros from `n` perfect step-language traces of 2-4 steps (three per task), then again
 * after one more task is stored: the rows each read, and its time.
 */
async function measureMining(n: number): Promise<void> {
  const lib = await openLibrary({ uri: join(dir, `mining-${n}`) });
  for (let i = 0; i < n; i += batch)
    await addEntries(
      lib,
      Array.from({ length: Math.min(batch, n - i) }, (_, j) => ({
        ...entry(i + j),
        instruction: composedProgram(),
        trainPerfect: true,
        nearMiss: false,
      })),
    );
  const learner = new ConceptLearner(lib);
  const f0 = performance.now();
  const macros = await learner.update();
  const full = { ms: performance.now() - f0, read: learner.lastRead };
  await addEntries(lib, [
    { ...entry(n), instruction: composedProgram(), taskHash: 'f'.repeat(64), trainPerfect: true, nearMiss: false },
  ]);
  const i0 = performance.now();
  await learner.update();
  const after = { ms: performance.now() - i0, read: learner.lastRead };
  lib.close();
  console.log(
    `${String(n).padEnd(9)} ${''.padStart(13)}   concept mining: full ${full.ms.toFixed(0)} ms (${full.read} traces read, ${macros.length} macros kept); after one store ${after.ms.toFixed(0)} ms (${after.read} read)`,
  );
}

programs = await harvestPrograms(2000);
try {
  for (const n of sizes) {
    const lib = await openLibrary({ uri: join(dir, `lib-${n}`) });
    const t0 = performance.now();
    for (let i = 0; i < n; i += batch)
      await addEntries(
        lib,
        Array.from({ length: Math.min(batch, n - i) }, (_, j) => entry(i + j)),
      );
    const insertS = (performance.now() - t0) / 1000;
    const tasks = Array.from({ length: queries }, queryTask);
    const brute = await measure(lib, tasks);
    line(n, String(Math.round(n / insertS)), 'exact (as inserted)', brute, 'exact');
    const c0 = performance.now();
    const compacted = await compactLibrary(lib);
    const compactS = ((performance.now() - c0) / 1000).toFixed(1);
    const after = await measure(lib, tasks);
    const how = compacted.fingerprintIndex ? `IVF_FLAT (compact ${compactS} s)` : `exact (compact ${compactS} s)`;
    line('', '', how, after, compacted.fingerprintIndex ? recall(brute.ids, after.ids).toFixed(3) : 'exact');
    if (n === sizes[0]) await measureExecution(lib, n);
    lib.close();
    if (n === sizes[0]) await measureMining(n);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
