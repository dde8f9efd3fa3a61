/**
 * The concepts table in a real LanceDB library on disk: absent reads as none learned, macros are
 * replaced as a set while lessons stay, and a table written by something else is a typed error
 * naming the table and the command that rebuilds it (which then works).
 */
import * as lancedb from '@lancedb/lancedb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONCEPTS_TABLE,
  LibraryError,
  addLesson,
  libraryReader,
  openLibrary,
  readConcepts,
  replaceMacros,
  type ConceptInput,
  type Library,
} from '../../src/library/index.js';
import { makeTask, tempDir } from './_helpers.js';

const macro = (id: string): ConceptInput => ({
  id,
  kind: 'macro',
  name: id,
  text: `${id}.`,
  steps: [
    { name: 'flip', fixed: { axis: 'left to right' } },
    { name: 'recolour', fixed: {} },
  ],
  provenance: ['t1', 't2'],
});
const lesson = {
  text: 'When shapes repeat, try tiling.',
  task: makeTask('t1', 'tile'),
  instruction: 'Tile the grid twice each way.',
};

let tmp: ReturnType<typeof tempDir>;
let lib: Library;
beforeEach(async () => {
  tmp = tempDir();
  lib = await openLibrary({ uri: tmp.dir, embedder: null });
});
afterEach(() => {
  lib.close();
  tmp.cleanup();
});

describe('the concepts table', () => {
  it('reads as none learned when the library has none, and stats count zero', async () => {
    expect(await readConcepts(lib)).toEqual([]);
    expect((await libraryReader(lib).stats()).concepts).toEqual({ macro: 0, lesson: 0 });
  });

  it('replaces macros as a set and keeps lessons', async () => {
    const stored = await addLesson(lib, lesson);
    await replaceMacros(lib, [macro('macro:a'), macro('macro:b')]);
    expect((await readConcepts(lib)).map((c) => c.id)).toEqual([stored.id, 'macro:a', 'macro:b']);
    expect(stored.id).toMatch(/^lesson:/);
    await replaceMacros(lib, [macro('macro:b'), macro('macro:c')]);
    expect((await readConcepts(lib, 'macro')).map((c) => c.id)).toEqual(['macro:b', 'macro:c']);
    const [kept] = await readConcepts(lib, 'lesson');
    expect(kept).toEqual(stored);
    expect(kept).toMatchObject({ kind: 'lesson', text: lesson.text, steps: [], textVector: null, embedModel: null });
    expect(kept!.provenance).toHaveLength(1); // the trace of the instruction it was drawn from
    expect((await libraryReader(lib).stats()).concepts).toEqual({ macro: 2, lesson: 1 });
    await replaceMacros(lib, []);
    expect(await readConcepts(lib, 'macro')).toEqual([]);
  });

  it('refuses a concepts table it did not write, saying how to rebuild it, and rebuilds it', async () => {
    const db = await lancedb.connect(tmp.dir);
    await db.createTable(CONCEPTS_TABLE, [{ id: 'x', something: 'else' }]);
    const err = await readConcepts(lib).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as Error).message).toMatch(
      /its concepts table cannot be read \(version \(none\), this arcmem reads version 1\)/,
    );
    expect((err as Error).message).toMatch(/`arcmem library compact` rebuilds it from the traces/);
    await expect(libraryReader(lib).stats()).rejects.toThrow(/concepts table/);
    await replaceMacros(lib, [macro('macro:a')]);
    expect((await readConcepts(lib)).map((c) => c.id)).toEqual(['macro:a']);
  });
});
