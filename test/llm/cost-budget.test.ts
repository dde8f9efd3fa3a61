import { afterEach, describe, expect, it } from 'vitest';
import { BudgetExceededError, createGateway, LlmConfigError, sumUsage, type CallEvent } from '../../src/llm/index.js';
import { DEFAULT_USAGE, reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/** gpt-5-mini's price for the test server's default usage: 1000 in at $0.25/M, 500 out at $2/M. */
const CALL_USD = (1000 * 0.25 + 500 * 2) / 1e6;

describe('usage and cost', () => {
  it('records tokens, reasoning tokens, latency and dollars per call', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { delayMs: 30 }));
    const gw = createGateway(testLlmConfig(server.url));
    const { usage } = await gw.structured(ask());
    expect(usage).toMatchObject({
      requests: 1,
      cacheHits: 0,
      promptTokens: 1000,
      completionTokens: 500,
      reasoningTokens: 100,
    });
    expect(usage.costUsd).toBeCloseTo(CALL_USD, 12);
    expect(usage.latencyMs).toBeGreaterThanOrEqual(25);
  });

  it('totals per task and per run equal the sum of per-call costs', async () => {
    let n = 0;
    server = await startOpenAIServer(() =>
      reply.json(GOOD, { usage: { prompt_tokens: 100 * ++n, completion_tokens: 7 * n } }),
    );
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url, { plannerModel: 'gpt-5', repairerModel: 'o3' }), {
      onCall: (e) => events.push(e),
    });
    const roles = ['planner', 'repairer', 'follower'] as const;
    await Promise.all(
      Array.from({ length: 9 }, (_, i) => gw.structured(ask(`task-${i % 3}`, { role: roles[i % 3], sample: i }))),
    );
    expect(events).toHaveLength(9);
    const runSum = events.reduce((s, e) => s + e.usage.costUsd!, 0);
    expect(gw.totals().costUsd).toBeCloseTo(runSum, 15);
    expect(gw.totals()).toMatchObject({ requests: 9, promptTokens: 100 * 45, completionTokens: 7 * 45 });
    for (const t of ['task-0', 'task-1', 'task-2']) {
      expect(gw.usageFor(t)).toEqual(sumUsage(events.filter((e) => e.taskId === t).map((e) => e.usage)));
    }
    expect(gw.usageFor('never-seen')).toMatchObject({ requests: 0, costUsd: 0 });
  });

  it('an unknown price gives a null cost, and null totals, but tokens still count', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { followerModel: 'my-local-llama' }));
    const { usage } = await gw.structured(ask());
    expect(usage.costUsd).toBeNull();
    await gw.structured(ask('task-a', { role: 'planner' }));
    expect(gw.totals()).toMatchObject({ costUsd: null, requests: 2, promptTokens: 2000 });
  });

  it('a --price override prices an unknown model and replaces a bundled price', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(
      testLlmConfig(server.url, {
        followerModel: 'my-local-llama',
        plannerModel: 'gpt-5-mini',
        price: ['my-local-llama=1/2', 'gpt-5-mini=10/10'],
      }),
    );
    expect((await gw.structured(ask())).usage.costUsd).toBeCloseTo((1000 * 1 + 500 * 2) / 1e6, 12);
    expect((await gw.structured(ask('t', { role: 'planner' }))).usage.costUsd).toBeCloseTo((1500 * 10) / 1e6, 12);
  });

  it('prices provider-prefixed and dated model ids from the bundled table', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { model: 'openai/gpt-5-mini-2025-08-07' }));
    expect((await gw.structured(ask())).usage.costUsd).toBeCloseTo(CALL_USD, 12);
  });

  it('prompt tokens served from the provider cache are billed at the cached price', async () => {
    server = await startOpenAIServer(() =>
      reply.json(GOOD, { usage: { ...DEFAULT_USAGE, prompt_tokens_details: { cached_tokens: 800 } } }),
    );
    const gw = createGateway(testLlmConfig(server.url));
    expect((await gw.structured(ask())).usage.costUsd).toBeCloseTo((200 * 0.25 + 800 * 0.025 + 500 * 2) / 1e6, 12);
  });

  it('a response without usage is accepted, with zero tokens and an unknown cost', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { usage: null }));
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url), { onCall: (e) => events.push(e) });
    const r = await gw.structured(ask());
    expect(r.value).toEqual(GOOD);
    expect(r.usage).toMatchObject({ requests: 1, promptTokens: 0, completionTokens: 0, costUsd: null });
    expect(events[0].usage.costUsd).toBeNull();
    expect(gw.totals().costUsd).toBeNull();
  });
});

