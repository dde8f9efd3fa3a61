/**
 * The staged schedule's promise, counted at a real HTTP endpoint: on a task whose first planner
 * batch holds a train-perfect instruction, `ettc` sends at most 5 planner requests, their
 * leave-one-out follower calls and 5 answer runs per test input (issue 13).
 */
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { solveTask } from '../../src/evolve/solve-task.js';
import { loadStrategy } from '../../src/evolve/strategy.js';
import { roleOf, type LlmScript } from './_llm-script.js';
import { scriptedLlmServer } from './_llm-setup.js';
import { flipTask } from './_scripted.js';

const setup = scriptedLlmServer();

/** flipTask with a second test input, so the answer runs are counted per input. */
const twoTests = (): Task => {
  const t = flipTask();
  return { ...t, test: [...t.test, { input: [[5, 0, 6]], output: [[6, 0, 5]] }] };
};

async function run(task: Task, preset: string, script: LlmScript) {
  const { server, model } = await setup(script, { concurrency: 8, noCache: true });
  const rec = await solveTask(task, model, { strategy: loadStrategy(preset) });
  const roles = server.requests.map((r) => roleOf(r.body));
  return { rec, total: server.count(), count: (role: string) => roles.filter((r) => r === role).length };
}

describe('requests per task under the bundled presets', () => {
  it.each([
    ['one test input', flipTask()],
    ['two test inputs', twoTests()],
  ])('ettc, first batch perfect (%s): at most 5 + 5 x train + 5 x test requests', async (_name, task) => {
    // Five distinct samples, the first perfect: every one is scored, then the search stops.
    const { rec, total, count } = await run(task, 'ettc', { plans: ['flip', 'same', 'crop', 'colour 1', 'colour 2'] });
    expect(rec.trainPerfect).toBe(true);
    expect(count('planner')).toBe(5);
    expect(count('repairer') + count('pooler')).toBe(0);
    expect(total).toBeLessThanOrEqual(5 + 5 * task.train.length + 5 * task.test.length);
    expect(rec.correct).toEqual(task.test.map(() => true));
  });

  it('ettc, never perfect: every stage runs (5 + 5 + 20 planner samples, 5 pooled revisions)', async () => {
    const plans = Array.from({ length: 30 }, (_, i) => `colour ${i % 10} v${i}`);
    const { rec, count } = await run(flipTask(), 'ettc', { plans, pool: 'colour 9 pooled' });
    expect(rec.trainPerfect).toBe(false);
    expect(count('planner')).toBe(30);
    expect(count('pooler')).toBe(5);
    expect(count('repairer')).toBe(0);
  });

  it('ettc-fast, first batch perfect: 2 planner requests, then the answer', async () => {
    const task = flipTask();
    const { total, count } = await run(task, 'ettc-fast', { plans: ['flip', 'same'] });
    expect(count('planner')).toBe(2);
    expect(total).toBeLessThanOrEqual(2 + 2 * task.train.length + 3 * task.test.length);
  });
});
