/**
 * Grid layouts for the search, measured: rows as plain arrays (what `Grid` is), rows as
 * Uint8Array, and one flat Uint8Array per grid. Each layout does the work the search does most
 * with the grids it reaches: build a grid cell by cell (a mirror of another), hash it, compare it
 * with an equal grid; and each reports the bytes a kept grid weighs. Issue 11 asked for typed-array
 * grids for speed; this is the measurement behind the decision (bench/README.md). Not part of
 * `npm test`: `npm run bench:grids`, best run on an idle machine with `--expose-gc` (the script
 * asks for it).
 *
 *   npm run bench:grids -- [--sides 10,20,30] [--grids 2000] [--rounds 7]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fromFn, gridEquals, type Grid } from '../src/arc/grid.js';
import { hashGrid } from '../src/local/search/hash.js';
import { quantile } from '../src/report/stats.js';
import { ConfigError } from '../src/errors.js';
import { benchArgs } from './_args.js';

const { values, checked } = benchArgs({
  script: 'bench:grids',
  about:
    'Grid layouts for the search (rows as arrays, rows as Uint8Array, one flat Uint8Array): ' +
    'nanoseconds to build, hash and compare a grid, and the bytes a kept grid weighs.',
  flags: {
    sides: { type: 'string', default: '10,20,30', arg: '<n,n>', help: 'sides of the square grids measured' },
    grids: { type: 'string', default: '2000', arg: '<n>', help: 'grids per measurement' },
    rounds: { type: 'string', default: '7', arg: '<n>', help: 'timed rounds per measurement; the median is reported' },
    only: {
      type: 'string',
      arg: '<layout>',
      defaultText: 'each layout in a child process of its own',
      help: 'internal: measure only the layout of this name, in this process',
    },
  },
});
const sides = values.sides!.split(',').map(Number);
const count = Number(values.grids);
const rounds = Number(values.rounds);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc: npm run bench:grids (the script passes it)');

/** One layout: how it builds a mirrored copy of a grid, hashes one, compares two. */
interface Layout<G> {
  readonly name: string;
  from(cells: readonly (readonly number[])[]): G;
  mirror(g: G, h: number, w: number): G;
  hash(g: G): number;
  equals(a: G, b: G): boolean;
}

type U8Rows = readonly Uint8Array[];

const arrays: Layout<Grid> = {
  name: 'rows as arrays (today)',
  from: (cells) => cells.map((r) => [...r]),
  mirror: (g, h, w) => fromFn(h, w, (r, c) => g[r]![w - 1 - c]!),
  hash: hashGrid,
  equals: gridEquals,
};

/** hash.ts's 52-bit hash from its two 32-bit chains (the flat layout runs the same chains over its one array). */
const hashOf = (h1: number, h2: number): number => (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);

const u8Rows: Layout<U8Rows> = {
  name: 'rows as Uint8Array',
  from: (cells) => cells.map((r) => Uint8Array.from(r)),
  mirror: (g, h, w) => {
    const out: Uint8Array[] = new Array(h);
    for (let r = 0; r < h; r++) {
      const row = new Uint8Array(w),
        src = g[r]!;
      for (let c = 0; c < w; c++) row[c] = src[w - 1 - c]!;
      out[r] = row;
    }
    return out;
  },
  // The search's own hash and comparison: they only index rows, so they read Uint8Array rows as they are.
  hash: (g) => hashGrid(g as unknown as Grid),
  equals: (a, b) => gridEquals(a as unknown as Grid, b as unknown as Grid),
};

/** One Uint8Array of the cells, row after row, with the grid's width. */
interface Flat {
  readonly w: number;
  readonly cells: Uint8Array;
}

const flat: Layout<Flat> = {
  name: 'one flat Uint8Array',
  from: (cells) => ({ w: cells[0]!.length, cells: Uint8Array.from(cells.flat()) }),
  mirror: (g, h, w) => {
    const out = new Uint8Array(h * w);
    for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) out[r * w + c] = g.cells[r * w + w - 1 - c]!;
    return { w, cells: out };
  },
  hash: ({ w, cells }) => {
    let h1 = 0x811c9dc5 ^ (cells.length / w),
      h2 = 0x1b873593 ^ w;
    for (let start = 0; start < cells.length; start += w) {
      for (let i = start; i < start + w; i++) {
        h1 = Math.imul(h1 ^ cells[i]!, 0x01000193);
        h2 = Math.imul(h2 ^ cells[i]!, 0x5bd1e995) ^ (h2 >>> 13);
      }
      h1 = Math.imul(h1 ^ 0xff, 0x01000193);
    }
    return hashOf(h1, h2);
  },
  equals: (a, b) => {
    if (a.w !== b.w || a.cells.length !== b.cells.length) return false;
    for (let i = 0; i < a.cells.length; i++) if (a.cells[i] !== b.cells[i]) return false;
    return true;
  },
};

