/**
 * `estimateRun` against what a solve really sends: the request counts of its least and most
 * bounds are the counts the test server receives in those two situations, and its tokens come
 * from the prompts arcmem builds.
 */
import { describe, expect, it } from 'vitest';
import { estimateRun } from '../../src/evolve/estimate.js';
import { followMessages, planMessages } from '../../src/evolve/prompts.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { loadStrategy, parseStrategy } from '../../src/evolve/strategy.js';
import { countMessageTokens, loadPricing } from '../../src/llm/index.js';
import { reply } from '../support/openai-server.js';
import type { LlmScript } from './_llm-script.js';
import { scriptedLlmServer } from './_llm-setup.js';
import { flipTask } from './_scripted.js';

const setup = scriptedLlmServer();

const models = { planner: 'gpt-5', repairer: 'gpt-5', follower: 'gpt-5-mini' };
const prices = loadPricing();

async function requestsSent(preset: string, script: LlmScript): Promise<number> {
  const { server, model } = await setup(script, { concurrency: 8, noCache: true });
  await solveTask(flipTask(), model, { strategy: loadStrategy(preset) });
  return server.count();
}

describe('estimate bounds', () => {
  it('least is what ettc sends when the first batch is perfect', async () => {
    const e = estimateRun([flipTask()], { strategy: loadStrategy('ettc'), models, prices });
    expect(e.least.requests).toEqual({ planner: 5, repairer: 0, follower: 5 * 3 + 5, total: 25 });
    expect(await requestsSent('ettc', { plans: ['flip', 'same', 'crop', 'colour 1', 'colour 2'] })).toBe(
      e.least.requests.total,
    );
  });

  it('most is what ettc sends when nothing is ever perfect', async () => {
    const e = estimateRun([flipTask()], { strategy: loadStrategy('ettc'), models, prices });
    expect(e.most.requests).toEqual({ planner: 30, repairer: 5, follower: 35 * 3 + 2, total: 142 });
    const plans = Array.from({ length: 30 }, (_, i) => `colour ${i % 10} v${i}`);
    const sent = await requestsSent('ettc', {
      plans,
      override: (role, _b, i) =>
        role === 'pooler' ? reply.json({ analysis: null, instruction: `colour 9 pooled ${i}` }) : undefined,
    });
    expect(sent).toBe(e.most.requests.total);
  });

  it('tokens come from the prompts arcmem builds, dollars from the price table', () => {
    const task = flipTask();
    const strategy = parseStrategy({ steps: [{ kind: 'generate', n: 1 }], answer_runs: 1 }, 'test');
    const e = estimateRun([task], { strategy, models, prices, assumptions: { instructionTokens: 20 } });
    const view = { train: task.train, testInputs: task.test.map((t) => t.input) };
    const plan = countMessageTokens(planMessages(view, {}));
    const least = e.least;
    expect(least.requests).toEqual({ planner: 1, repairer: 0, follower: 3 + 1, total: 5 });
    // The planner prompt is exact; follower prompts hold a placeholder instruction of ~20 tokens.
    const followers = task.train.map((p, i) =>
      countMessageTokens(
        followMessages({ instruction: 'x', context: task.train.filter((_, j) => j !== i), input: p.input }),
      ),
    );
    const answer = countMessageTokens(
      followMessages({ instruction: 'x', context: task.train, input: task.test[0]!.input }),
    );
    const floor = plan + followers.reduce((a, b) => a + b, 0) + answer;
    // Four follower prompts, each with an instruction of at least 20 tokens (whole steps) where the floor has 1.
    expect(least.promptTokens).toBeGreaterThan(floor + 4 * 15);
    expect(least.promptTokens).toBeLessThan(floor + 4 * 45);
    expect(least.costUsd).toBeGreaterThan(0);
  });

  it('a model without a price gives unknown dollars and is named', () => {
    const e = estimateRun([flipTask()], {
      strategy: loadStrategy('lite'),
      models: { ...models, follower: 'my-finetune' },
      prices,
    });
    expect(e.most.costUsd).toBeNull();
    expect(e.unpriced).toEqual(['my-finetune']);
    expect(e.most.promptTokens).toBeGreaterThan(0);
  });

  it('reasoning tokens are added to every call as output', () => {
    const base = estimateRun([flipTask()], { strategy: loadStrategy('ettc-fast'), models, prices });
    const thinking = estimateRun([flipTask()], {
      strategy: loadStrategy('ettc-fast'),
      models,
      prices,
      assumptions: { reasoningTokens: 1000 },
    });
    expect(thinking.most.outputTokens - base.most.outputTokens).toBe(1000 * base.most.requests.total);
  });
});
