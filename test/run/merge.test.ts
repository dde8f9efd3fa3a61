import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/evolve/strategy.js';
import { mergeRuns } from '../../src/run/merge.js';
import { inShard } from '../../src/run/schedule.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';

const strategy = parseStrategy({ steps: [{ kind: 'generate', n: 1 }] }, 'test');
const tmp = () => mkdtempSync(join(tmpdir(), 'arcmem-merge-'));

describe('merging shard run folders', () => {
  it('gives the same submission and totals as one run over all tasks', async () => {
    const tasks = Array.from({ length: 12 }, (_, i) => flipTask(`t${String(i).padStart(2, '0')}`, 1 + (i % 3)));
    const model = () => new ScriptedModel({ plans: [['flip']] });
    const shards = await Promise.all(
      [0, 1, 2].map(async (index) => {
        const out = tmp();
        await solveTasks(inShard(tasks, { index, count: 3 }), { out, strategy, models: [model()] });
        return out;
      }),
    );
    const whole = tmp();
    const wholeSummary = await solveTasks(tasks, { out: whole, strategy, models: [model()] });
    const merged = tmp();
    const { summary } = mergeRuns(shards, merged);
    expect(readFileSync(join(merged, 'submission.json'), 'utf8')).toBe(
      readFileSync(join(whole, 'submission.json'), 'utf8'),
    );
    expect(readdirSync(join(merged, 'tasks')).sort()).toEqual(readdirSync(join(whole, 'tasks')).sort());
    for (const key of ['tasks', 'finished', 'train_perfect', 'score', 'score_per_output', 'calls', 'llm'] as const)
      expect(summary[key]).toEqual(wholeSummary[key]);
    const lines = readFileSync(join(merged, 'events.jsonl'), 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.includes('"task_end"'))).toHaveLength(12);
  });

  it('keeps the better record of a task present twice', async () => {
    const a = tmp(),
      b = tmp();
    await solveTasks([flipTask('x')], { out: a, strategy, models: [new ScriptedModel({ plans: [['same']] })] });
    await solveTasks([flipTask('x')], { out: b, strategy, models: [new ScriptedModel({ plans: [['flip']] })] });
    const { summary } = mergeRuns([a, b], tmp());
    expect(summary).toMatchObject({ tasks: 1, train_perfect: 1, score: 1 });
  });

  it('refuses a folder that is not a run', () => {
    expect(() => mergeRuns([tmp()], tmp())).toThrow(/not a run folder/);
  });
});
