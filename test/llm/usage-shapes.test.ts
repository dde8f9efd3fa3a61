/**
 * Usage blocks as providers send them, and as broken providers send them (issue 13 bug 3,
 * issue 14 item 4): every count is checked before it is added, priced or stored.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BudgetExceededError, createGateway, type CallEvent } from '../../src/llm/index.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/** xAI's documented example: reasoning tokens reported beside completion_tokens, and counted in total_tokens. */
const XAI_USAGE = {
  prompt_tokens: 663,
  completion_tokens: 50,
  total_tokens: 837,
  prompt_tokens_details: { text_tokens: 663, audio_tokens: 0, image_tokens: 0, cached_tokens: 654 },
  completion_tokens_details: {
    reasoning_tokens: 124,
    audio_tokens: 0,
    accepted_prediction_tokens: 0,
    rejected_prediction_tokens: 0,
  },
  num_sources_used: 0,
};

describe('reasoning tokens billed outside completion_tokens (xAI)', () => {
  it('are priced as output, so budgets do not undercount', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { usage: XAI_USAGE }));
    const gw = createGateway(testLlmConfig(server.url, { model: 'grok-4' }));
    const { usage } = await gw.structured(ask());
    // grok-4: $3 in, $0.75 cached in, $15 out per million.
    expect(usage.costUsd).toBeCloseTo((9 * 3 + 654 * 0.75 + (50 + 124) * 15) / 1e6, 12);
    expect(usage).toMatchObject({ promptTokens: 663, completionTokens: 174, reasoningTokens: 124 });
  });

  it('OpenAI-style usage (reasoning inside completion_tokens) is not counted twice', async () => {
    server = await startOpenAIServer(() =>
      reply.json(GOOD, {
        usage: { prompt_tokens: 100, completion_tokens: 50, completion_tokens_details: { reasoning_tokens: 40 } },
      }),
    );
    const gw = createGateway(testLlmConfig(server.url));
    const { usage } = await gw.structured(ask());
    expect(usage).toMatchObject({ promptTokens: 100, completionTokens: 50, reasoningTokens: 40 });
  });
});

describe('usage that cannot be true is not believed', () => {
  it.each([
    ['string counts', { prompt_tokens: '10000', completion_tokens: '500' }],
    ['negative counts', { prompt_tokens: -5_000_000, completion_tokens: 10 }],
    ['absurd counts', { prompt_tokens: 1e78, completion_tokens: 10 }],
    ['fractional counts', { prompt_tokens: 10.5, completion_tokens: 10 }],
    [
      'negative reasoning',
      { prompt_tokens: 10, completion_tokens: 10, completion_tokens_details: { reasoning_tokens: -100 } },
    ],
  ])('%s: the answer is kept, its tokens and cost are unknown, totals stay numbers', async (_name, usage) => {
    server = await startOpenAIServer(() => reply.json(GOOD, { usage: usage as never }));
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url), { onCall: (e) => events.push(e) });
    const r = await gw.structured(ask());
    await gw.structured(ask('task-a', { sample: 1 }));
    expect(r.value).toEqual(GOOD);
    expect(r.usage).toMatchObject({
      requests: 1,
      promptTokens: 0,
      completionTokens: 0,
      reasoningTokens: 0,
      costUsd: null,
    });
    const totals = gw.totals();
    for (const v of [totals.promptTokens, totals.completionTokens, totals.reasoningTokens])
      expect(typeof v).toBe('number');
    expect(totals).toMatchObject({ promptTokens: 0, completionTokens: 0, costUsd: null });
    expect(JSON.stringify(events)).not.toMatch(/"0*10000500|1e\+78|-5000000/);
  });

  it('a broken usage block is charged the tokenizer estimate, so a budget still stops', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { usage: { prompt_tokens: -1e9, completion_tokens: 1 } }));
    const gw = createGateway(testLlmConfig(server.url, { taskBudgetUsd: 1e-9 }));
    await gw.structured(ask());
    await expect(gw.structured(ask('task-a', { sample: 1 }))).rejects.toBeInstanceOf(BudgetExceededError);
  });
});
