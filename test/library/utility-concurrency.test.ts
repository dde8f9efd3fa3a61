/**
 * Utility counters under concurrency and kill -9, with real processes on a real library: two
 * writers started together behind a barrier add up exactly, and a writer killed mid-stream
 * leaves whole observations only (each observation moves every counter it touches by one, so
 * the counters stay equal) and a library that takes more counts.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryReader, openLibrary, utilityKey } from '../../src/library/index.js';
import { packageRoot } from '../../src/paths.js';
import { overlapped, runTogether, startWriter } from '../support/barrier.js';
import { waitFor } from '../support/cli-child.js';
import { makeTask, solved, tempDir, trace, use } from './_helpers.js';

const worker = fileURLToPath(new URL('./_utility-worker.ts', import.meta.url));
const N = 20;

async function counters(uri: string) {
  const lib = await openLibrary({ uri, create: false });
  const all = await lib.utility({ kind: 'trace' });
  const get = (id: string) => all.get(utilityKey('trace', id));
  return { lib, all, get };
}

describe('utility counters written by several processes', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('adds up every observation of two writers that record at the same time', async () => {
    const uri = join(tmp.dir, 'two');
    const setup = await openLibrary({ uri });
    await setup.store(solved(makeTask('a', 'recolor'), [trace('Recolor blue cells red.')]));
    setup.close();
    const spans = await runTogether(['p', 'q'].map((p) => startWriter(worker, [uri, p, String(N)])));
    expect(overlapped(spans), `the writes did not overlap: ${JSON.stringify(spans)}`).toBe(true);
    const { lib, get } = await counters(uri);
    expect(get('shared-a')).toMatchObject({ offered: 2 * N, ancestorPerfect: N, ancestorVerified: 0 });
    expect(get('shared-b')).toMatchObject({ offered: 2 * N, ancestorPerfect: 0 });
    expect(get('p-own')).toMatchObject({ offered: N });
    expect(get('q-own')).toMatchObject({ offered: N });
    // The traces table is untouched by counting.
    expect(await libraryReader(lib).list()).toHaveLength(1);
    lib.close();
  }, 120_000);

  it('keeps whole observations only after kill -9, and goes on counting', async () => {
    const uri = join(tmp.dir, 'kill');
    const setup = await openLibrary({ uri });
    await setup.recordUse('first', [use('shared-a', 1)]);
    setup.close();
    let out = '';
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(packageRoot(), 'node_modules/tsx/dist/loader.mjs')).href,
        worker,
        uri,
        'k',
        '100000',
        'free',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.on('data', (d) => (out += d));
    const exited = new Promise<string | null>((ok) => child.on('exit', (_code, signal) => ok(signal)));
    expect(await waitFor(() => (out.match(/recorded/g) ?? []).length >= 5, 60_000)).toBe(true);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const confirmed = (out.match(/recorded/g) ?? []).length;

    const { lib, get } = await counters(uri);
    const offered = get('shared-b')!.offered;
    // Every observation the worker confirmed is there; at most the one in flight besides.
    expect(offered === confirmed || offered === confirmed + 1).toBe(true);
    expect(get('shared-a')!.offered).toBe(offered + 1);
    expect(get('shared-c')!.offered).toBe(offered);
    expect(get('k-own')!.offered).toBe(offered);
    await lib.recordUse('after', [use('shared-c', 1)]);
    expect((await lib.utility({ kind: 'trace', ids: ['shared-c'] })).get('trace:shared-c')!.offered).toBe(offered + 1);
    lib.close();
  }, 120_000);
});
