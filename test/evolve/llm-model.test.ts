import { describe, expect, it } from 'vitest';
import { gridToText } from '../../src/arc/render.js';
import { createLlmModel } from '../../src/evolve/llm-model.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import { createGateway } from '../../src/llm/index.js';
import { parseFollow, roleOf, userText } from './_llm-script.js';
import { scriptedLlmServer } from './_llm-setup.js';
import { flipTask } from './_scripted.js';

const setup = scriptedLlmServer();

const strategy = (steps: unknown[]) => parseStrategy({ steps }, 'test');

describe('the LLM model over HTTP', () => {
  it('leave-one-out: the held-out pair never appears in its own follower prompt', async () => {
    const task = flipTask('secret-task-id-123');
    const { server, model } = await setup({ plans: ['flip'] });
    const rec = await solveTask(task, model, { strategy: strategy([{ kind: 'generate', n: 1 }]) });
    expect(rec.trainPerfect).toBe(true);
    const followers = server.requests.filter(
      (r) => roleOf(r.body) === 'follower' && !userText(r.body).includes('Input (2x2):\n7 0'),
    );
    expect(followers).toHaveLength(3);
    for (const r of followers) {
      const { input, context } = parseFollow(r.body);
      const held = task.train.find((p) => gridToText(p.input) === gridToText(input))!;
      expect(held).toBeDefined();
      expect(context).not.toContain(gridToText(held.input));
      expect(context).not.toContain(gridToText(held.output));
      for (const other of task.train.filter((p) => p !== held)) expect(context).toContain(gridToText(other.input));
    }
  });

  it('never sends the task id', async () => {
    const task = flipTask('secret-task-id-123');
    const { server, model } = await setup({ plans: ['same'] });
    await solveTask(task, model, {
      strategy: strategy([
        { kind: 'generate', n: 2 },
        { kind: 'revise', top_k: 1, per_parent: 1 },
        { kind: 'pool', top_k: 2, n: 1 },
      ]),
    });
    expect(server.requests.length).toBeGreaterThan(5);
    for (const r of server.requests) expect(r.raw).not.toContain('secret-task-id');
  });

  it('n planner samples are n distinct requests, all cached for a repeat', async () => {
    const task = flipTask();
    const { server, model, config } = await setup({ plans: ['same', 'crop', 'colour 1'] });
    await solveTask(task, model, { strategy: strategy([{ kind: 'generate', n: 3 }]) });
    const planners = server.requests.filter((r) => roleOf(r.body) === 'planner');
    expect(planners).toHaveLength(3);
    const before = server.count();
    // Same settings, same cache: the whole task replays without a network call.
    const again = createGateway(config);
    const rec = await solveTask(task, createLlmModel(again), { strategy: strategy([{ kind: 'generate', n: 3 }]) });
    again.close();
    expect(server.count()).toBe(before);
    expect(rec.candidates.map((c) => c.instruction)).toEqual(['same', 'crop', 'colour 1']);
    expect(rec.usage.cacheHits).toBeGreaterThan(0);
    expect(rec.usage.requests).toBe(0);
  });

  it('pooled revision shows several parents with their scores', async () => {
    const { server, model } = await setup({ plans: ['same', 'crop', 'colour 0'], pool: 'flip' });
    const rec = await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 3 },
        { kind: 'pool', top_k: 3, n: 1 },
      ]),
    });
    const pooled = server.requests.filter((r) => roleOf(r.body) === 'pooler');
    expect(pooled).toHaveLength(1);
    const text = userText(pooled[0]!.body);
    expect(text.match(/## Attempt \d/g)).toEqual(['## Attempt 1', '## Attempt 2', '## Attempt 3']);
    expect(text).toContain('colour 0');
    expect(rec.trainPerfect).toBe(true);
    expect(rec.candidates.at(-1)).toMatchObject({ step: 'pool', parents: ['c2', 'c0', 'c1'] });
  });

  it('a ragged follower grid is rejected and counts as a failed example', async () => {
    const { model } = await setup({ plans: ['nonsense'] });
    const rec = await solveTask(flipTask(), model, { strategy: strategy([{ kind: 'generate', n: 1 }]) });
    expect(rec.candidates[0]!.fitness).toBe(0);
    expect(rec.candidates[0]!.examples[0]!.error).toMatch(/ModelOutputError/);
  });

  it('records usage and role calls for the task', async () => {
    const { model } = await setup({ plans: ['flip'] });
    const rec = await solveTask(flipTask(), model, { strategy: strategy([{ kind: 'generate', n: 1 }]) });
    expect(rec.calls).toEqual({ planner: 1, repairer: 0, follower: 3 + 4 });
    expect(rec.usage.requests).toBe(8);
    expect(rec.usage.promptTokens).toBe(8000);
    expect(rec.models).toEqual({ planner: 'test-model', repairer: 'test-model', follower: 'test-model' });
  });

  it('a task budget stops the task mid-search with status budget', async () => {
    const { model } = await setup({ plans: ['same'] }, { taskMaxCalls: 5 });
    const rec = await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 1 },
        { kind: 'revise', top_k: 1, per_parent: 1 },
      ]),
    });
    expect(rec.status).toBe('budget');
    expect(rec.candidates.map((c) => c.instruction)).toEqual(['same']);
    expect(rec.attempts).toHaveLength(1);
  });
});
