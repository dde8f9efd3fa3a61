import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryReader, openLibrary, type TraceEntry } from '../../src/library/index.js';
import { overlapped, runTogether, startWriter } from '../support/barrier.js';
import { tempDir } from './_helpers.js';

const worker = fileURLToPath(new URL('./_append-worker.ts', import.meta.url));
const N = 25;

/** Two worker processes storing into `uri` at once (after a ready/go barrier); returns every entry. */
async function twoWriters(uri: string, prefixes: [string, string]): Promise<TraceEntry[]> {
  const spans = await runTogether(prefixes.map((p) => startWriter(worker, [uri, p, String(N)])));
  expect(overlapped(spans), `the writes did not overlap: ${JSON.stringify(spans)}`).toBe(true);
  const lib = await openLibrary({ uri, create: false });
  const all = await libraryReader(lib).list({ limit: 10_000 });
  lib.close();
  return all;
}

const instructionsOf = (all: readonly TraceEntry[], taskId: string): string[] =>
  all
    .filter((e) => e.taskId === taskId)
    .map((e) => e.instruction)
    .sort();

describe('several processes storing into one library at once', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('loses nothing when two writers store different tasks (the library created by whichever comes first)', async () => {
    const all = await twoWriters(`${tmp.dir}/different`, ['a', 'b']);
    expect(all).toHaveLength(2 * 2 * N);
    for (const p of ['a', 'b']) {
      for (let i = 0; i < N; i++) {
        expect(instructionsOf(all, `${p}-${i}`)).toEqual([`${p} instruction ${i} one`, `${p} instruction ${i} two`]);
      }
    }
  }, 120_000);

  it('stores each instruction once when two writers store the same tasks with the same instructions', async () => {
    const all = await twoWriters(`${tmp.dir}/same`, ['s', 's']);
    for (let i = 0; i < N; i++) {
      expect(instructionsOf(all, `s-${i}`)).toEqual([`s instruction ${i} one`, `s instruction ${i} two`]);
    }
    expect(all).toHaveLength(2 * N);
  }, 120_000);
});
