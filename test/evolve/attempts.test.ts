import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { makeAttempts, pickAttempts } from '../../src/evolve/attempts.js';
import type { Candidate, FollowRequest } from '../../src/evolve/types.js';
import { flipTask, ScriptedModel } from './_scripted.js';

const task = flipTask();
const view = {
  train: task.train,
  testInputs: [
    [
      [7, 0],
      [0, 8],
    ],
  ] as Grid[],
};
const cand = (id: string, instruction: string, fitness: number): Candidate => ({
  id,
  instruction,
  step: 'generate',
  stepIndex: 0,
  parents: [],
  librarySeeds: [],
  examples: [],
  fitness,
  perfect: fitness === 1,
});
const opts = { taskId: task.id, runs: 4 };

describe('picking attempts', () => {
  const a = [[1]],
    b = [[2]],
    fallback = [[9]];
  it.each([
    ['two distinct', [a, b], a, b],
    ['duplicates skipped for attempt_2', [a, a, b], a, b],
    ['one output duplicated', [a, a], a, a],
    ['nothing: the test input', [], fallback, fallback],
  ] as const)('%s', (_n, outputs, one, two) => {
    expect(pickAttempts(outputs as unknown as Grid[], fallback)).toEqual({ attempt_1: one, attempt_2: two });
  });
});

describe('attempts from candidates', () => {
  it('perfect candidates are cycled until two distinct outputs exist', async () => {
    // Both perfect candidates agree, so all 4 runs are spent looking for a second output.
    const model = new ScriptedModel();
    const r = await makeAttempts(
      model,
      view,
      [cand('c0', 'flip', 1), cand('c1', 'flip again', 1), cand('c2', 'same', 0.5)],
      opts,
    );
    const follows = model.calls('follow');
    expect(follows.map((f) => (f.req as FollowRequest).instruction)).toEqual([
      'flip',
      'flip again',
      'flip',
      'flip again',
    ]);
    expect(follows.map((f) => f.ctx.sample)).toEqual([0, 1, 2, 3]);
    expect(follows.every((f) => f.ctx.step === 'answer' && !(f.req as FollowRequest).uncertain)).toBe(true);
    expect(r.attempts).toEqual([
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
  });

  it('stops running once two distinct outputs exist', async () => {
    const model = new ScriptedModel();
    const r = await makeAttempts(model, view, [cand('c0', 'flip', 1), cand('c1', 'colour 5', 1)], opts);
    expect(model.calls('follow')).toHaveLength(2);
    expect(r.attempts[0]).toEqual({
      attempt_1: [
        [0, 7],
        [8, 0],
      ],
      attempt_2: [
        [5, 5],
        [5, 5],
      ],
    });
  });

  it('the follower sees every train pair when answering', async () => {
    const model = new ScriptedModel();
    await makeAttempts(model, view, [cand('c0', 'flip', 1)], { ...opts, runs: 1 });
    expect((model.calls('follow')[0]!.req as FollowRequest).context).toEqual(task.train);
  });

  it('without a perfect candidate the two best are followed, marked uncertain', async () => {
    const model = new ScriptedModel();
    const r = await makeAttempts(
      model,
      view,
      [cand('c0', 'crop', 0), cand('c1', 'same', 0.6), cand('c2', 'colour 1', 0.5)],
      opts,
    );
    const follows = model.calls('follow').map((f) => f.req as FollowRequest);
    expect(follows.map((f) => [f.instruction, f.uncertain])).toEqual([
      ['same', true],
      ['colour 1', true],
    ]);
    expect(r.attempts[0]).toEqual({
      attempt_1: [
        [7, 0],
        [0, 8],
      ],
      attempt_2: [
        [1, 1],
        [1, 1],
      ],
    });
  });

  it('a failing follower falls back to the other output, then to the test input', async () => {
    const one = await makeAttempts(
      new ScriptedModel(),
      view,
      [cand('c0', 'fail', 0.6), cand('c1', 'colour 2', 0.5)],
      opts,
    );
    expect(one.attempts[0]).toEqual({
      attempt_1: [
        [2, 2],
        [2, 2],
      ],
      attempt_2: [
        [2, 2],
        [2, 2],
      ],
    });
    const none = await makeAttempts(new ScriptedModel(), view, [], opts);
    expect(none.attempts[0]).toEqual({
      attempt_1: [
        [7, 0],
        [0, 8],
      ],
      attempt_2: [
        [7, 0],
        [0, 8],
      ],
    });
  });

  it('one attempt pair per test input, in order', async () => {
    const two = { ...view, testInputs: [[[1, 2]], [[3, 4]]] as Grid[] };
    const r = await makeAttempts(new ScriptedModel(), two, [cand('c0', 'flip', 1)], { ...opts, runs: 1 });
    expect(r.attempts.map((a) => a.attempt_1)).toEqual([[[2, 1]], [[4, 3]]]);
  });

  it('a budget stop while answering is reported, not thrown', async () => {
    const r = await makeAttempts(new ScriptedModel(), view, [cand('c0', 'budget', 1)], opts);
    expect((r.stop as Error).name).toBe('BudgetExceededError');
    expect(r.attempts[0]!.attempt_1).toEqual([
      [7, 0],
      [0, 8],
    ]);
  });
});
