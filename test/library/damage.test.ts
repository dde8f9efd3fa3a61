import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FINGERPRINT_DIM } from '../../src/arc/index.js';
import { LibraryError, libraryReader, openLibrary } from '../../src/library/index.js';
import { traceSchema } from '../../src/library/schema.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

/** Every file under dir with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) =>
    readdirSync(d).forEach((name) => {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[p] = createHash('sha256').update(readFileSync(p)).digest('hex');
    });
  walk(dir);
  return out;
}

const garble = (dir: string) => readdirSync(dir).forEach((f) => writeFileSync(join(dir, f), 'garbage, not lance'));

async function storedLibrary(uri: string): Promise<void> {
  const lib = await openLibrary({ uri });
  await lib.store(solved(makeTask('t1', 'tile'), [trace('Tile it.')]));
  lib.close();
}

async function tableWithMeta(uri: string, meta: Record<string, string>): Promise<void> {
  const base = traceSchema(FINGERPRINT_DIM, 384);
  const { Schema } = (await import('../../src/library/_arrow.js')).arrow;
  const db = await lancedb.connect(uri);
  await db.createEmptyTable('traces', new Schema(base.fields, new Map(Object.entries(meta))));
}

describe('a damaged or foreign library', () => {
  let tmp: ReturnType<typeof tempDir>;
  let uri: string;
  beforeEach(() => {
    tmp = tempDir();
    uri = join(tmp.dir, 'lib');
  });
  afterEach(() => tmp.cleanup());

  // The moment between another writer making the table folder and committing its first version,
  // met at the first look at the folder (made as openLibrary is called) or just after it, while
  // this one connects.
  it.each([
    { when: 'before the first look', makeFolderFirst: true },
    { when: 'after the first look', makeFolderFirst: false },
  ])(
    'a table folder another process is still creating is waited for, not called damaged ($when)',
    async ({ makeFolderFirst }) => {
      const folder = () => mkdirSync(join(uri, 'traces.lance'), { recursive: true });
      if (makeFolderFirst) folder();
      const first = openLibrary({ uri, embedder: null });
      if (!makeFolderFirst) folder();
      await new Promise((ok) => setTimeout(ok, 300));
      rmSync(join(uri, 'traces.lance'), { recursive: true });
      const creator = await openLibrary({ uri, embedder: null });
      creator.close();
      const lib = await first;
      expect((await libraryReader(lib).stats()).entries).toBe(0);
      lib.close();
    },
  );

  it.each([
    {
      name: 'garbage manifests',
      damage: async () => (await storedLibrary(uri), garble(join(uri, 'traces.lance', '_versions'))),
      message: /is damaged/,
    },
    {
      name: 'garbage data files',
      damage: async () => (await storedLibrary(uri), garble(join(uri, 'traces.lance', 'data'))),
      message: /is damaged/,
    },
    {
      name: 'a table folder with only junk in it',
      damage: async () => (
        mkdirSync(join(uri, 'traces.lance'), { recursive: true }),
        writeFileSync(join(uri, 'traces.lance', 'junk'), 'x')
      ),
      message: /is damaged/,
    },
    {
      name: 'a newer schema version',
      damage: () =>
        tableWithMeta(uri, {
          'arcmem.schema_version': '999',
          'arcmem.fingerprint_dim': String(FINGERPRINT_DIM),
          'arcmem.embed_dim': '384',
        }),
      message: /schema version 999, this arcmem reads version 1/,
    },
    {
      name: 'no schema version (not an arcmem table)',
      damage: () => tableWithMeta(uri, {}),
      message: /schema version \(none\)/,
    },
    {
      name: 'another fingerprint size',
      damage: () =>
        tableWithMeta(uri, { 'arcmem.schema_version': '1', 'arcmem.fingerprint_dim': '7', 'arcmem.embed_dim': '384' }),
      message: /7-number task fingerprints/,
    },
  ])('$name: a LibraryError naming the path, and not one byte changed', async ({ damage, message }) => {
    await damage();
    const before = snapshot(uri);
    const err = await openLibrary({ uri }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).message).toMatch(message);
    expect((err as LibraryError).message).toContain(uri);
    expect((err as LibraryError).uri).toBe(uri);
    // Trying again (as a second run would) still changes nothing.
    await expect(openLibrary({ uri })).rejects.toThrow(LibraryError);
    expect(snapshot(uri)).toEqual(before);
  });

  it('accepts a folder holding unrelated files (such as the repo README) as a new library', async () => {
    mkdirSync(uri);
    writeFileSync(join(uri, 'README.md'), 'hello');
    const lib = await openLibrary({ uri });
    expect((await libraryReader(lib).stats()).entries).toBe(0);
    expect(readFileSync(join(uri, 'README.md'), 'utf8')).toBe('hello');
    lib.close();
  });
});
