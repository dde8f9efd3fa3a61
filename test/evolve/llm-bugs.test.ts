/**
 * Regressions found by running the LLM path the way a user with a key would (issue 13):
 * sample numbering across steps, and provider failures kept out of repairer prompts.
 */
import { describe, expect, it } from 'vitest';
import { solveTask } from '../../src/evolve/solve-task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import { reply, type OpenAIServer } from '../support/openai-server.js';
import { roleOf, type LlmScript } from './_llm-script.js';
import { scriptedLlmServer } from './_llm-setup.js';
import { flipTask } from './_scripted.js';

const llm = scriptedLlmServer();
const setup = (script: LlmScript, flags: Record<string, unknown> = {}) =>
  llm(script, { retries: 0, outputRetries: 2, ...flags });

const strategy = (steps: unknown[]) => parseStrategy({ steps, stop_on_perfect: false }, 'test');
const byRole = (s: OpenAIServer, role: string) => s.requests.filter((r) => roleOf(r.body) === role);

describe('sample numbering across steps', () => {
  it('a second pool step over the same parents asks the endpoint again instead of replaying the first', async () => {
    const { server, model } = await setup({ plans: ['same'], pool: 'crop' });
    await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 1 },
        { kind: 'pool', top_k: 1, n: 1 },
        { kind: 'pool', top_k: 1, n: 1 },
      ]),
    });
    expect(byRole(server, 'pooler')).toHaveLength(2);
  });

  it('a second revise step asks again', async () => {
    const { server, model } = await setup({ plans: ['same'], revise: 'crop' });
    await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 1 },
        { kind: 'revise', top_k: 1, per_parent: 1 },
        { kind: 'revise', top_k: 1, per_parent: 1 },
      ]),
    });
    expect(byRole(server, 'repairer')).toHaveLength(2);
  });

  it('duplicates in one generate step do not make the next step replay cached samples', async () => {
    const { server, model } = await setup({ plans: ['same', 'same', 'crop', 'colour 1'] });
    const rec = await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 2 },
        { kind: 'generate', n: 2 },
      ]),
    });
    expect(byRole(server, 'planner')).toHaveLength(4);
    expect(rec.candidates.map((c) => c.instruction)).toEqual(['same', 'crop', 'colour 1']);
  });
});

describe("a provider outage is not the instruction's fault", () => {
  it('no repairer or pool prompt holds a task id, a URL or an error message while followers fail', async () => {
    const { server, model } = await setup(
      {
        plans: ['same', 'crop'],
        override: (role) =>
          role === 'follower' ? reply.status(500, { error: { message: 'upstream exploded' } }) : undefined,
      },
      { retries: 0 },
    );
    await solveTask(flipTask('secret-task-id-42'), model, {
      strategy: strategy([
        { kind: 'generate', n: 2 },
        { kind: 'revise', top_k: 1, per_parent: 1 },
        { kind: 'pool', top_k: 2, n: 1 },
      ]),
    });
    const prompts = [...byRole(server, 'repairer'), ...byRole(server, 'pooler')];
    expect(prompts.length).toBeGreaterThanOrEqual(2);
    for (const r of server.requests) {
      expect(r.raw).not.toContain('secret-task-id');
      expect(r.raw).not.toContain('127.0.0.1');
      expect(r.raw).not.toMatch(/ProviderError|HTTP 500|upstream exploded/);
    }
    const revisePrompt = JSON.stringify(byRole(server, 'repairer')[0]!.body.messages);
    expect(revisePrompt).toContain('not a fault of the instruction');
  });
});
