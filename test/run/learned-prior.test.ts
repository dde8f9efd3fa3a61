/**
 * The learned prior in the library (real LanceDB on disk): fitted from the perfect traces and
 * stored in the `prior` table, equal to the counts fitted by hand from the same traces, the same
 * after `compact`, refitted after every store of a run, absent in older libraries (which keep
 * working), and a clear error naming the table when it is damaged.
 */
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/evolve/strategy.js';
import {
  LibraryError,
  compactLibrary,
  openLibrary,
  readPriorRows,
  writePriorRows,
  type Library,
} from '../../src/library/index.js';
import { createLocalModel, fitPriorCounts, priorSample, priorTotals } from '../../src/local/index.js';
import {
  PriorLearner,
  libraryPort,
  livePrior,
  loadPrior,
  rebuildPrior,
  summarisePrior,
  withPriorLearning,
} from '../../src/run/index.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { makeTask, solved, tempDir, trace } from '../library/_helpers.js';

const tmp = tempDir('arcmem-prior-');
afterAll(() => tmp.cleanup());
let n = 0;
const fresh = () => openLibrary({ uri: join(tmp.dir, `lib${++n}`), embedder: null });

const FLIP = 'Mirror the grid left to right.';
const TILE = 'Tile the grid 2 times down and 2 times across.';
const recolourTask = makeTask('r1', 'recolor');
const tileTask = makeTask('t1', 'tile');

/** Two tasks: one solved twice, one once; plus an imperfect trace and a prose one, which teach nothing. */
async function filled(): Promise<Library> {
  const lib = await fresh();
  await lib.store(solved(recolourTask, [trace(FLIP), trace(TILE), trace('Paint it nicely.')]));
  await lib.store(solved(tileTask, [trace(TILE), trace(FLIP, { trainPerfect: false })]));
  return lib;
}
const byHand = () => {
  const train = (t: typeof tileTask) => t.train.map((p) => [p.input, p.output] as const);
  return fitPriorCounts([
    priorSample('r', FLIP, train(recolourTask))!,
    priorSample('r', TILE, train(recolourTask))!,
    priorSample('t', TILE, train(tileTask))!,
  ]);
};

describe('the prior table', () => {
  it('is rebuilt from the perfect traces with the counts fitted by hand', async () => {
    const lib = await filled();
    const counts = await rebuildPrior(lib);
    expect(counts).toEqual(byHand());
    expect(priorTotals(counts)).toEqual({ tasks: 2, traces: 3 });
    expect(counts.find((c) => c.kind === 'tile' && c.feature === '*')).toMatchObject({ count: 2, traces: 2 });
    expect(await readPriorRows(lib)).toEqual(counts);
    lib.close();
  });

  it('gives the same counts after compact, and drops its old versions', async () => {
    const lib = await filled();
    const before = await rebuildPrior(lib);
    await rebuildPrior(lib);
    await compactLibrary(lib);
    expect(await rebuildPrior(lib, { compact: true })).toEqual(before);
    expect(await readPriorRows(lib)).toEqual(before);
    const db = await lancedb.connect(lib.uri);
    expect(await (await db.openTable('prior')).listVersions()).toHaveLength(1);
    lib.close();
  });

  it('is absent from a library written before priors: it reads as none learned, and a solve builds it', async () => {
    const lib = await filled();
    expect(await readPriorRows(lib)).toBeNull();
    expect(await summarisePrior(lib, 5)).toEqual({ stored: false, tasks: 0, traces: 0, associations: [] });
    expect(await loadPrior(lib)).toEqual(byHand());
    expect((await summarisePrior(lib, 5)).tasks).toBe(2);
    lib.close();
  });

  it('says which table is damaged and how to rebuild it; the rebuild repairs it', async () => {
    const lib = await filled();
    const db = await lancedb.connect(lib.uri);
    await db.createTable('prior', [{ something: 'else' }]);
    const err = await readPriorRows(lib).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as Error).message).toMatch(
      /library .*: its prior table cannot be read \(no column kind.*\); it only holds counts derived from the traces.*`arcmem library compact`/,
    );
    await rebuildPrior(lib);
    expect(await readPriorRows(lib)).toEqual(byHand());
    lib.close();
  });

  it('forgets traces that were deleted when it refits', async () => {
    const lib = await filled();
    const learner = new PriorLearner(lib);
    expect(priorTotals(await learner.refit())).toEqual({ tasks: 2, traces: 3 });
    await writePriorRows(lib, []);
    const db = await lancedb.connect(lib.uri);
    await (await db.openTable('traces')).delete(`task_id = 't1'`);
    expect(priorTotals(await learner.refit())).toEqual({ tasks: 1, traces: 2 });
    lib.close();
  });
});

describe('a run with the library', () => {
  it('refits and stores the prior after every store, and the live prior follows', async () => {
    const lib = await fresh();
    const live = livePrior();
    const tile = { name: 'tile', args: { ny: 2, nx: 2 } };
    const features = { pairs: 2, sameShape: false, shrinks: false, grows: true, newColours: [], sizeRule: 'x2' };
    expect(live.score(tile, features)).toBe(0);
    const strategy = parseStrategy({ steps: [{ kind: 'generate', n: 2 }] }, 'test');
    const summary = await solveTasks([tileTask, makeTask('t2', 'tile', 2)], {
      out: join(tmp.dir, 'run'),
      strategy,
      models: [createLocalModel({ budget: 3000 })],
      library: withPriorLearning(libraryPort(lib), lib, live),
    });
    expect(summary.train_perfect).toBe(2);
    const stored = (await readPriorRows(lib))!;
    expect(priorTotals(stored).tasks).toBe(2);
    expect(stored).toEqual(await new PriorLearner(lib).refit());
    expect(live.score(tile, features)).toBeGreaterThan(0);
    lib.close();
  });
});
