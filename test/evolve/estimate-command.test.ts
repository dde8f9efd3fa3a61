import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['node', 'arcmem', ...args], {
    print: (t) => (out += t),
    progress: (t) => (err += t),
    colours: false,
    env: {},
  });
  return { code, out, err };
}

describe('arcmem estimate', () => {
  it('prints least and most per task and for the run, with the models and assumptions', async () => {
    const r = await run(['estimate', 'tasks', '--limit', '2', '--model', 'gpt-5', '--preset', 'ettc-fast']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/all 2 tasks\s+\d+/);
    expect(r.out).toContain('models: planner gpt-5, repairer gpt-5, follower gpt-5');
    expect(r.out).toMatch(/least: the first planner batch/);
  });

  it('--json gives the same figures to a program, and needs no key', async () => {
    const r = await run(['estimate', 'tasks', '--limit', '3', '--follower-model', 'gpt-5-nano', '--json']);
    expect(r.code, r.err).toBe(0);
    const e = JSON.parse(r.out);
    expect(e.tasks).toHaveLength(3);
    expect(e.models).toEqual({ planner: 'gpt-5-mini', repairer: 'gpt-5-mini', follower: 'gpt-5-nano' });
    expect(e.least.requests.total).toBe(e.tasks.reduce((n: number, t: any) => n + t.least.requests.total, 0));
    expect(e.most.costUsd).toBeGreaterThan(e.least.costUsd);
  });

  it('an unpriced model says which --price to pass', async () => {
    const r = await run(['estimate', 'tasks', '--limit', '1', '--model', 'my-finetune']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('no price for my-finetune: pass --price MODEL=IN/OUT');
    expect(r.out).toContain('unknown');
  });

  it('the offline engine is refused: it costs nothing', async () => {
    const r = await run(['estimate', 'tasks', '--model', 'local']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/offline engine/);
  });
});
