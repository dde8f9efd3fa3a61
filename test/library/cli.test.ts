import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { loadEmbedder } from '../../src/embed/index.js';
import { libraryReader, openLibrary } from '../../src/library/index.js';
import { writeTinyModel } from '../support/tiny-model.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const tmp = tempDir();
const uri = join(tmp.dir, 'lib');
const modelDir = writeTinyModel(tmp.dir);

/** Runs the CLI in-process with the library in ARCMEM_LIBRARY, capturing stdout and stderr. */
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { ARCMEM_LIBRARY: uri, ...env });

const tileTask = makeTask('tile-a', 'tile', 1);
beforeAll(async () => {
  const lib = await openLibrary({ uri });
  const options = { dataset: 'demo/set' };
  await lib.store(
    solved({ ...tileTask, source: join(tmp.dir, 'gone.json') }, [trace('Tile the grid twice in each direction.')]),
    options,
  );
  await lib.store(
    solved(makeTask('crop-a', 'crop'), [trace('Keep the top left corner.')], { testVerified: false }),
    options,
  );
  lib.close();
});
afterAll(() => tmp.cleanup());

describe('arcmem library', () => {
  it('stats: entries, tasks, datasets, models, verified share, size', async () => {
    const { code, out } = await cli(['library', 'stats']);
    expect(code).toBe(0);
    expect(out).toMatch(/entries\s+2/);
    expect(out).toMatch(/datasets\s+demo\/set \(2\)/);
    expect(out).toMatch(/verified\s+1 of 2 entries right on test \(50\.0%\)\n/);
    expect(out).toMatch(/size on disk\s+\d/);
    const json = JSON.parse((await cli(['library', 'stats', '--json', '--library', uri])).out);
    expect(json.tasks).toBe(2);
  });

  it('search works by full text without a model, and semantically with ARCMEM_EMBED_MODEL_PATH', async () => {
    const plain = await cli(['library', 'search', 'corner'], {
      ARCMEM_EMBED_MODEL_PATH: join(tmp.dir, 'missing-model'),
    });
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/crop-a\s+text\s+-\s+Keep the top left corner\./);
    expect(plain.err.match(/warning/g)).toHaveLength(1);
    const reembed = await cli(['library', 'reembed'], { ARCMEM_EMBED_MODEL_PATH: modelDir });
    expect(reembed.code).toBe(1); // the library's text vectors are 384 wide, the tiny model's 32
    expect(reembed.err).toMatch(/32-number vectors but library .* stores 384/);
  });

  it('similar: what a task file would retrieve, with distances', async () => {
    const file = join(tmp.dir, 'new-tile.json');
    const t = makeTask('x', 'tile', 2);
    writeFileSync(file, JSON.stringify({ train: t.train, test: t.test }));
    const { code, out } = await cli(['library', 'similar', file, '-k', '1']);
    expect(code).toBe(0);
    expect(out).toMatch(/task new-tile would retrieve/);
    expect(out).toMatch(/^0\.\d{4}\s+\w{8}\s+tile-a\s+demo\/set\s+Tile the grid/m);
  });

  it('show: instruction, lineage and the stored task grids, by id prefix', async () => {
    const lib = await openLibrary({ uri });
    const id = (await libraryReader(lib).list({ taskId: 'tile-a' }))[0]!.id;
    lib.close();
    const { code, out } = await cli(['library', 'show', id.slice(0, 8)]);
    expect(code).toBe(0);
    expect(out).toContain(`entry ${id}`);
    expect(out).toContain('  Tile the grid twice in each direction.');
    expect(out).toContain('seeded by nothing (found from scratch)');
    expect(out).toMatch(/train 1\n.*input 3x3\s+output 6x6/);
    expect((await cli(['library', 'show', 'zzzz'])).code).toBe(2);
  });

  it('export → import round-trips; a bad import file imports nothing and names the lines', async () => {
    const file = join(tmp.dir, 'out.jsonl');
    expect((await cli(['library', 'export', file])).out).toBe(`exported 2 entries to ${file}`);
    const copy = join(tmp.dir, 'copy');
    expect((await cli(['library', 'import', file, '--library', copy])).out).toMatch(/imported 2 new and 0 updated/);
    expect((await cli(['library', 'stats', '--library', copy])).out).toMatch(/entries\s+2/);
    const bad = join(tmp.dir, 'bad.jsonl');
    writeFileSync(bad, '{"id": 1}\n');
    const empty = join(tmp.dir, 'empty');
    const r = await cli(['library', 'import', bad, '--library', empty]);
    expect(r.code).toBe(1);
    expect((await cli(['library', 'stats', '--library', empty])).out).toMatch(/entries\s+0/);
  });

  it('prune is a dry run unless --yes; compact afterwards', async () => {
    const copy = join(tmp.dir, 'copy');
    expect((await cli(['library', 'prune', '--unverified', '--library', copy])).out).toMatch(
      /^1 entry matches \(not verified right on test\); dry run, nothing deleted/,
    );
    expect((await cli(['library', 'prune', '--library', copy])).code).toBe(2);
    expect((await cli(['library', 'prune', '--older-than', 'soon', '--library', copy])).code).toBe(2);
    expect((await cli(['library', 'prune', '--unverified', '--yes', '--library', copy])).out).toMatch(
      /^deleted 1 entry/,
    );
    expect((await cli(['library', 'compact', '--library', copy])).out).toMatch(/^compacted:/);
    expect((await cli(['library', 'stats', '--library', copy])).out).toMatch(/entries\s+1/);
  });

  it('reembed fills vectors in a library made with the model', async () => {
    const fresh = join(tmp.dir, 'fresh');
    const env = { ARCMEM_EMBED_MODEL_PATH: modelDir, ARCMEM_LIBRARY: fresh };
    // Read commands never create a library: this one is made with the tiny model loaded, so its text vectors are 32 wide.
    expect((await cli(['library', 'search', 'x'], env)).err).toMatch(/no library at .*fresh: check --library/);
    (await openLibrary({ uri: fresh, embedder: await loadEmbedder({ modelPath: modelDir }) })).close();
    expect((await cli(['library', 'import', join(tmp.dir, 'out.jsonl')], env)).out).toMatch(/imported 2 new/);
    const r = await cli(['library', 'reembed'], env);
    expect(r.out).toBe('re-embedded 2 entries with tiny-bert');
    expect((await cli(['library', 'search', 'tile twice'], env)).out).toMatch(/tile-a\s+text\+semantic/);
  });
});
