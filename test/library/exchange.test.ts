import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  LibraryImportError,
  exportLibrary,
  importLibrary,
  libraryReader,
  openLibrary,
  type Library,
  type TraceEntry,
} from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const byId = (es: TraceEntry[]) => [...es].sort((a, b) => a.id.localeCompare(b.id));

describe('export and import', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'lib.jsonl');
  let source: Library;
  beforeAll(async () => {
    source = await openLibrary({ uri: join(tmp.dir, 'source') });
    const options = { dataset: 'x/y' };
    await source.store(
      solved(makeTask('a', 'tile', 1, '/d/set/a.json'), [
        trace('Tile twice.', { seededBy: ['s1'] }),
        trace('Repeat 2x2.'),
      ]),
      options,
    );
    await source.store(
      solved(makeTask('b', 'crop'), [trace('Crop the corner.')], {
        testVerified: null,
        usage: { promptTokens: 5, completionTokens: 6, costUsd: null },
      }),
      options,
    );
  });
  afterAll(() => {
    source.close();
    tmp.cleanup();
  });

  it('round-trips every entry and field through JSONL', async () => {
    expect(await exportLibrary(source, file)).toBe(3);
    const target = await openLibrary({ uri: join(tmp.dir, 'target') });
    expect(await importLibrary(target, file)).toEqual({ inserted: 3, updated: 0, problems: [], vectorsDropped: 0 });
    const [a, b] = [byId(await libraryReader(source).list()), byId(await libraryReader(target).list())];
    expect(b.map((e) => ({ ...e, fingerprint: e.fingerprint.map((v) => +v.toFixed(5)) }))).toEqual(
      a.map((e) => ({ ...e, fingerprint: e.fingerprint.map((v) => +v.toFixed(5)) })),
    );
    // Importing again merges on id: nothing duplicated.
    expect(await importLibrary(target, file)).toMatchObject({ inserted: 0, updated: 3 });
    expect((await libraryReader(target).stats()).entries).toBe(3);
    target.close();
  });

  it('says which file it cannot write or read', async () => {
    await expect(exportLibrary(source, join(tmp.dir, 'no-such-dir', 'x.jsonl'))).rejects.toThrow(InputError);
    await expect(importLibrary(source, join(tmp.dir, 'missing.jsonl'))).rejects.toThrow(/missing\.jsonl: cannot read/);
  });

  it('validates every row, reports bad ones by line and imports nothing', async () => {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const bad = [
      lines[0]!,
      '{not json',
      JSON.stringify({ ...JSON.parse(lines[1]!), fitness: 7 }),
      '',
      lines[2]!,
      lines[0]!,
    ].join('\n');
    const badFile = join(tmp.dir, 'bad.jsonl');
    writeFileSync(badFile, bad);
    const target = await openLibrary({ uri: join(tmp.dir, 'strict') });
    const err = await importLibrary(target, badFile).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LibraryImportError);
    expect((err as LibraryImportError).problems.map((p) => p.line)).toEqual([2, 3, 6]);
    expect((err as LibraryImportError).message).toMatch(/line 3: fitness/);
    expect((await libraryReader(target).stats()).entries).toBe(0);

    const skipped = await importLibrary(target, badFile, { skipInvalid: true });
    expect(skipped).toMatchObject({ inserted: 2, problems: [{ line: 2 }, { line: 3 }, { line: 6 }] });
    target.close();
  });
});
