/**
 * `library compact` drops old versions, as the README says: a library written task by task
 * holds one version per write, and LanceDB's optimize alone keeps every version younger than a
 * week, so the folder only ever grew.
 */
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { compactLibrary, libraryReader, openLibrary, pruneLibrary } from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A library written as a run writes it: one store per task, then some entries pruned. */
async function writtenTaskByTask(uri: string): Promise<void> {
  const lib = await openLibrary({ uri });
  for (let i = 0; i < 12; i++) {
    const task = makeTask(`t${i}`, (['recolor', 'tile', 'crop'] as const)[i % 3], i * 5);
    await lib.store(solved(task, [trace(`rule ${i} a`), trace(`rule ${i} b`)], { testVerified: i % 2 === 0 }), {
      dataset: 'compact',
    });
  }
  await pruneLibrary(lib, { unverified: true }, { apply: true });
  lib.close();
}

async function versions(uri: string): Promise<number> {
  const table = await (await lancedb.connect(uri)).openTable('traces');
  const n = (await table.listVersions()).length;
  table.close();
  return n;
}

async function sizeOnDisk(uri: string): Promise<number> {
  const lib = await openLibrary({ uri, create: false });
  const bytes = (await libraryReader(lib).stats()).sizeBytes!;
  lib.close();
  return bytes;
}

describe('library compact', () => {
  it('keeps only the current version, shrinks the folder, and keeps every entry', async () => {
    const uri = join(tmp.dir, 'lib');
    await writtenTaskByTask(uri);
    const [versionsBefore, bytesBefore] = [await versions(uri), await sizeOnDisk(uri)];
    expect(versionsBefore).toBeGreaterThan(12);

    const lib = await openLibrary({ uri, create: false });
    const entries = (await libraryReader(lib).list({ limit: 1000 })).map((e) => e.id).sort();
    const result = await compactLibrary(lib);
    expect(result.oldVersionsRemoved).toBeGreaterThanOrEqual(versionsBefore - 1);
    expect(result.bytesRemoved).toBeGreaterThan(0);
    expect((await libraryReader(lib).list({ limit: 1000 })).map((e) => e.id).sort()).toEqual(entries);
    lib.close();

    expect(await versions(uri)).toBe(1);
    expect(await sizeOnDisk(uri)).toBeLessThan(bytesBefore);
  }, 60_000);

  it('with --older-than keeps the versions made since then', async () => {
    const uri = join(tmp.dir, 'recent');
    await writtenTaskByTask(uri);
    const before = await versions(uri);
    const out: string[] = [];
    const run = (args: string[]) =>
      main(['node', 'arcmem', 'library', 'compact', '--library', uri, ...args], {
        print: (s) => out.push(s),
        progress: () => undefined,
        colours: false,
        env: {},
      });
    expect(await run(['--older-than', '1h'])).toBe(0);
    expect(out.pop()).toMatch(/; 0 old versions removed/);
    expect(await versions(uri)).toBeGreaterThanOrEqual(before);
    expect(await run([])).toBe(0);
    expect(out.pop()).toMatch(/; [1-9]\d* old versions removed/);
    expect(await versions(uri)).toBe(1);
  }, 60_000);
});
