import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheFileIn,
  cacheKey,
  createGateway,
  ModelOutputError,
  ResponseCache,
  type CallEvent,
} from '../../src/llm/index.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD, tempDir } from './_fixtures.js';
import { overlapped, runTogether, startWriter } from '../support/barrier.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/** Five samples for two tasks through a fresh gateway sharing `cacheDir`. */
async function run(url: string, cacheDir: string, flags: Record<string, unknown> = {}, events: CallEvent[] = []) {
  const gw = createGateway(testLlmConfig(url, { noCache: false, cacheDir, ...flags }), {
    onCall: (e) => events.push(e),
  });
  const results = await Promise.all(
    ['task-a', 'task-b'].flatMap((t, i) =>
      [0, 1, 2, 3, 4].map((sample) =>
        gw.structured(ask(t, { sample, role: 'planner', messages: [{ role: 'user', content: `puzzle ${i}` }] })),
      ),
    ),
  );
  const totals = gw.totals();
  gw.close();
  return { results, totals };
}

describe('the response cache', () => {
  it('a second identical run makes zero requests and returns the same answers, at no cost', async () => {
    let n = 0;
    server = await startOpenAIServer(() => reply.json({ ...GOOD, note: `answer ${n++}` }));
    const dir = tempDir();
    const first = await run(server.url, dir);
    expect(server.count()).toBe(10);
    const events: CallEvent[] = [];
    const second = await run(server.url, dir, {}, events);
    expect(server.count()).toBe(10);
    expect(second.results.map((r) => r.value)).toEqual(first.results.map((r) => r.value));
    expect(second.results.every((r) => r.cached)).toBe(true);
    expect(second.totals).toMatchObject({ requests: 0, cacheHits: 10, costUsd: 0, promptTokens: 0 });
    expect(events.every((e) => e.cached && e.usage.cacheHits === 1)).toBe(true);
  });

  it('keeps the n samples of one request as n distinct entries (5 samples x 2 prompts)', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const dir = tempDir();
    await run(server.url, dir);
    const cache = ResponseCache.open(cacheFileIn(dir));
    expect(cache.size()).toBe(10);
    cache.close();
  });

  it.each([
    ['another model', { plannerModel: 'gpt-5' }],
    ['another temperature', { plannerTemperature: 0.7 }],
    ['another max output tokens', { maxOutputTokens: 999 }],
    ['another reasoning effort', { reasoningEffort: 'high' }],
    ['text mode', { structuredOutput: 'text' }],
    ['another --extra-body', { extraBody: '{"top_p": 0.5}' }],
    ['another provider profile (max_tokens, require_parameters)', { provider: 'openrouter' }],
    ['a thinking budget', { provider: 'anthropic', thinkingBudget: 1024 }],
    ['--refresh-cache', { refreshCache: true }],
    ['--no-cache', { noCache: true }],
  ])('asks again with %s', async (_n, flags) => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const dir = tempDir();
    await run(server.url, dir);
    await run(server.url, dir, flags);
    expect(server.count()).toBe(20);
  });

  it('another endpoint is another key; the messages and schema are part of the key', () => {
    const base = { v: 1, endpoint: 'http://a/v1', model: 'm', messages: [{ role: 'user', content: 'x' }], sample: 0 };
    const keys = new Set([
      cacheKey(base),
      cacheKey({ ...base, endpoint: 'http://b/v1' }),
      cacheKey({ ...base, messages: [{ role: 'user', content: 'y' }] }),
      cacheKey({ ...base, responseFormat: { schema: 1 } }),
      cacheKey({ ...base, sample: 1 }),
    ]);
    expect(keys.size).toBe(5);
    expect(cacheKey({ b: 1, a: 2 })).toBe(cacheKey({ a: 2, b: 1 }));
  });

  it('--refresh-cache overwrites the stored answer', async () => {
    let n = 0;
    server = await startOpenAIServer(() => reply.json({ ...GOOD, note: `v${n++}` }));
    const dir = tempDir();
    const gw1 = createGateway(testLlmConfig(server.url, { noCache: false, cacheDir: dir, refreshCache: true }));
    await gw1.structured(ask());
    const second = await gw1.structured(ask());
    gw1.close();
    expect(second.value.note).toBe('v1');
    const gw2 = createGateway(testLlmConfig(server.url, { noCache: false, cacheDir: dir }));
    expect((await gw2.structured(ask())).value.note).toBe('v1');
    gw2.close();
    expect(server.count()).toBe(2);
  });

  it('close() leaves a cache the caller passed in open, and closes one it opened itself', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const dir = tempDir();
    const shared = ResponseCache.open(cacheFileIn(dir));
    const gw = createGateway(testLlmConfig(server.url), { cache: shared });
    await gw.structured(ask());
    gw.close();
    expect(shared.size()).toBe(1);
    shared.close();
    const own = createGateway(testLlmConfig(server.url, { noCache: false, cacheDir: dir }));
    expect((await own.structured(ask())).cached).toBe(true);
    own.close();
    await expect(own.structured(ask('task-a', { sample: 5 }))).rejects.toThrow();
  });

  it('never stores an answer that failed validation', async () => {
    server = await startOpenAIServer(() => reply.text('not json'));
    const dir = tempDir();
    const gw = createGateway(testLlmConfig(server.url, { noCache: false, cacheDir: dir, outputRetries: 1 }));
    await expect(gw.structured(ask())).rejects.toBeInstanceOf(ModelOutputError);
    await expect(gw.structured(ask())).rejects.toBeInstanceOf(ModelOutputError);
    gw.close();
    expect(server.count()).toBe(4);
  });

  it('budgets count cache hits at their original price, so a cached rerun stops where the first run did', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const dir = tempDir();
    const flags = { noCache: false, cacheDir: dir, taskBudgetUsd: 0.0025 }; // two calls' worth
    const attempt = async () => {
      const gw = createGateway(testLlmConfig(server!.url, flags));
      const out: string[] = [];
      for (const sample of [0, 1, 2, 3]) {
        out.push(
          await gw.structured(ask('task-a', { sample })).then(
            () => 'answered',
            (e: Error) => e.name,
          ),
        );
      }
      gw.close();
      return out;
    };
    const first = await attempt();
    const second = await attempt();
    expect(first).toEqual(['answered', 'answered', 'BudgetExceededError', 'BudgetExceededError']);
    expect(second).toEqual(first);
    expect(server.count()).toBe(2);
  });

  it('waits for another process writing to a new cache file instead of failing to open it', async () => {
    const file = join(tempDir(), 'new', 'llm.sqlite');
    mkdirSync(dirname(file), { recursive: true });
    const holder = spawn(join('node_modules', '.bin', 'tsx'), ['test/support/cache-lock-holder.ts', file, '500']);
    const exited = new Promise((ok) => holder.on('exit', ok));
    await new Promise((ok, fail) => (holder.stdout.once('data', ok), holder.once('exit', fail)));
    const cache = ResponseCache.open(file);
    cache.close();
    await exited;
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('two processes writing at once neither corrupt the file nor lose entries', async () => {
    const file = join(tempDir(), 'shared', 'llm.sqlite');
    const spans = await runTogether(
      ['p1', 'p2'].map((p) => startWriter('test/support/cache-writer.ts', [file, p, '3000'])),
    );
    expect(overlapped(spans)).toBe(true); // the writes overlapped in time
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect((db.prepare('SELECT COUNT(*) AS n FROM responses').get() as { n: number }).n).toBe(6000);
    db.close();
  });
});
