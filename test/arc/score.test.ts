import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { exactMatch, passAt2, scoreSubmission } from '../../src/arc/score.js';
import {
  benchmarkingTaskFile,
  readSubmission,
  serializeSubmission,
  writeBenchmarkingFiles,
  writeSubmission,
  type Submission,
} from '../../src/arc/submission.js';
import { InputError } from '../../src/errors.js';
import { tempDir, writeFiles } from './_fixtures.js';

const A: Grid = [[1]],
  B: Grid = [[2]],
  C: Grid = [[3]];

describe('exact match and pass@2', () => {
  it.each([
    ['same grid', A, A, true],
    ['different cell', A, B, false],
    ['different shape', [[1, 1]], A, false],
    ['no answer', null, A, false],
  ] as const)('exactMatch: %s', (_n, answer, expected, result) => {
    expect(exactMatch(answer, expected)).toBe(result);
  });
  it.each([
    ['first attempt right', { attempt_1: A, attempt_2: B }, true],
    ['second attempt right', { attempt_1: B, attempt_2: A }, true],
    ['neither', { attempt_1: B, attempt_2: C }, false],
    ['second attempt missing', { attempt_1: B }, false],
    ['no entry', undefined, false],
  ])('passAt2: %s', (_n, pair, result) => {
    expect(passAt2(pair, A)).toBe(result);
  });
});

describe('scoring a submission both ways', () => {
  // t1: 2 outputs, 1 solved (0.5); t2: 1 output solved (1); t3: missing (0, 3 outputs); t4 solved by attempt_2.
  const solutions = new Map<string, Grid[]>([
    ['t1', [A, B]],
    ['t2', [C]],
    ['t3', [A, A, A]],
    ['t4', [B]],
  ]);
  const submission: Submission = {
    t1: [
      { attempt_1: A, attempt_2: C },
      { attempt_1: C, attempt_2: C },
    ],
    t2: [{ attempt_1: C, attempt_2: C }],
    t4: [{ attempt_1: A, attempt_2: B }],
    extra: [{ attempt_1: A, attempt_2: A }],
  };
  const report = scoreSubmission(submission, solutions);

  it('per task (ARC Prize): each task the fraction of its outputs solved, averaged; a missing task counts 0', () => {
    expect(report.tasks.map((t) => [t.taskId, t.score, t.missing])).toEqual([
      ['t1', 0.5, false],
      ['t2', 1, false],
      ['t3', 0, true],
      ['t4', 1, false],
    ]);
    expect(report.perTask).toBeCloseTo((0.5 + 1 + 0 + 1) / 4);
  });
  it('per output (Kaggle): solved outputs over all outputs, missing ones in the denominator', () => {
    expect(report.solvedOutputs).toBe(3);
    expect(report.totalOutputs).toBe(7);
    expect(report.perOutput).toBeCloseTo(3 / 7);
    expect(report.solvedTasks).toBe(2);
  });
  it('ignores submitted tasks that have no solution, and says so', () => {
    expect(report.unknownTasks).toEqual(['extra']);
  });
  it('counts a task with fewer entries than test outputs as failing the missing ones', () => {
    const r = scoreSubmission({ t1: [{ attempt_1: A, attempt_2: A }] }, new Map([['t1', [A, B]]]));
    expect(r.tasks[0]!.solved).toEqual([true, false]);
  });
});

describe('Kaggle submission.json', () => {
  it('round-trips through a file with both attempt keys always written', async () => {
    const sub: Submission = { b: [{ attempt_1: A, attempt_2: B }], a: [{ attempt_1: C }, { attempt_2: A }] };
    const file = join(tempDir(), 'submission.json');
    await writeSubmission(file, sub);
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(raw)).toEqual(['a', 'b']);
    expect(raw.a).toEqual([
      { attempt_1: C, attempt_2: [[0]] },
      { attempt_1: [[0]], attempt_2: A },
    ]);
    const back = await readSubmission(file);
    expect(back).toEqual(raw);
    expect(serializeSubmission(back)).toBe(serializeSubmission(sub));
  });
  it('reads a submission with a missing attempt key (it scores as a failure)', async () => {
    const dir = writeFiles({ 's.json': { t: [{ attempt_1: A }] } });
    expect(await readSubmission(join(dir, 's.json'))).toEqual({ t: [{ attempt_1: A }] });
  });
  it.each([
    ['a bad colour', { t: [{ attempt_1: [[1, 10]], attempt_2: A }] }, 't[0].attempt_1[0][1]'],
    ['not a list per task', { t: { attempt_1: A } }, 't'],
  ])('rejects %s naming the JSON path', async (_n, content, path) => {
    const dir = writeFiles({ 's.json': content });
    const err = await readSubmission(join(dir, 's.json')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).path).toBe(path);
  });
});

describe('arc-agi-benchmarking per-task files', () => {
  it('writes <task_id>.json: per test pair both attempts with answer, correct and metadata', async () => {
    const content = benchmarkingTaskFile('t1', [{ attempt_1: A, attempt_2: B }, { attempt_1: C }], {
      expected: [B, A],
      info: {
        model: 'm',
        provider: 'p',
        startedAt: '2026-01-01T00:00:00.000Z',
        finishedAt: '2026-01-01T00:01:00.000Z',
        promptTokens: 10,
        completionTokens: 5,
        costUsd: 0.25,
      },
    });
    expect(content.map((p) => [p.attempt_1.correct, p.attempt_2.correct])).toEqual([
      [false, true],
      [false, false],
    ]);
    expect(content[1]!.attempt_2.answer).toEqual([[0]]);
    const meta = content[0]!.attempt_1.metadata as Record<string, any>;
    expect(meta).toMatchObject({
      model: 'm',
      provider: 'p',
      task_id: 't1',
      pair_index: 0,
      start_timestamp: '2026-01-01T00:00:00.000Z',
    });
    expect(meta.usage).toMatchObject({ prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 });
    expect(meta.cost.total_cost).toBe(0.25);
    const dir = tempDir();
    const [path] = await writeBenchmarkingFiles(dir, new Map([['t1', content]]));
    expect(path).toBe(join(dir, 't1.json'));
    expect(JSON.parse(readFileSync(path!, 'utf8'))).toEqual(content);
  });
  it('leaves correct null when the expected output is unknown', () => {
    expect(benchmarkingTaskFile('t', [{ attempt_1: A, attempt_2: A }])[0]!.attempt_1.correct).toBeNull();
  });
});
