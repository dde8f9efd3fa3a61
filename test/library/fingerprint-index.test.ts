import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_DIM, fingerprint, taskHash } from '../../src/arc/index.js';
import {
  FINGERPRINT_INDEX_MIN_ROWS,
  addEntries,
  compactLibrary,
  libraryReader,
  openLibrary,
  type TraceEntry,
} from '../../src/library/index.js';
import { makeTask, tempDir } from './_helpers.js';

/** Rows with seeded pseudo-random fingerprints, none near the planted task's. */
function rows(n: number): TraceEntry[] {
  let s = 7;
  const rand = () => (s = (s * 16807) % 2147483647) / 2147483647;
  return Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    taskId: `r${i}`,
    taskHash: i.toString(16).padStart(64, '0'),
    dataset: 'synthetic',
    instruction: `rule ${i}`,
    step: 'generate',
    stepIndex: 0,
    candidateId: `c${i}`,
    parents: [],
    fitness: 1,
    trainPerfect: true,
    testVerified: null,
    nearMiss: false,
    plannerModel: 'p',
    repairerModel: 'r',
    followerModel: 'f',
    promptTokens: 0,
    completionTokens: 0,
    costUsd: null,
    createdAt: new Date().toISOString(),
    seededBy: [],
    taskSource: null,
    taskJson: null,
    fingerprint: Array.from({ length: FINGERPRINT_DIM }, rand),
    textVector: null,
    embedModel: null,
  }));
}

describe('the approximate fingerprint index of a large library', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('is built when a solve opens a large library (not by readers), and the nearest trace is still found', async () => {
    const planted = makeTask('planted', 'tile', 3);
    const lib = await openLibrary({ uri: tmp.dir });
    await addEntries(lib, rows(FINGERPRINT_INDEX_MIN_ROWS));
    const near = {
      ...rows(1)[0]!,
      id: 'near',
      taskId: 'near',
      taskHash: 'f'.repeat(64),
      instruction: 'Tile the input.',
      fingerprint: fingerprint(planted),
    };
    await addEntries(lib, [near]);
    expect((await libraryReader(lib).stats()).fingerprintIndex).toBeNull();
    lib.close();

    const small = await openLibrary({ uri: `${tmp.dir}/small`, indexFingerprints: true });
    expect((await compactLibrary(small)).fingerprintIndex).toBe(false);
    small.close();

    const solving = await openLibrary({ uri: tmp.dir, indexFingerprints: true });
    expect((await libraryReader(solving).stats()).fingerprintIndex).toEqual({
      indexedRows: FINGERPRINT_INDEX_MIN_ROWS + 1,
      unindexedRows: 0,
    });
    await addEntries(solving, rows(3));
    expect((await libraryReader(solving).stats()).fingerprintIndex).toMatchObject({ unindexedRows: 3 });
    const hits = await solving.similar(planted, 3);
    expect(hits[0]).toMatchObject({ id: 'near', instruction: 'Tile the input.', distance: expect.closeTo(0, 4) });
    expect(taskHash(planted)).not.toBe(near.taskHash);
    solving.close();
  });
});
