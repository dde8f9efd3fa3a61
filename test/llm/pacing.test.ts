import { afterEach, describe, expect, it } from 'vitest';
import { createGateway, type CallEvent } from '../../src/llm/index.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/**
 * Answers once `size` requests wait together (or every one of `total` has arrived), so the
 * in-flight maximum is reached however slowly a loaded machine sends them; a gateway that
 * allowed fewer is released after `patienceMs` and shows its lower maximum. A full group is held
 * `graceMs` longer before it is answered, so a gateway that allows more than `size` has its
 * extra requests arrive while the group still waits, and the server sees them in flight.
 */
function answerInGroups(size: number, total: number, patienceMs = 2000, graceMs = 150) {
  let waiting: (() => void)[] = [];
  let arrived = 0;
  let closing = false;
  return async () => {
    arrived += 1;
    await new Promise<void>((release) => {
      waiting.push(release);
      if ((waiting.length >= size || arrived === total) && !closing) {
        closing = true;
        setTimeout(() => {
          const group = waiting;
          waiting = [];
          closing = false;
          group.forEach((go) => go());
        }, graceMs);
      } else if (!closing) setTimeout(release, patienceMs);
    });
    return reply.json(GOOD);
  };
}

describe('pacing', () => {
  it.each([1, 3, 8])(
    'never has more than --concurrency %i requests in flight',
    async (concurrency) => {
      server = await startOpenAIServer(answerInGroups(concurrency, 16));
      const gw = createGateway(testLlmConfig(server.url, { concurrency }));
      await Promise.all(Array.from({ length: 16 }, (_, i) => gw.structured(ask(`t${i % 4}`, { sample: i }))));
      expect(server.maxInFlight).toBe(concurrency);
      expect(server.count()).toBe(16);
    },
    30_000,
  );

  it('spaces request starts by 60000/rpm ms', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { rpm: 600 })); // one every 100 ms
    const t0 = Date.now();
    await Promise.all([0, 1, 2, 3].map((sample) => gw.structured(ask('t', { sample }))));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('counts retries against the rpm limit (it is per request, not per task)', async () => {
    server = await startOpenAIServer((_b, i) => (i === 0 ? reply.status(500) : reply.json(GOOD)));
    const gw = createGateway(testLlmConfig(server.url, { rpm: 600, backoffBaseMs: 0 }));
    const t0 = Date.now();
    await gw.structured(ask('t', { sample: 0 }));
    await gw.structured(ask('u', { sample: 1 }));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(190); // 3 requests: starts at 0, 100, 200 ms
  });
});

describe('call events', () => {
  it('reports each call once with task, role, model, sample, cache flag, usage and latency', async () => {
    server = await startOpenAIServer((_b, i) => (i === 0 ? reply.json(GOOD) : reply.status(400)));
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url, { plannerModel: 'gpt-5' }), { onCall: (e) => events.push(e) });
    await gw.structured(ask('task-a', { role: 'planner', sample: 3 }));
    await gw.structured(ask('task-b')).catch(() => undefined);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      taskId: 'task-a',
      role: 'planner',
      model: 'gpt-5',
      sample: 3,
      cached: false,
      usage: { requests: 1 },
    });
    expect(events[0].latencyMs).toBeGreaterThanOrEqual(0);
    expect(events[0].error).toBeUndefined();
    expect(events[1]).toMatchObject({
      taskId: 'task-b',
      role: 'follower',
      model: 'gpt-5-mini',
      error: { name: 'ProviderError' },
      usage: { requests: 1, costUsd: 0 },
    });
  });

  it('a per-call model override is used and reported', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url), { onCall: (e) => events.push(e) });
    const r = await gw.structured(ask('t', { model: 'gpt-4.1' }));
    expect(server.requests[0].body.model).toBe('gpt-4.1');
    expect(r.model).toBe('gpt-4.1');
    expect(events[0].model).toBe('gpt-4.1');
    expect(gw.models).toEqual({ planner: 'gpt-5-mini', repairer: 'gpt-5-mini', follower: 'gpt-5-mini' });
  });
});
