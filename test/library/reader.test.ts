import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { LibraryError, libraryReader, openLibrary, type Library, type LibraryReader } from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

describe('reading a library', () => {
  const tmp = tempDir();
  const task = makeTask('tile-a', 'tile');
  let lib: Library;
  let reader: LibraryReader;
  beforeAll(async () => {
    lib = await openLibrary({ uri: tmp.dir });
    reader = libraryReader(lib);
    await lib.store(solved(task, [trace('Tile the grid twice.'), trace('Repeat the input 2x2.')]));
  });
  afterAll(() => {
    lib.close();
    tmp.cleanup();
  });

  it('shows an entry by a unique id prefix, with its lineage and its stored task grids', async () => {
    const [entry] = await reader.list();
    const view = await reader.show(entry!.id.slice(0, 8));
    expect(view.lineage).toEqual({ entry, seeds: [], descendants: [] });
    expect(view.task).toMatchObject({ id: 'tile-a', train: task.train, test: task.test });
  });

  it('says when an id matches nothing', async () => {
    await expect(reader.show('zzzz')).rejects.toThrow(ConfigError);
    await expect(reader.find('zzzz')).rejects.toThrow(/no library entry with id zzzz/);
  });

  it('reads only libraries opened with openLibrary', () => {
    expect(() => libraryReader({ ...lib })).toThrow(LibraryError);
  });
});