describe('budgets', () => {
  it('a task budget stops new calls for that task only, before anything is sent', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { taskBudgetUsd: CALL_USD * 2.5 }));
    for (let i = 0; i < 3; i++) await gw.structured(ask('task-a', { sample: i }));
    const err = await gw.structured(ask('task-a', { sample: 3 })).catch((e) => e);
    expect(err).toBeInstanceOf(BudgetExceededError);
    expect(err).toMatchObject({ taskId: 'task-a', kind: 'task-usd' });
    expect(err.message).toMatch(/--task-budget-usd/);
    expect(server.count()).toBe(3);
    expect(gw.budgetStopped('task-a')).toBe(true);
    await gw.structured(ask('task-b'));
    expect(gw.budgetStopped('task-b')).toBe(false);
    expect(gw.stoppedTasks()).toEqual(['task-a']);
  });

  it('with calls in flight, a request starts only while the reserved worst cases fit under the cap', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { delayMs: 40 }));
    const cap = CALL_USD * 0.5; // below one request's worst case (32768 output tokens at $2/M)
    const gw = createGateway(testLlmConfig(server.url, { taskBudgetUsd: cap, concurrency: 4 }));
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => gw.structured(ask('task-a', { sample: i }))),
    );
    // The first request's worst case fills the cap, so the others wait for it, then find the cap reached.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(server.count()).toBe(1);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof BudgetExceededError)).toHaveLength(11);
    expect(gw.usageFor('task-a').costUsd).toBeCloseTo(CALL_USD, 12);
  });

  it('a run budget stops every task', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { budgetUsd: CALL_USD * 1.5 }));
    await gw.structured(ask('task-a'));
    await gw.structured(ask('task-b'));
    await expect(gw.structured(ask('task-c'))).rejects.toMatchObject({ name: 'BudgetExceededError', kind: 'run-usd' });
    await expect(gw.structured(ask('task-a', { sample: 9 }))).rejects.toMatchObject({ kind: 'run-usd' });
    expect(server.count()).toBe(2);
    expect(gw.stoppedTasks().sort()).toEqual(['task-a', 'task-c']);
  });

  it('a per-task call cap counts calls, not retries', async () => {
    server = await startOpenAIServer((_b, i) => (i === 0 ? reply.status(500) : reply.json(GOOD)));
    const gw = createGateway(testLlmConfig(server.url, { taskMaxCalls: 2 }));
    await gw.structured(ask('task-a', { sample: 0 }));
    await gw.structured(ask('task-a', { sample: 1 }));
    await expect(gw.structured(ask('task-a', { sample: 2 }))).rejects.toMatchObject({ kind: 'task-calls', limit: 2 });
    expect(server.count()).toBe(3);
  });

  it('output retries are charged and stop when the budget is reached mid-call', async () => {
    server = await startOpenAIServer(() => reply.text('not json'));
    const gw = createGateway(testLlmConfig(server.url, { taskBudgetUsd: CALL_USD * 1.5, outputRetries: 5 }));
    await expect(gw.structured(ask())).rejects.toBeInstanceOf(BudgetExceededError);
    expect(server.count()).toBe(2);
    expect(gw.usageFor('task-a')).toMatchObject({ requests: 2 });
  });

  it('a refused call is reported as an event with zero requests', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url, { taskMaxCalls: 1 }), { onCall: (e) => events.push(e) });
    await gw.structured(ask());
    await gw.structured(ask()).catch(() => undefined);
    expect(events[1]).toMatchObject({
      taskId: 'task-a',
      usage: { requests: 0 },
      error: { name: 'BudgetExceededError' },
    });
  });

  it('a dollar budget with an unpriced model fails before any work starts', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    expect(() => createGateway(testLlmConfig(server!.url, { model: 'mystery-model', budgetUsd: 1 }))).toThrow(
      LlmConfigError,
    );
    expect(() => createGateway(testLlmConfig(server!.url, { model: 'mystery-model', budgetUsd: 1 }))).toThrow(
      /--price mystery-model=/,
    );
    expect(server.count()).toBe(0);
  });

  it('a response without usage is charged an estimate, so the budget still stops', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { usage: null }));
    const gw = createGateway(testLlmConfig(server.url, { taskBudgetUsd: 1e-9 }));
    await gw.structured(ask());
    await expect(gw.structured(ask('task-a', { sample: 1 }))).rejects.toBeInstanceOf(BudgetExceededError);
  });

  it.each([
    ['run', 'budgetUsd'],
    ['task', 'taskBudgetUsd'],
  ])("16 requests in flight: the %s cap is exceeded by at most one request's worst case", async (_n, cap) => {
    const maxOut = 1000;
    // Every answer uses the whole output limit: the worst an endpoint that honours it can bill.
    server = await startOpenAIServer(() =>
      reply.json(GOOD, { delayMs: 20, usage: { prompt_tokens: 60, completion_tokens: maxOut } }),
    );
    const budget = 0.02;
    const gw = createGateway(testLlmConfig(server.url, { [cap]: budget, concurrency: 16, maxOutputTokens: maxOut }));
    await Promise.allSettled(Array.from({ length: 64 }, (_, i) => gw.structured(ask('task-a', { sample: i }))));
    const answerUsd = (60 * 0.25 + maxOut * 2) / 1e6;
    const promptBytes = Buffer.byteLength(
      JSON.stringify({
        messages: server.requests[0]!.body.messages,
        response_format: server.requests[0]!.body.response_format,
      }),
    );
    const worstUsd = (promptBytes * 0.25 + maxOut * 2) / 1e6;
    const billed = server.count() * answerUsd; // what the endpoint answered, at its price
    expect(billed).toBeGreaterThanOrEqual(budget);
    expect(billed).toBeLessThanOrEqual(budget + worstUsd);
    expect(gw.totals().costUsd).toBeCloseTo(billed, 12);
    expect(server.maxInFlight).toBeGreaterThan(1); // the cap did not simply serialise everything
  });

  it('with a dollar cap and no --max-output-tokens, each request carries an output limit, so its worst case is known', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    await createGateway(testLlmConfig(server.url, { budgetUsd: 1 })).structured(ask());
    await createGateway(testLlmConfig(server.url, {})).structured(ask());
    expect(server.requests.map((r) => r.body.max_completion_tokens)).toEqual([32768, undefined]);
  });
});
