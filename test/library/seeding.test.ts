/**
 * The real library under the evolution loop and the run: a trace stored by one task seeds a
 * similar task, is scored, can win, and the attribution survives into the stored rows.
 * Only the model's answers are scripted (test/evolve/_scripted.ts).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import { libraryReader, openLibrary, type Library, type LibraryReader } from '../../src/library/index.js';
import { libraryPort, solveTasks, type RunLibrary } from '../../src/run/index.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';
import { tempDir } from './_helpers.js';

const strategy = (steps: unknown[]) => parseStrategy({ steps }, 'test');
const plain = strategy([{ kind: 'generate', n: 2 }]);
const seeded = strategy([
  { kind: 'seed', k: 3 },
  { kind: 'generate', n: 2 },
]);

/** Another left-right mirror task: different grids, same structure. */
function otherFlipTask(id = 'other-flip'): Task {
  const flip = (g: Grid): Grid => g.map((r) => [...r].reverse());
  const inputs: Grid[] = [
    [
      [6, 0, 1],
      [0, 0, 2],
    ],
    [
      [0, 9],
      [9, 4],
    ],
    [[3, 3, 0, 5]],
  ];
  return {
    id,
    train: inputs.map((input) => ({ input, output: flip(input) })),
    test: [{ input: [[1, 2]], output: [[2, 1]] }],
  };
}

describe('seeding from the real library', () => {
  let tmp: ReturnType<typeof tempDir>;
  let lib: Library;
  let port: RunLibrary;
  let reader: LibraryReader;
  beforeEach(async () => {
    tmp = tempDir();
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    port = libraryPort(lib);
    reader = libraryReader(lib);
    // A first task solved from scratch: its winning instruction goes into the library.
    const first = await solveTask(flipTask(), new ScriptedModel({ plans: [['flip the grid', 'same']] }), {
      strategy: plain,
      library: port,
    });
    expect(first.trainPerfect).toBe(true);
    expect(await port.store(flipTask(), first)).toBe(1);
  });
  afterEach(() => {
    lib.close();
    tmp.cleanup();
  });

  it('scores a retrieved trace as a candidate that wins, and records the attribution in the next row', async () => {
    const [entry] = await reader.list();
    const model = new ScriptedModel({ plans: [['same', 'crop']] });
    const rec = await solveTask(otherFlipTask(), model, { strategy: seeded, library: port });
    const seed = rec.candidates.find((c) => c.step === 'seed')!;
    expect(seed).toMatchObject({ instruction: 'flip the grid', perfect: true, librarySeeds: [entry!.id] });
    expect(rec.best).toBe(seed.id);
    expect(rec).toMatchObject({ viaLibrary: true, libraryHits: [entry!.id], trainPerfect: true, correct: [true] });
    expect(rec.seedFollowerCalls).toBe(3);

    expect(await port.store(otherFlipTask(), rec)).toBe(1);
    const child = (await reader.list({ taskId: 'other-flip' }))[0]!;
    expect(child.seededBy).toEqual([entry!.id]);
    expect((await reader.seededBy(entry!.id)).map((e) => e.id)).toEqual([child.id]);
    expect((await reader.lineage(child.id))!.seeds.map((e) => e.id)).toEqual([entry!.id]);
  });

  it('never seeds a task with its own traces unless reuseSolved', async () => {
    const rec = await solveTask(flipTask(), new ScriptedModel({ plans: [['same']] }), {
      strategy: seeded,
      library: port,
    });
    expect(rec.libraryHits).toEqual([]);
    const reuse = libraryPort(lib, { reuseSolved: true });
    const again = await solveTask(flipTask(), new ScriptedModel({ plans: [['same']] }), {
      strategy: seeded,
      library: reuse,
    });
    expect(again.libraryHits).toHaveLength(1);
  });

  it('with reuseSolved, a renamed copy of a solved task is answered from the library with zero planner calls', async () => {
    const reuse = libraryPort(lib, { reuseSolved: true });
    const model = new ScriptedModel({ plans: [['same']] });
    const rec = await solveTask({ ...flipTask(), id: 'renamed-copy' }, model, {
      strategy: plain,
      library: reuse,
      reuseSolved: true,
    });
    expect(model.calls('plan')).toHaveLength(0);
    expect(rec.calls.planner).toBe(0);
    expect(rec).toMatchObject({ trainPerfect: true, viaLibrary: true, correct: [true] });
  });

  it('a run stores each finished task, so a later task in the same run is seeded by an earlier one', async () => {
    const summary = await solveTasks([otherFlipTask('second')], {
      out: join(tmp.dir, 'run'),
      strategy: seeded,
      models: [new ScriptedModel({ plans: [['same']] })],
      library: port,
    });
    expect(summary).toMatchObject({ tasks: 1 });
    const rows = await reader.list({ taskId: 'second' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.seededBy).toHaveLength(1);
  });
});
