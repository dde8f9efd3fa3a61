/** Two append-worker processes storing into one library at once, behind a ready/go barrier. */
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { libraryReader, openLibrary, type TraceEntry } from '../../src/library/index.js';
import { overlapped, runTogether, startWriter } from '../support/barrier.js';

const worker = fileURLToPath(new URL('./_append-worker.ts', import.meta.url));

/** Tasks each worker stores (by default). */
export const N = 25;

/**
 * Runs one worker per prefix against `uri` (workers given one prefix store the same tasks),
 * asserts that their writes overlapped in time, and returns every entry of the library.
 */
export async function twoWriters(
  uri: string,
  prefixes: [string, string],
  opts: { env?: NodeJS.ProcessEnv; tasks?: number } = {},
) {
  const n = opts.tasks ?? N;
  const spans = await runTogether(prefixes.map((p) => startWriter(worker, [uri, p, String(n)], opts.env)));
  expect(overlapped(spans), `the writes did not overlap: ${JSON.stringify(spans)}`).toBe(true);
  const lib = await openLibrary({ uri, create: false });
  const all = await libraryReader(lib).list({ limit: 10_000 });
  lib.close();
  return all;
}

/** The instructions stored for a task, sorted. */
export const instructionsOf = (all: readonly TraceEntry[], taskId: string): string[] =>
  all
    .filter((e) => e.taskId === taskId)
    .map((e) => e.instruction)
    .sort();

/** Every task of both workers holds exactly its two instructions, once each. */
export function expectEachOnce(all: readonly TraceEntry[], prefixes: readonly string[], n = N): void {
  const distinct = [...new Set(prefixes)];
  for (const p of distinct) {
    for (let i = 0; i < n; i++) {
      expect(instructionsOf(all, `${p}-${i}`)).toEqual([`${p} instruction ${i} one`, `${p} instruction ${i} two`]);
    }
  }
  expect(all).toHaveLength(distinct.length * 2 * n);
}
