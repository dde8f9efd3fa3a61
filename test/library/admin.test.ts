import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/embed/index.js';
import { ConfigError } from '../../src/errors.js';
import { LibraryError, openLibrary, type Library } from '../../src/library/index.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { candidate, makeRecord, makeTask, tempDir } from './_helpers.js';

const models = (follower: string) => ({ models: { planner: 'p1', repairer: 'p1', follower } });

describe('library upkeep', () => {
  const tmp = tempDir();
  const uri = join(tmp.dir, 'lib');
  let lib: Library;
  let seedId: string;
  beforeAll(async () => {
    lib = await openLibrary({ uri, dataset: 'set-a' });
    await lib.store(makeTask('a', 'tile'), makeRecord('a', [candidate('Tile the grid twice in each direction.')], models('f1')));
    seedId = (await lib.list())[0]!.id;
    await lib.store(makeTask('b', 'crop'), makeRecord('b', [candidate('Keep the top left corner.', { librarySeeds: [seedId] })], { ...models('f2'), correct: [false] }));
    const other = await openLibrary({ uri, dataset: 'set-b' });
    await other.store(makeTask('c', 'recolor'), makeRecord('c', [candidate('Recolor blue cells red.')], { ...models('f1'), correct: null }));
    other.close();
  });
  afterAll(() => {
    lib.close();
    tmp.cleanup();
  });

  it('counts entries, tasks, datasets, models, verification and size', async () => {
    const s = await lib.stats();
    expect(s).toMatchObject({
      entries: 3,
      tasks: 3,
      datasets: { 'set-a': 2, 'set-b': 1 },
      models: { p1: 3, f1: 2, f2: 1 },
      verified: 1,
      verificationKnown: 2,
      embedModels: { none: 3 },
      schemaVersion: 1,
    });
    expect(s.verifiedShare).toBeCloseTo(1 / 3);
    expect(s.sizeBytes).toBeGreaterThan(1000);
  });

  it('finds instructions by full text without any embedding model', async () => {
    const hits = await lib.search('corner', 5);
    expect(hits.map((h) => h.entry.instruction)).toEqual(['Keep the top left corner.']);
    expect(hits[0]!.matchedBy).toEqual(['text']);
  });

  it('records lineage: what seeded an entry and what it seeded', async () => {
    const child = (await lib.list({ taskId: 'b' }))[0]!;
    const lineage = await lib.lineage(child.id);
    expect(lineage!.seeds.map((e) => e.id)).toEqual([seedId]);
    expect((await lib.seededBy(seedId)).map((e) => e.id)).toEqual([child.id]);
    expect(await lib.lineage('no-such-id')).toBeNull();
  });

  it.each([
    { criteria: { dataset: 'set-b' }, matched: 1 },
    { criteria: { model: 'f1' }, matched: 2 },
    { criteria: { unverified: true }, matched: 2 },
    { criteria: { olderThan: new Date(Date.now() + 60_000), dataset: 'set-a' }, matched: 2 },
    { criteria: { olderThan: new Date('2000-01-01') }, matched: 0 },
  ])('prune $criteria is a dry run unless applied', async ({ criteria, matched }) => {
    const dry = await lib.prune(criteria);
    expect(dry).toMatchObject({ matched, deleted: 0, applied: false });
    expect((await lib.stats()).entries).toBe(3);
  });

  it('refuses a prune with no criterion, and applies one when asked', async () => {
    await expect(lib.prune({})).rejects.toThrow(ConfigError);
    const scratch = await openLibrary({ uri: join(tmp.dir, 'scratch') });
    await scratch.store(makeTask('a', 'tile'), makeRecord('a', [candidate('x one'), candidate('x two')], models('gone')));
    await scratch.store(makeTask('b', 'crop'), makeRecord('b', [candidate('kept')]));
    expect(await scratch.prune({ model: 'gone' }, { apply: true })).toMatchObject({ matched: 2, deleted: 2 });
    expect((await scratch.list()).map((e) => e.instruction)).toEqual(['kept']);
    expect(await scratch.compact()).toMatchObject({ fragmentsRemoved: expect.any(Number) });
    scratch.close();
  });

  it('re-embeds entries missing vectors, then searches semantically too', async () => {
    await expect(lib.reembed()).rejects.toThrow(LibraryError);
    const embedder = await loadEmbedder({ modelPath: writeTinyModel(tmp.dir, 'tiny', 384) });
    const withModel = await openLibrary({ uri, embedder });
    const progress: number[] = [];
    expect(await withModel.reembed({ onProgress: (done) => progress.push(done) })).toBe(3);
    expect(progress).toEqual([3]);
    expect((await withModel.stats()).embedModels).toEqual({ tiny: 3 });
    expect(await withModel.reembed()).toBe(0);
    const hits = await withModel.search('tile the grid twice', 3);
    expect(hits[0]!.entry.instruction).toBe('Tile the grid twice in each direction.');
    expect(hits[0]!.matchedBy).toEqual(['text', 'semantic']);
    withModel.close();
  });
});
