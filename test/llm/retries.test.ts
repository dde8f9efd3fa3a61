import { afterEach, describe, expect, it } from 'vitest';
import { createGateway, ProviderError } from '../../src/llm/index.js';
import { backoffMs, retryAfterMs } from '../../src/llm/_retry.js';
import { reply, startOpenAIServer, type OpenAIServer, type Reply } from '../support/openai-server.js';
import { testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/** Replies from the script in order; the last one repeats. */
const scripted =
  (...replies: Reply[]) =>
  (_body: unknown, i: number) =>
    replies[Math.min(i, replies.length - 1)];

describe('transient failures are retried, others are not', () => {
  it.each<[string, Reply[], number]>([
    ['429 with Retry-After in seconds', [reply.status(429, { retryAfter: '0.05' }), reply.json(GOOD)], 2],
    [
      '429 with Retry-After as an HTTP date',
      [reply.status(429, { retryAfter: new Date(Date.now() + 1000).toUTCString() }), reply.json(GOOD)],
      2,
    ],
    ['429 with retry-after-ms', [reply.status(429, { headers: { 'retry-after-ms': '20' } }), reply.json(GOOD)], 2],
    ['500 then 503', [reply.status(500), reply.status(503), reply.json(GOOD)], 3],
    ['408 request timeout', [reply.status(408), reply.json(GOOD)], 2],
    ['a 200 whose body is not JSON', [reply.malformedBody(), reply.json(GOOD)], 2],
  ])('%s: succeeds, and the requests are counted', async (_name, replies, requests) => {
    server = await startOpenAIServer(scripted(...replies));
    const gw = createGateway(testLlmConfig(server.url));
    const r = await gw.structured(ask());
    expect(r.value).toEqual(GOOD);
    expect(server.count()).toBe(requests);
    expect(r.usage.requests).toBe(requests);
  });

  it('waits as long as Retry-After asks', async () => {
    server = await startOpenAIServer(scripted(reply.status(429, { retryAfter: '0.3' }), reply.json(GOOD)));
    const gw = createGateway(testLlmConfig(server.url, { backoffMaxMs: 5000 }));
    const t0 = Date.now();
    await gw.structured(ask());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it.each([400, 401, 403, 404, 422])(
    'HTTP %i is not retried: 1 request and a ProviderError with the status',
    async (status) => {
      server = await startOpenAIServer(() => reply.status(status));
      const gw = createGateway(testLlmConfig(server.url));
      const err = await gw.structured(ask()).catch((e) => e);
      expect(err).toBeInstanceOf(ProviderError);
      expect(err).toMatchObject({ status, failure: 'http', attempts: 1 });
      expect(server.count()).toBe(1);
    },
  );

  it('gives up after the configured retries with the last status', async () => {
    server = await startOpenAIServer(() => reply.status(500));
    const gw = createGateway(testLlmConfig(server.url, { retries: 2 }));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toMatchObject({ name: 'ProviderError', status: 500, attempts: 3 });
    expect(server.count()).toBe(3);
  });

  it('a hang past the timeout is retried, then fails clearly as a timeout', async () => {
    server = await startOpenAIServer(() => reply.hang());
    const gw = createGateway(testLlmConfig(server.url, { timeoutMs: 150, retries: 1 }));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ failure: 'timeout', attempts: 2 });
    expect(err.message).toMatch(/timed out after 150 ms \(2 requests\).*--timeout-ms/);
    expect(server.count()).toBe(2);
  });

  it('timeouts are retried once, not --retries times: a second timeout means the request is too slow', async () => {
    server = await startOpenAIServer(() => reply.hang());
    const gw = createGateway(testLlmConfig(server.url, { timeoutMs: 100, retries: 4 }));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toMatchObject({ name: 'ProviderError', failure: 'timeout', attempts: 2 });
    expect(server.count()).toBe(2);
  });

  it('a timed-out request counts as possibly billed: its cost is unknown, never $0', async () => {
    server = await startOpenAIServer(scripted(reply.hang(), reply.json(GOOD)));
    const gw = createGateway(testLlmConfig(server.url, { timeoutMs: 100 }));
    const r = await gw.structured(ask());
    expect(r.usage.requests).toBe(2);
    expect(r.usage.costUsd).toBeNull();
    expect(gw.totals().costUsd).toBeNull();
  });

  it('a timed-out request is charged to the budget at its worst case, so the cap still holds', async () => {
    server = await startOpenAIServer(scripted(reply.hang(), reply.json(GOOD)));
    // Worst case of one request: its prompt plus 1000 output tokens at $2 per million = about $0.002.
    const gw = createGateway(
      testLlmConfig(server.url, { timeoutMs: 100, maxOutputTokens: 1000, taskBudgetUsd: 0.0019 }),
    );
    await gw.structured(ask()).catch(() => undefined);
    await expect(gw.structured(ask('task-a', { sample: 1 }))).rejects.toMatchObject({ name: 'BudgetExceededError' });
  });

  it('a hang followed by an answer succeeds', async () => {
    server = await startOpenAIServer(scripted(reply.hang(), reply.json(GOOD)));
    const gw = createGateway(testLlmConfig(server.url, { timeoutMs: 150 }));
    expect((await gw.structured(ask())).value).toEqual(GOOD);
    expect(server.count()).toBe(2);
  });

  it('the caller cancelling is not retried', async () => {
    server = await startOpenAIServer(() => reply.hang());
    const gw = createGateway(testLlmConfig(server.url));
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 50);
    const err = await gw.structured(ask('task-a', { signal: ac.signal })).catch((e) => e);
    expect(err).toMatchObject({ name: 'ProviderError', failure: 'aborted' });
    expect(server.count()).toBe(1);
  });

  it('a refused connection is retried, then reported as unreachable', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const url = server.url;
    await server.close();
    server = undefined;
    const gw = createGateway(testLlmConfig(url, { retries: 1 }));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toMatchObject({ name: 'ProviderError', failure: 'connection', attempts: 2 });
    expect(err.message).toMatch(/could not be reached/);
  });
});

describe('backoff delays', () => {
  it.each([
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.05' }, 50],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': 'Thu, 26 Nov 2026 10:00:03 GMT' }, 3000],
    [{ 'retry-after': 'soon' }, null],
    [{}, null],
  ])('Retry-After %o means %s ms', (headers, ms) => {
    expect(retryAfterMs(new Headers(headers), Date.parse('Thu, 26 Nov 2026 10:00:00 GMT'))).toBe(ms);
  });

  it('grows exponentially, stays within [exp/2, exp] and under the cap', () => {
    for (const [retry, lo, hi] of [
      [0, 50, 100],
      [1, 100, 200],
      [2, 200, 400],
      [6, 500, 1000],
    ]) {
      expect(backoffMs(retry, 100, 1000, null, () => 0)).toBe(lo);
      expect(backoffMs(retry, 100, 1000, null, () => 1)).toBe(hi);
    }
  });

  it('honours Retry-After up to the cap', () => {
    expect(backoffMs(0, 100, 1000, 300, () => 0.5)).toBe(300);
    expect(backoffMs(0, 100, 1000, 60_000, () => 0.5)).toBe(1000);
  });
});
