import { describe, expect, it } from 'vitest';
import { leaveOneOut, scoreExample, scoreInstruction, summarise } from '../../src/evolve/fitness.js';
import { Population, rank, topK } from '../../src/evolve/population.js';
import type { Candidate, FollowRequest } from '../../src/evolve/types.js';
import { BudgetExceededError, flipTask, ScriptedModel } from './_scripted.js';

const task = flipTask();
const view = { train: task.train, testInputs: task.test.map((t) => t.input) };
const ctx = { taskId: task.id, step: 'generate' as const };

describe('leave-one-out context', () => {
  it.each([0, 1, 2])('pair %i is never in its own context', (i) => {
    const ctxPairs = leaveOneOut(task.train, i);
    expect(ctxPairs).toHaveLength(2);
    expect(ctxPairs).not.toContain(task.train[i]);
  });

  it('a single train pair gets an empty context', () => {
    expect(leaveOneOut(flipTask('one', 1).train, 0)).toEqual([]);
  });

  it('the follower sees every other pair and predicts the held-out input', async () => {
    const model = new ScriptedModel();
    await scoreInstruction(model, view, 'flip', ctx);
    const follows = model.calls('follow');
    expect(follows).toHaveLength(3);
    for (const f of follows) {
      const req = f.req as FollowRequest;
      const held = task.train.findIndex((p) => p.input === req.input);
      expect(req.context.map((p) => p.input)).toEqual(task.train.filter((_, i) => i !== held).map((p) => p.input));
    }
  });
});

describe('fitness math', () => {
  const expected = [
    [1, 2],
    [3, 4],
  ];
  it.each([
    [
      'exact',
      [
        [1, 2],
        [3, 4],
      ],
      1,
      true,
    ],
    [
      'three of four cells',
      [
        [1, 2],
        [3, 0],
      ],
      0.75,
      false,
    ],
    ['wrong shape', [[1, 2]], 0, false],
    ['no output', null, 0, false],
  ] as const)('%s scores %d', (_name, output, score, exact) => {
    const r = scoreExample(output, expected, output ? undefined : 'boom');
    expect(r.score).toBe(score);
    expect(r.exact).toBe(exact);
  });

  it('fitness is the mean and perfect needs every example exact', () => {
    const exact = scoreExample([[1]], [[1]]);
    const half = scoreExample([[1, 0]], [[1, 1]]);
    expect(summarise([exact, half])).toMatchObject({ fitness: 0.75, perfect: false });
    expect(summarise([exact, exact])).toMatchObject({ fitness: 1, perfect: true });
    expect(summarise([])).toMatchObject({ fitness: 0, perfect: false });
  });

  it.each([
    ['flip', 1, true],
    ['crop', 0, false],
    ['fail', 0, false],
  ])('instruction "%s" has fitness %d', async (instruction, fitness, perfect) => {
    const r = await scoreInstruction(new ScriptedModel(), view, instruction, ctx);
    expect(r.fitness).toBeCloseTo(fitness);
    expect(r.perfect).toBe(perfect);
  });

  it('a failed follower call scores 0 with its error, never failing the candidate', async () => {
    const r = await scoreInstruction(new ScriptedModel(), view, 'fail', ctx);
    expect(r.examples.every((e) => e.score === 0 && /cannot follow/.test(e.error ?? ''))).toBe(true);
  });

  it('a budget error ends scoring', async () => {
    await expect(scoreInstruction(new ScriptedModel(), view, 'budget', ctx)).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
  });
});

describe('population ranking', () => {
  const cand = (id: string, fitness: number, perfect = false): Candidate => ({
    id,
    instruction: id,
    step: 'generate',
    stepIndex: 0,
    parents: [],
    librarySeeds: [],
    examples: [],
    fitness,
    perfect,
  });

  it('orders by fitness, then perfect, then creation order', () => {
    const cs = [cand('c0', 0.5), cand('c1', 0.9), cand('c2', 0.9), cand('c3', 1, true), cand('c10', 0.9)];
    expect(rank(cs).map((c) => c.id)).toEqual(['c3', 'c1', 'c2', 'c10', 'c0']);
    expect(topK(cs, 2).map((c) => c.id)).toEqual(['c3', 'c1']);
  });

  it('reserves ids in order and skips equivalent instructions', () => {
    const p = new Population();
    expect(p.reserve('Flip the grid')).toBe('c0');
    expect(p.reserve('  flip   THE grid ')).toBeNull();
    expect(p.reserve('')).toBeNull();
    expect(p.reserve('crop')).toBe('c1');
  });
});
