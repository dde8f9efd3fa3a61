/**
 * Credit assignment after a real run: the offline engine solves inline tasks seeded from a real
 * library by execution, and each stored trace's counters say how often it was offered and how
 * often it was an ancestor of a perfect and of a verified candidate.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { loadStrategy, parseStrategy } from '../../src/evolve/strategy.js';
import { libraryReader, openLibrary, utilityKey, type Library } from '../../src/library/index.js';
import { createLocalModel } from '../../src/local/index.js';
import { creditOf, libraryPort, solveTasks, withExecutionRetrieval } from '../../src/run/index.js';
import { frozenLibrary } from '../../src/experiment/frozen-library.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';
import { solved, tempDir, trace, use } from '../library/_helpers.js';
import { recolour, ruleTask, stored } from './_rule-tasks.js';

const strategy = (steps: unknown[]) => parseStrategy({ steps }, 'test');

/** The stored rule again on other grids: the stored program solves it. */
const same = ruleTask('same', [
  [
    [5, 5, 1, 0],
    [0, 1, 1, 4],
    [4, 0, 0, 0],
  ],
  [
    [1, 6, 6],
    [6, 0, 0],
  ],
]);
/** Recolouring only: the stored program gets part of it right (so it is offered) but never solves it. */
const recolourOnly = ruleTask(
  'recolour-only',
  [
    [
      [1, 2, 1],
      [3, 3, 3],
      [1, 2, 2],
    ],
    [
      [4, 1, 4],
      [0, 0, 0],
      [4, 1, 1],
    ],
  ],
  recolour,
);

describe('utility counters after a run', () => {
  let tmp: ReturnType<typeof tempDir>;
  let lib: Library;
  let storedId: string;
  beforeEach(async () => {
    tmp = tempDir();
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    const first = await solveTask(stored, createLocalModel({ budget: 20_000 }), {
      strategy: strategy([{ kind: 'generate', n: 1 }]),
    });
    expect(first.trainPerfect).toBe(true);
    await libraryPort(lib).store(stored, first);
    storedId = (await libraryReader(lib).list())[0]!.id;
    // Storing a task that was offered nothing records no counters.
    expect((await lib.utility()).size).toBe(0);
  }, 60_000);
  afterEach(() => {
    lib.close();
    tmp.cleanup();
  });

  it('counts a trace offered to two tasks and ancestor of one perfect, verified candidate', async () => {
    const summary = await solveTasks([recolourOnly, same], {
      out: join(tmp.dir, 'run'),
      strategy: strategy([
        { kind: 'seed', k: 2 },
        { kind: 'generate', n: 1 },
      ]),
      models: [createLocalModel({ budget: 20_000 })],
      library: withExecutionRetrieval(libraryPort(lib), libraryReader(lib)),
      keepOrder: true,
      taskConcurrency: 1,
    });
    expect(summary.train_perfect).toBe(2);
    const counts = await lib.utility({ kind: 'trace' });
    expect(counts.get(utilityKey('trace', storedId))).toMatchObject({
      offered: 2,
      ancestorPerfect: 1,
      ancestorVerified: 1,
    });
    // Every other counter belongs to a trace the first task stored and the second was offered.
    const others = [...counts.values()].filter((c) => c.id !== storedId);
    const firstTasksTraces = (await libraryReader(lib).list({ taskId: 'recolour-only' })).map((e) => e.id);
    expect(others.length).toBeGreaterThan(0);
    for (const c of others) {
      expect(firstTasksTraces).toContain(c.id);
      expect(c).toMatchObject({ offered: 1, ancestorPerfect: 0, ancestorVerified: 0 });
    }
  }, 120_000);

  it('records nothing through a frozen library (the warm side of a transfer experiment)', async () => {
    await solveTasks([same], {
      out: join(tmp.dir, 'frozen'),
      strategy: strategy([{ kind: 'seed', k: 2 }]),
      models: [createLocalModel({ budget: 20_000 })],
      library: withExecutionRetrieval(frozenLibrary(libraryPort(lib)), libraryReader(lib)),
    });
    expect((await lib.utility()).size).toBe(0);
  }, 120_000);
});

describe('utility counters after a run with a language model', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('credits a fingerprint-retrieved seed the follower made perfect (scripted model answers, real library)', async () => {
    const lib = await openLibrary({ uri: join(tmp.dir, 'llm') });
    const port = libraryPort(lib);
    await solveTasks([flipTask('old')], {
      out: join(tmp.dir, 'old'),
      strategy: strategy([{ kind: 'generate', n: 2 }]),
      models: [new ScriptedModel({ plans: [['flip']] })],
      library: port,
    });
    const [flip] = await libraryReader(lib).list();
    await solveTasks([flipTask('new', 2)], {
      out: join(tmp.dir, 'new'),
      strategy: loadStrategy('lite-lib'),
      models: [new ScriptedModel({ plans: [['same']] })],
      library: port,
    });
    expect((await lib.utility()).get(utilityKey('trace', flip!.id))).toMatchObject({
      offered: 1,
      ancestorPerfect: 1,
      ancestorVerified: 1,
    });
    lib.close();
  });
});

describe('creditOf', () => {
  const seeded = (id: string, perfect: boolean, librarySeeds: string[]) => ({ id, perfect, librarySeeds });
  it('credits only offered items, once each, and verified ancestry only through the answered candidate', () => {
    const updates = creditOf({
      taskId: 't',
      startedAt: '2026-01-01T00:00:00.000Z',
      candidates: [seeded('c1', true, ['a']), seeded('c2', true, ['a', 'b']), seeded('c3', false, ['c'])],
      best: 'c1',
      correct: [true],
      libraryHits: ['a', 'b', 'c', 'a'],
    });
    expect(updates).toEqual([
      { kind: 'trace', id: 'a', offered: 1, ancestorPerfect: 1, ancestorVerified: 1 },
      { kind: 'trace', id: 'b', offered: 1, ancestorPerfect: 1, ancestorVerified: 0 },
      { kind: 'trace', id: 'c', offered: 1, ancestorPerfect: 0, ancestorVerified: 0 },
    ]);
    const unknown = creditOf({
      taskId: 't',
      startedAt: 'x',
      candidates: [seeded('c1', true, ['a'])],
      best: 'c1',
      correct: null,
      libraryHits: ['a'],
    });
    expect(unknown[0]!.ancestorVerified).toBe(0);
  });
});

describe('retrieval by execution ranked with utility', () => {
  const tmp = tempDir();
  afterEach(() => tmp.cleanup());

  it('puts a program offered often that never helped after an equally scoring new one', async () => {
    const lib = await openLibrary({ uri: join(tmp.dir, 'exec-rank') });
    // Two orders of the same two steps: both solve `same`, so they score alike.
    const mirrorFirst = '1. Mirror the grid top to bottom.\n2. Recolour colour 1 to colour 7.';
    const recolourFirst = '1. Recolour colour 1 to colour 7.\n2. Mirror the grid top to bottom.';
    await lib.store(solved(stored, [trace(mirrorFirst), trace(recolourFirst)]));
    const retrieve = async () =>
      (await withExecutionRetrieval(libraryPort(lib), libraryReader(lib)).similar(same, 2)).map((h) => h.instruction);
    const before = await retrieve();
    expect(new Set(before)).toEqual(new Set([mirrorFirst, recolourFirst]));
    const firstId = (await libraryReader(lib).list()).find((e) => e.instruction === before[0])!.id;
    await lib.recordUse('o1', [use(firstId, 6)]);
    expect(await retrieve()).toEqual([before[1], before[0]]);
    lib.close();
  });
});