/** Grids of one side with varied cells (colours 0-9). */
const sample = (side: number): number[][][] =>
  Array.from({ length: count }, (_, k) =>
    Array.from({ length: side }, (_, r) =>
      Array.from({ length: side }, (_, c) => (r * 7 + c * 3 + k * 13 + r * c) % 10),
    ),
  );

const median = (xs: number[]): number =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );

/** Nanoseconds per grid of `work` over every grid, median of the rounds. */
function nsPerGrid(work: () => number): number {
  work(); // warm up: the optimiser sees the loop before it is timed
  const times: number[] = [];
  let sink = 0;
  for (let k = 0; k < rounds; k++) {
    const t = process.hrtime.bigint();
    sink += work();
    times.push(Number(process.hrtime.bigint() - t) / count);
  }
  if (sink === -1) console.log(sink); // keeps the work observable
  return median(times);
}

/** Heap plus the memory of array buffers (a typed array of more than 64 bytes keeps its cells outside the heap). */
const used = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Collects until the heap and the array buffers stop shrinking (buffers are freed by a sweeper after the collection). */
async function settle(): Promise<number> {
  let last = Infinity;
  for (let k = 0; k < 10; k++) {
    gc!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = used();
    if (now >= last) return now;
    last = now;
  }
  return last;
}

/** Bytes one kept grid weighs in the layout (growth over `count` kept mirrors). */
async function bytesPerGrid<G>(layout: Layout<G>, grids: readonly G[], side: number): Promise<number> {
  const before = await settle();
  const kept = grids.map((g) => layout.mirror(g, side, side));
  return ((await settle()) - before) / kept.length; // `kept` is alive until here
}

async function measure<G>(layout: Layout<G>, side: number, cells: readonly number[][][]): Promise<string[]> {
  const grids = cells.map((c) => layout.from(c));
  const twins = cells.map((c) => layout.from(c));
  const build = nsPerGrid(() => grids.reduce((n, g) => n + (layout.mirror(g, side, side) ? 1 : 0), 0));
  const hash = nsPerGrid(() => grids.reduce((n, g) => n + (layout.hash(g) & 1), 0));
  const equal = nsPerGrid(() => grids.reduce((n, g, i) => n + Number(layout.equals(g, twins[i]!)), 0));
  const bytes = await bytesPerGrid(layout, grids, side);
  return [layout.name, `${side}x${side}`, ...[build, hash, equal].map((x) => x.toFixed(0)), bytes.toFixed(0)];
}

const LAYOUTS = [arrays, u8Rows, flat] as const;

if (values.only !== undefined) {
  // One layout in this process: the optimiser never sees another layout's call sites.
  const layout = checked(() => {
    const named = LAYOUTS.find((l) => l.name === values.only);
    if (!named) throw new ConfigError(`--only: unknown layout '${values.only}'`);
    return named;
  });
  for (const side of sides) console.log(JSON.stringify(await measure(layout as Layout<unknown>, side, sample(side))));
} else {
  const header = ['layout', 'grid', 'build ns', 'hash ns', 'equal ns', 'bytes kept'];
  const rows: string[][] = [];
  for (const layout of LAYOUTS) {
    const out = execFileSync(
      process.execPath,
      [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--only', layout.name],
      { encoding: 'utf8' },
    );
    rows.push(
      ...out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as string[]),
    );
  }
  rows.sort((a, b) => parseInt(a[1]!) - parseInt(b[1]!));
  console.log(
    `${count} grids per measurement, median of ${rounds} rounds, one process per layout, Node ${process.version}`,
  );
  for (const r of [header, header.map(() => '---'), ...rows]) console.log(`| ${r.join(' | ')} |`);
}
