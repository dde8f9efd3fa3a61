/**
 * What `library import` refuses: a library file is someone else's data. One imported row with
 * a 30 MB instruction used to be pasted into the prompts of every task that retrieved it.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  addEntries,
  importLibrary,
  libraryReader,
  LibraryImportError,
  openLibrary,
  type Library,
  type TraceEntry,
} from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const tmp = tempDir();
let source: Library;
let good: TraceEntry;
let fresh = 0;

beforeAll(async () => {
  source = await openLibrary({ uri: join(tmp.dir, 'source') });
  await source.store(solved(makeTask('a', 'tile'), [trace('Tile the grid twice.')]));
  good = (await libraryReader(source).list())[0]!;
});
afterAll(() => {
  source.close();
  tmp.cleanup();
});

/** Writes rows (objects are JSON-encoded, strings written as they are) to a new file. */
function jsonl(rows: readonly (object | string)[]): string {
  const file = join(tmp.dir, `import-${++fresh}.jsonl`);
  writeFileSync(file, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
  return file;
}

const row = (over: Partial<TraceEntry>): TraceEntry => ({ ...good, id: `row-${++fresh}`, ...over });
const target = () => openLibrary({ uri: join(tmp.dir, `target-${++fresh}`) });

async function problemsOf(lib: Library, file: string): Promise<{ line: number; message: string }[]> {
  const err = await importLibrary(lib, file).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LibraryImportError);
  expect((await libraryReader(lib).stats()).entries).toBe(0);
  return [...(err as LibraryImportError).problems];
}

describe('library import limits', () => {
  it.each([
    [
      'an instruction over 20000 characters',
      { instruction: 'Recolour. '.repeat(2_500) },
      /id row-\d+: instruction: 25000 characters, over the limit of 20000/,
    ],
    ['task grids that are not JSON', { taskJson: '{"train": [' }, /taskJson: not JSON/],
    [
      'a 31-row grid',
      {
        taskJson: JSON.stringify({ train: [{ input: Array(31).fill([1]), output: [[1]] }], test: [{ input: [[1]] }] }),
      },
      /taskJson: not an ARC task \(train\.0\.input: /,
    ],
    [
      'a colour outside 0-9',
      { taskJson: JSON.stringify({ train: [{ input: [[12]], output: [[1]] }], test: [{ input: [[1]] }] }) },
      /taskJson: not an ARC task/,
    ],
    ['a thousand seeds', { seededBy: Array.from({ length: 1000 }, (_, i) => `s${i}`) }, /seededBy: /],
    ['a 5000-character task id', { taskId: 't'.repeat(5000) }, /taskId: /],
  ])('refuses a row with %s, naming its line and why, and imports nothing', async (_name, over, reason) => {
    const lib = await target();
    const problems = await problemsOf(lib, jsonl([good, row(over)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(reason) });
    expect((await importLibrary(lib, jsonl([good, row(over)]), { skipInvalid: true })).inserted).toBe(1);
    lib.close();
  });

  it('refuses a 30 MB row by its size without parsing it', async () => {
    const lib = await target();
    const huge = JSON.stringify(row({ instruction: 'x'.repeat(30 * 1024 * 1024) }));
    const problems = await problemsOf(lib, jsonl([good, huge, good]));
    expect(problems).toEqual([
      { line: 2, message: `${huge.length} bytes on one line, over the limit of 1048576 for a row` },
      { line: 3, message: `id ${good.id} also on line 1` },
    ]);
    lib.close();
  });

  it('refuses a file with more rows or bytes than the limits before importing anything', async () => {
    const lib = await target();
    const file = jsonl([good, row({}), row({})]);
    await expect(importLibrary(lib, file, { limits: { rows: 2 } })).rejects.toThrow(
      /more than 2 rows, over the import limit; split it/,
    );
    await expect(importLibrary(lib, file, { limits: { fileBytes: 1000 }, skipInvalid: true })).rejects.toThrow(
      /bytes, over the import limit of 1000; split it/,
    );
    expect((await libraryReader(lib).stats()).entries).toBe(0);
    expect(await importLibrary(lib, file)).toMatchObject({ inserted: 3 });
    lib.close();
  });

  it('refuses a FIFO or a device instead of waiting on it forever', async () => {
    const lib = await target();
    const fifo = join(tmp.dir, 'rows.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero']) {
      const err = await importLibrary(lib, file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toBe(
        `${file}: not a regular file; import a file written by \`arcmem library export\``,
      );
    }
    lib.close();
  }, 10_000);

  it('imports in batches: 4500 rows arrive whole, a second import updates them', async () => {
    const lib = await target();
    const rows = Array.from({ length: 4500 }, () => row({ taskJson: null, taskSource: null }));
    const file = jsonl(rows);
    expect(await importLibrary(lib, file)).toMatchObject({ inserted: 4500, updated: 0 });
    expect(await importLibrary(lib, file)).toMatchObject({ inserted: 0, updated: 4500 });
    expect((await libraryReader(lib).stats()).entries).toBe(4500);
    lib.close();
  }, 60_000);
});

describe('retrieval never offers an instruction over the limit', () => {
  it('whatever way the row got in', async () => {
    const lib = await target();
    const task = makeTask('new', 'tile', 3);
    await addEntries(lib, [row({ instruction: 'Tile. '.repeat(5_000) }), row({ instruction: 'Tile the grid.' })]);
    expect((await lib.similar(task, 5)).map((h) => h.instruction)).toEqual(['Tile the grid.']);
    expect((await libraryReader(lib).similarToTask(task, 5)).map((n) => n.entry.instruction)).toEqual([
      'Tile the grid.',
    ]);
    lib.close();
  });
});
