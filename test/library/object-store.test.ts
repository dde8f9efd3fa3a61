/**
 * One library on an object store, written by two shards on (here) two processes at once: an
 * S3-protocol server started on 127.0.0.1 (../support/s3-server.ts). arcmem reaches it the way
 * a user's shards do, through the standard AWS_* environment variables.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { startS3Server, s3Missing, type S3Server } from '../support/s3-server.js';
import { makeTask, tempDir } from './_helpers.js';
import { expectEachOnce, twoWriters } from './_two-writers.js';

/** Tasks per shard: each store is a few round trips to the server. */
const N = 10;

const started: { server: S3Server } | { why: string } = s3Missing
  ? { why: s3Missing }
  : await startS3Server().then(
      (server) => ({ server }),
      (err: unknown) => ({ why: `the S3 server did not start: ${err instanceof Error ? err.message : String(err)}` }),
    );
const server = 'server' in started ? started.server : null;
const skipNote = 'why' in started ? ` [skipped: ${started.why}]` : '';

const cli = (args: string[]) => runCli(args);

describe.skipIf(server === null)(`a library on an S3 object store${skipNote}`, () => {
  const tmp = tempDir();
  const uri = server?.uri('shared-library') ?? '';
  beforeAll(() => Object.assign(process.env, server!.env));
  afterAll(async () => {
    tmp.cleanup();
    await server?.close();
  });

  it('two shards writing at once lose and duplicate nothing', async () => {
    const opts = { env: { ...process.env, ...server!.env }, tasks: N };
    expectEachOnce(await twoWriters(uri, ['a', 'b'], opts), ['a', 'b'], N);
    // Both shards store the same tasks too: each instruction still once.
    expectEachOnce(await twoWriters(server!.uri('same-tasks'), ['s', 's'], opts), ['s', 's'], N);
  }, 180_000);

  it('library stats, similar and export read it', async () => {
    const stats = await cli(['library', 'stats', '--json', '--library', uri]);
    expect(stats.code, stats.err).toBe(0);
    expect(JSON.parse(stats.out)).toMatchObject({ uri, entries: 4 * N, sizeBytes: null });

    const taskFile = join(tmp.dir, 'probe.json');
    const probe = makeTask('probe', 'tile', 1003);
    writeFileSync(taskFile, JSON.stringify({ train: probe.train, test: probe.test }));
    const similar = await cli(['library', 'similar', taskFile, '--library', uri]);
    expect(similar.code, similar.err).toBe(0);
    expect(similar.out).toMatch(/^task probe would retrieve/);
    expect(similar.out).toMatch(/ a-\d+ .* a instruction \d+ (one|two)/);

    const file = join(tmp.dir, 'export.jsonl');
    const exported = await cli(['library', 'export', file, '--library', uri]);
    expect(exported.code, exported.err).toBe(0);
    const rows = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(rows).toHaveLength(4 * N);
    expect(new Set(rows.map((r) => r.id)).size).toBe(4 * N);
  }, 60_000);
});
