/**
 * Utility counters in a real library on disk: observations add up, one observation counts once,
 * a library without the table works, and a foreign table is a clear error. A table another process
 * is still creating (its folder made, its first version not yet written) is waited for; one left
 * that way by a creator killed half-way is reported as damaged after the wait.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LibraryError,
  compactLibrary,
  libraryReader,
  openLibrary,
  utilityKey,
  type Library,
} from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace, use } from './_helpers.js';

describe('utility counters', () => {
  let tmp: ReturnType<typeof tempDir>;
  let lib: Library;
  beforeEach(async () => {
    tmp = tempDir();
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
  });
  afterEach(() => {
    lib.close();
    tmp.cleanup();
  });

  it('adds up the observations, counts a repeated observation once and skips all-zero updates', async () => {
    expect(await lib.recordUse('task-a\nt1', [use('x', 1, 1, 1), use('y', 1), use('z', 0)])).toBe(2);
    expect(await lib.recordUse('task-b\nt2', [use('x', 1, 1, 0)])).toBe(1);
    // The same observation again (a resumed run storing a task a kill cut off): nothing new.
    expect(await lib.recordUse('task-b\nt2', [use('x', 1, 1, 0)])).toBe(0);
    const all = await lib.utility();
    expect(all.get(utilityKey('trace', 'x'))).toMatchObject({ offered: 2, ancestorPerfect: 2, ancestorVerified: 1 });
    expect(all.get(utilityKey('trace', 'y'))).toMatchObject({ offered: 1, ancestorPerfect: 0, ancestorVerified: 0 });
    expect(all.has(utilityKey('trace', 'z'))).toBe(false);
    expect([...(await lib.utility({ kind: 'trace', ids: ['y'] })).keys()]).toEqual(['trace:y']);
    expect((await lib.utility({ kind: 'concept' })).size).toBe(0);
  });

  it('reads a library without a utility table as nothing learned yet, and reading creates none', async () => {
    await lib.store(solved(makeTask('a', 'recolor', 1), [trace('Recolor blue cells red.')]));
    expect((await lib.utility()).size).toBe(0);
    expect(await lib.similar(makeTask('b', 'recolor', 2), 3)).toHaveLength(1);
    const db = await lancedb.connect(join(tmp.dir, 'lib'));
    expect(await db.tableNames()).toEqual(['traces']);
  });

  it('names the utility table and what to do when it is not one this arcmem reads', async () => {
    await lib.store(solved(makeTask('a', 'recolor', 1), [trace('Recolor blue cells red.')]));
    const db = await lancedb.connect(join(tmp.dir, 'lib'));
    await db.createTable('utility', [{ something: 'else' }]);
    lib.close();
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    const err = await lib.utility().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as Error).message).toMatch(/utility table cannot be read \(version \(none\).*arcmem library compact/);
    // What the message says to do works: compact starts the counters afresh, the traces stay.
    expect((await compactLibrary(lib)).utility).toBe('reset');
    expect((await lib.utility()).size).toBe(0);
    expect(await lib.recordUse('after', [use('x', 1)])).toBe(1);
    expect(await libraryReader(lib).list()).toHaveLength(1);
  });

  it('waits for a utility table another process is still creating, and reports one never finished', async () => {
    await lib.store(solved(makeTask('a', 'recolor', 1), [trace('Recolor blue cells red.')]));
    const folder = join(tmp.dir, 'lib', 'utility.lance');
    // What a reader sees while another process creates the table: listed, with no version yet.
    mkdirSync(folder);
    expect(await (await lancedb.connect(join(tmp.dir, 'lib'))).tableNames()).toContain('utility');
    const other = await openLibrary({ uri: join(tmp.dir, 'lib') });
    const creating = new Promise<void>((done) =>
      setTimeout(() => {
        rmSync(folder, { recursive: true });
        void other.recordUse('elsewhere', [use('x', 1)]).then(() => done());
      }, 300),
    );
    await expect(lib.utility()).resolves.toBeInstanceOf(Map);
    await creating;
    other.close();
    expect((await lib.utility()).get(utilityKey('trace', 'x'))).toMatchObject({ offered: 1 });

    // Left that way (a creator killed half-way): after the wait, the usual error and its remedy.
    lib.close();
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    lib = await openLibrary({ uri: join(tmp.dir, 'lib') });
    const err = await lib.utility().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as Error).message).toMatch(/utility table cannot be read.*arcmem library compact/);
  });
});
