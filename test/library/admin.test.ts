import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/embed/index.js';
import { ConfigError } from '../../src/errors.js';
import {
  LibraryError,
  compactLibrary,
  libraryReader,
  openLibrary,
  pruneLibrary,
  reembedLibrary,
  type Library,
  type LibraryReader,
} from '../../src/library/index.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const models = (follower: string) => ({ models: { planner: 'p1', repairer: 'p1', follower } });

describe('library upkeep', () => {
  const tmp = tempDir();
  const uri = join(tmp.dir, 'lib');
  let lib: Library;
  let reader: LibraryReader;
  let seedId: string;
  beforeAll(async () => {
    lib = await openLibrary({ uri });
    reader = libraryReader(lib);
    const setA = { dataset: 'set-a' };
    await lib.store(
      solved(makeTask('a', 'tile'), [trace('Tile the grid twice in each direction.')], models('f1')),
      setA,
    );
    seedId = (await reader.list())[0]!.id;
    await lib.store(
      solved(makeTask('b', 'crop'), [trace('Keep the top left corner.', { seededBy: [seedId] })], {
        ...models('f2'),
        testVerified: false,
      }),
      setA,
    );
    const other = await openLibrary({ uri });
    await other.store(
      solved(makeTask('c', 'recolor'), [trace('Recolor blue cells red.')], { ...models('f1'), testVerified: null }),
      { dataset: 'set-b' },
    );
    other.close();
  });
  afterAll(() => {
    lib.close();
    tmp.cleanup();
  });

  it('counts entries, tasks, datasets, models, verification and size', async () => {
    const s = await reader.stats();
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
    const hits = await reader.searchInstructions('corner', 5);
    expect(hits.map((h) => h.entry.instruction)).toEqual(['Keep the top left corner.']);
    expect(hits[0]!.matchedBy).toEqual(['text']);
  });

  it('records lineage: what seeded an entry and what it seeded', async () => {
    const child = (await reader.list({ taskId: 'b' }))[0]!;
    const lineage = await reader.lineage(child.id);
    expect(lineage!.seeds.map((e) => e.id)).toEqual([seedId]);
    expect((await reader.seededBy(seedId)).map((e) => e.id)).toEqual([child.id]);
    expect(await reader.lineage('no-such-id')).toBeNull();
  });

  it.each([
    { criteria: { dataset: 'set-b' }, matched: 1 },
    { criteria: { model: 'f1' }, matched: 2 },
    { criteria: { unverified: true }, matched: 2 },
    { criteria: { olderThan: new Date(Date.now() + 60_000), dataset: 'set-a' }, matched: 2 },
    { criteria: { olderThan: new Date('2000-01-01') }, matched: 0 },
  ])('prune $criteria is a dry run unless applied', async ({ criteria, matched }) => {
    const dry = await pruneLibrary(lib, criteria);
    expect(dry).toMatchObject({ matched, deleted: 0, applied: false });
    expect((await reader.stats()).entries).toBe(3);
  });

  it('refuses a prune with no criterion, and applies one when asked', async () => {
    await expect(pruneLibrary(lib, {})).rejects.toThrow(ConfigError);
    const scratch = await openLibrary({ uri: join(tmp.dir, 'scratch') });
    await scratch.store(solved(makeTask('a', 'tile'), [trace('x one'), trace('x two')], models('gone')));
    await scratch.store(solved(makeTask('b', 'crop'), [trace('kept')]));
    expect(await pruneLibrary(scratch, { model: 'gone' }, { apply: true })).toMatchObject({ matched: 2, deleted: 2 });
    expect((await libraryReader(scratch).list()).map((e) => e.instruction)).toEqual(['kept']);
    expect(await compactLibrary(scratch)).toMatchObject({ fragmentsRemoved: expect.any(Number) });
    scratch.close();
  });

  it('re-embeds entries missing vectors, then searches semantically too', async () => {
    await expect(reembedLibrary(lib)).rejects.toThrow(LibraryError);
    const embedder = await loadEmbedder({ modelPath: writeTinyModel(tmp.dir, 'tiny', 384) });
    const withModel = await openLibrary({ uri, embedder });
    const progress: number[] = [];
    expect(await reembedLibrary(withModel, { onProgress: (done) => progress.push(done) })).toBe(3);
    expect(progress).toEqual([3]);
    expect((await libraryReader(withModel).stats()).embedModels).toEqual({ tiny: 3 });
    expect(await reembedLibrary(withModel)).toBe(0);
    const hits = await libraryReader(withModel).searchInstructions('tile the grid twice', 3);
    expect(hits[0]!.entry.instruction).toBe('Tile the grid twice in each direction.');
    expect(hits[0]!.matchedBy).toEqual(['text', 'semantic']);
    withModel.close();
  });
});
