import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FINGERPRINT_DIM, fingerprint, taskHash } from '../../src/arc/index.js';
import { libraryReader, openLibrary, type Library, type LibraryReader } from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

describe('storing a finished task', () => {
  let tmp: ReturnType<typeof tempDir>;
  let lib: Library;
  let reader: LibraryReader;
  const options = { dataset: 'unit/set' };
  beforeEach(async () => {
    tmp = tempDir();
    lib = await openLibrary({ uri: tmp.dir });
    reader = libraryReader(lib);
  });
  afterEach(() => {
    lib.close();
    tmp.cleanup();
  });

  it('writes every perfect candidate and reads each field back', async () => {
    const task = makeTask('t1', 'recolor', 1, '/data/arc-agi-1/training/t1.json');
    const a = trace('Recolor every blue cell red.', {
      stepIndex: 2,
      step: 'revise',
      parents: ['c0'],
      seededBy: ['lib-1'],
      fitness: 1,
    });
    const b = trace('Swap blue for red everywhere.');
    const finished = solved(task, [a, b, trace('Do nothing.', { trainPerfect: false })], {
      bestCandidateId: a.candidateId,
    });
    expect(await lib.store(finished, options)).toBe(2);

    const [first] = await reader.list({ taskId: 't1' }).then((es) => es.filter((e) => e.candidateId === a.candidateId));
    const entry = await reader.get(first!.id);
    expect(entry).toMatchObject({
      taskId: 't1',
      taskHash: taskHash(task),
      dataset: 'unit/set',
      instruction: 'Recolor every blue cell red.',
      step: 'revise',
      stepIndex: 2,
      candidateId: a.candidateId,
      parents: ['c0'],
      fitness: 1,
      trainPerfect: true,
      testVerified: true,
      nearMiss: false,
      plannerModel: 'planner-x',
      repairerModel: 'repairer-y',
      followerModel: 'follower-z',
      promptTokens: 1200,
      completionTokens: 300,
      costUsd: 0.0123,
      seededBy: ['lib-1'],
      taskSource: '/data/arc-agi-1/training/t1.json',
      textVector: null,
      embedModel: null,
    });
    expect(Date.parse(entry!.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(entry!.fingerprint).toHaveLength(FINGERPRINT_DIM);
    entry!.fingerprint.forEach((v, i) => expect(v).toBeCloseTo(fingerprint(task)[i]!, 5));
    expect(JSON.parse(entry!.taskJson!)).toEqual({ train: task.train, test: task.test });
    const other = (await reader.list({ taskId: 't1' })).find((e) => e.candidateId === b.candidateId);
    expect(other!.testVerified).toBeNull();
  });

  it('deduplicates by normalised text, within a record and against rows already stored', async () => {
    const task = makeTask('t2', 'tile');
    const rec = solved(task, [trace('Tile the grid  twice.'), trace('tile the grid twice')]);
    expect(await lib.store(rec, options)).toBe(1);
    expect(
      await lib.store(
        solved(task, [trace('TILE the grid twice..'), trace('Repeat the input in a 2x2 block.')]),
        options,
      ),
    ).toBe(1);
    expect((await reader.list({ taskId: 't2' })).map((e) => e.instruction).sort()).toEqual([
      'Repeat the input in a 2x2 block.',
      'Tile the grid  twice.',
    ]);
  });

  it.each([
    { storeNearMisses: false, expected: 0 },
    { storeNearMisses: true, expected: 1 },
  ])(
    'stores the best imperfect candidate of an unsolved task only with storeNearMisses=$storeNearMisses',
    async ({ storeNearMisses, expected }) => {
      const task = makeTask('t3', 'crop', 1, '/x/arc-agi-2/evaluation/t3.json');
      const rec = solved(task, [
        trace('Keep the corner.', { trainPerfect: false, fitness: 0.8 }),
        trace('Keep all.', { trainPerfect: false, fitness: 0.3 }),
      ]);
      expect(await lib.store(rec, { storeNearMisses })).toBe(expected);
      const rows = await reader.list({ taskId: 't3' });
      expect(rows).toHaveLength(expected);
      if (expected)
        expect(rows[0]).toMatchObject({
          instruction: 'Keep the corner.',
          nearMiss: true,
          trainPerfect: false,
          dataset: 'arc-agi-2/evaluation',
        });
    },
  );
});

describe('library locations', () => {
  it('accepts a file:// URI like a folder path (object-store URIs go the same way to LanceDB)', async () => {
    const tmp = tempDir();
    const viaUri = await openLibrary({ uri: `file://${tmp.dir}/lib` });
    expect(await viaUri.store(solved(makeTask('u1', 'crop'), [trace('Keep the corner.')]))).toBe(1);
    expect((await libraryReader(viaUri).stats()).sizeBytes).toBeGreaterThan(0);
    viaUri.close();
    const viaPath = await openLibrary({ uri: `${tmp.dir}/lib` });
    expect((await libraryReader(viaPath).list()).map((e) => e.instruction)).toEqual(['Keep the corner.']);
    viaPath.close();
    tmp.cleanup();
  });
});
