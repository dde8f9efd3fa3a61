import { appendFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import type { Model } from '../../src/evolve/types.js';
import type { RunEvent, TaskRecord } from '../../src/run/run-files.js';
import { RunFolder } from '../../src/run/run-folder.js';
import { inShard, parseShard, smallestFirst } from '../../src/run/schedule.js';
import { solveTasks } from '../../src/run/solve-tasks.js';
import { flipTask, ScriptedModel } from '../evolve/_scripted.js';

const strategy = parseStrategy(
  {
    steps: [
      { kind: 'generate', n: 2 },
      { kind: 'revise', top_k: 1, per_parent: 1 },
    ],
  },
  'test',
);
const tmp = () => mkdtempSync(join(tmpdir(), 'arcmem-run-'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const events = (dir: string): RunEvent[] =>
  readFileSync(join(dir, 'events.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

/** Three tasks of different sizes; "big" has no known solution. */
function taskSet(): Task[] {
  const big = flipTask('big', 3);
  return [{ ...big, test: big.test.map((t) => ({ input: t.input })) }, flipTask('small', 1), flipTask('mid', 2)];
}

/** A model that fails on one task (recognised by its single... two train pairs) and flips the rest. */
function modelFailingOn(trainPairs: number): Model & { log: ScriptedModel['log'] } {
  const inner = new ScriptedModel({ plans: [['flip']] });
  return Object.assign(Object.create(inner), {
    log: inner.log,
    roles: inner.roles,
    plan: async (...args: Parameters<Model['plan']>) => {
      if (args[0].train.length === trainPairs) throw new Error('endpoint exploded');
      return inner.plan(...args);
    },
  });
}

describe('a run folder', () => {
  it('holds submission, task records, events and summary', async () => {
    const out = tmp();
    const summary = await solveTasks(taskSet(), {
      out,
      strategy,
      models: [new ScriptedModel({ plans: [['flip']] })],
      settings: { preset: 'test' },
    });
    const submission = readJson(join(out, 'submission.json'));
    expect(Object.keys(submission).sort()).toEqual(['big', 'mid', 'small']);
    expect(submission.small).toEqual([
      {
        attempt_1: [
          [0, 7],
          [8, 0],
        ],
        attempt_2: [
          [0, 7],
          [8, 0],
        ],
      },
    ]);
    expect(readdirSync(join(out, 'tasks')).sort()).toEqual(['big.json', 'mid.json', 'small.json']);
    const rec: TaskRecord = readJson(join(out, 'tasks', 'mid.json'));
    expect(rec.candidates[0]).toMatchObject({ instruction: 'flip', step: 'generate', perfect: true });
    expect(rec.candidates[0]!.examples).toHaveLength(2);
    expect(events(out).filter((e) => e.type === 'task_end')).toHaveLength(3);
    expect(readJson(join(out, 'summary.json'))).toEqual(summary);
    expect(summary).toMatchObject({
      tasks: 3,
      finished: 3,
      train_perfect: 3,
      score: 1,
      score_per_output: 1,
      solved_tasks: 2,
      settings: { preset: 'test' },
    });
    expect(summary.llm).toEqual({
      requests: 0,
      cache_hits: 0,
      prompt_tokens: 0,
      completion_tokens: 0,
      reasoning_tokens: 0,
      cost_usd: 0,
    });
    expect(summary.calls.planner).toBe(6);
    expect(readJson(join(out, 'settings.json'))).toEqual({ preset: 'test' });
  });

  it('runs the smallest task first', async () => {
    const out = tmp();
    await solveTasks(taskSet(), {
      out,
      strategy,
      models: [new ScriptedModel({ plans: [['flip']] })],
      taskConcurrency: 1,
    });
    expect(
      events(out)
        .filter((e) => e.type === 'task_start')
        .map((e) => e.taskId),
    ).toEqual(['small', 'mid', 'big']);
    expect(smallestFirst(taskSet()).map((t) => t.id)).toEqual(['small', 'mid', 'big']);
  });

  it('isolates one task failure: recorded with its error, the others finish', async () => {
    const out = tmp();
    const summary = await solveTasks(taskSet(), { out, strategy, models: [modelFailingOn(2)] });
    expect(summary.status).toEqual({ done: 2, error: 1, budget: 0, timeout: 0 });
    expect(summary.errors).toEqual([{ taskId: 'mid', error: 'Error: endpoint exploded' }]);
    const mid: TaskRecord = readJson(join(out, 'tasks', 'mid.json'));
    expect(mid.status).toBe('error');
    expect(readJson(join(out, 'submission.json')).mid).toEqual([
      {
        attempt_1: [
          [7, 0],
          [0, 8],
        ],
        attempt_2: [
          [7, 0],
          [0, 8],
        ],
      },
    ]);
    expect(summary.score).toBeCloseTo(0.5);
  });

  it('reports progress as tasks finish', async () => {
    const seen: number[] = [];
    await solveTasks(taskSet(), {
      out: tmp(),
      strategy,
      models: [new ScriptedModel({ plans: [['flip']] })],
      onProgress: (p) => seen.push(p.done),
    });
    expect(seen).toEqual([0, 1, 2, 3, 3]);
  });

  it('stops a slow task at its timeout with the best so far', async () => {
    const out = tmp();
    const model = new ScriptedModel({ plans: [['same', 'hang']] });
    const summary = await solveTasks([flipTask('slow')], { out, strategy, models: [model], taskTimeoutS: 0.1 });
    expect(summary.status.timeout).toBe(1);
    expect(
      readJson(join(out, 'tasks', 'slow.json')).candidates.map((c: { instruction: string }) => c.instruction),
    ).toEqual(['same']);
  });
});

describe('resume', () => {
  it('does not redo finished tasks and redoes the rest', async () => {
    const out = tmp();
    const first = new ScriptedModel({ plans: [['flip']] });
    await solveTasks(taskSet().slice(1), { out, strategy, models: [first] });
    const second = new ScriptedModel({ plans: [['flip']] });
    const summary = await solveTasks(taskSet(), { out, strategy, models: [second], resume: true });
    expect(second.calls('plan')).toHaveLength(1); // only "big"
    expect(summary).toMatchObject({ tasks: 3, finished: 3, train_perfect: 3 });
  });

  it('retries tasks that failed with an error', async () => {
    const out = tmp();
    await solveTasks(taskSet(), { out, strategy, models: [modelFailingOn(2)] });
    const again = new ScriptedModel({ plans: [['flip']] });
    const summary = await solveTasks(taskSet(), { out, strategy, models: [again], resume: true });
    expect(again.calls('plan')).toHaveLength(1);
    expect(summary.status.error).toBe(0);
  });

  it('tolerates a torn last event line and a damaged task file', async () => {
    const out = tmp();
    await solveTasks(taskSet(), { out, strategy, models: [new ScriptedModel({ plans: [['flip']] })] });
    appendFileSync(join(out, 'events.jsonl'), '{"type":"call","taskId":"bi');
    writeFileSync(join(out, 'tasks', 'big.json'), '{"taskId": "big", "stat');
    const warnings: string[] = [];
    const model = new ScriptedModel({ plans: [['flip']] });
    await solveTasks(taskSet(), { out, strategy, models: [model], resume: true, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([expect.stringContaining('big.json')]);
    expect(model.calls('plan')).toHaveLength(1);
    expect(() => events(out)).not.toThrow();
    expect(RunFolder.open(out).readTasks().size).toBe(3);
  });
});

describe('cascade', () => {
  it('sends only tasks the first model did not make perfect to the next, keeping the better record', async () => {
    const out = tmp();
    const cheap = modelFailingOn(2); // solves small and big, errors on mid
    const strong = new ScriptedModel({ plans: [['flip']] });
    const summary = await solveTasks(taskSet(), { out, strategy, models: [cheap, strong] });
    expect(strong.calls('plan')).toHaveLength(1);
    expect(summary.train_perfect).toBe(3);
    const mid: TaskRecord = readJson(join(out, 'tasks', 'mid.json'));
    expect(mid.stages?.map((s) => [s.status, s.trainPerfect])).toEqual([
      ['error', false],
      ['done', true],
    ]);
    expect(mid.status).toBe('done');
    const small: TaskRecord = readJson(join(out, 'tasks', 'small.json'));
    expect(small.stages).toHaveLength(1);
  });

  it('resumes a cascade at the stage it stopped', async () => {
    const out = tmp();
    await solveTasks(taskSet(), { out, strategy, models: [modelFailingOn(2)] }); // as if killed after stage 1... of a 1-stage run
    const strong = new ScriptedModel({ plans: [['flip']] });
    await solveTasks(taskSet(), {
      out,
      strategy,
      models: [new ScriptedModel({ plans: [['same']] }), strong],
      resume: true,
    });
    expect(strong.calls('plan')).toHaveLength(1);
  });
});

describe('shards', () => {
  const tasks = Array.from({ length: 40 }, (_, i) => flipTask(`t${i}`, 1));
  it('split a task set into disjoint, complete, stable parts', () => {
    const parts = [0, 1, 2].map((i) => inShard(tasks, { index: i, count: 3 }).map((t) => t.id));
    expect(parts.flat().sort()).toEqual(tasks.map((t) => t.id).sort());
    expect(parts.every((p) => p.length > 5)).toBe(true);
    expect(inShard(tasks.slice(0, 20), { index: 1, count: 3 }).map((t) => t.id)).toEqual(
      parts[1]!.filter((id) => Number(id.slice(1)) < 20),
    );
  });

  it.each(['1/1', '3/3', 'a/b', '0/0', '2'])('rejects --shard %s', (s) => {
    expect(() => parseShard(s)).toThrow(/--shard/);
  });

  it('parses i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
  });
});
