import { describe, expect, it } from 'vitest';
import { solveTask } from '../../src/evolve/solve-task.js';
import { parseStrategy } from '../../src/evolve/strategy.js';
import type { PoolRequest, ReviseRequest } from '../../src/evolve/types.js';
import type { RunEvent } from '../../src/run/run-files.js';
import { fixedLibrary, flipTask, hit, ScriptedModel } from './_scripted.js';

const strategy = (steps: unknown[], extra: object = {}) => parseStrategy({ steps, ...extra }, 'test');
const threeSteps = strategy([
  { kind: 'generate', n: 4 },
  { kind: 'revise', top_k: 2, per_parent: 1 },
  { kind: 'pool', top_k: 3, n: 2 },
]);

describe('step sequencing and top-k selection', () => {
  it('runs generate, revise on the top k, then pools the top k', async () => {
    const model = new ScriptedModel({ plans: [['crop', 'same', 'fail', 'colour 0']] });
    const rec = await solveTask(flipTask(), model, { strategy: threeSteps });
    expect(model.log.filter((l) => l.method !== 'follow').map((l) => l.method)).toEqual([
      'plan',
      'revise',
      'revise',
      'pool',
    ]);
    // "same" (fitness .5-ish) and "colour 0" beat "crop" and "fail" (0): they are the two revised.
    const revised = model.calls('revise').map((l) => (l.req as ReviseRequest).parent.instruction);
    expect(revised.sort()).toEqual(['colour 0', 'same']);
    expect(rec.candidates.map((c) => c.step)).toEqual([
      'generate',
      'generate',
      'generate',
      'generate',
      'revise',
      'revise',
      'pool',
      'pool',
    ]);
    expect(rec.candidates.map((c) => c.id)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7']);
    expect(rec.calls).toEqual({ planner: 4, repairer: 4, follower: 8 * 3 + 2 });
    expect(rec.status).toBe('done');
    expect(rec.trainPerfect).toBe(false);
  });

  it('pooled revision receives several parents, best first, and children list them', async () => {
    const model = new ScriptedModel({ plans: [['crop', 'same', 'colour 0']] });
    const rec = await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 3 },
        { kind: 'pool', top_k: 3, n: 1 },
      ]),
    });
    const req = model.calls('pool')[0]!.req as PoolRequest;
    expect(req.parents.map((p) => p.instruction)).toEqual(['colour 0', 'same', 'crop']);
    expect(req.parents.every((p) => p.examples.length === 3)).toBe(true);
    expect(rec.candidates.at(-1)!.parents).toEqual(['c2', 'c1', 'c0']);
  });

  it('tells the planner what was tried and skips duplicate proposals', async () => {
    const model = new ScriptedModel({
      plans: [
        ['same', 'crop'],
        ['crop', 'SAME', 'colour 1'],
      ],
    });
    const rec = await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 2 },
        { kind: 'generate', n: 3 },
      ]),
    });
    expect(model.calls('plan')[1]!.req).toMatchObject({ tried: ['same', 'crop'] });
    expect(rec.candidates.map((c) => c.instruction)).toEqual(['same', 'crop', 'colour 1']);
  });
});

describe('early stop', () => {
  it('stops after the step that found a perfect candidate', async () => {
    const model = new ScriptedModel({ plans: [['same', 'flip']] });
    const rec = await solveTask(flipTask(), model, { strategy: threeSteps });
    expect(model.calls('revise')).toHaveLength(0);
    expect(model.calls('pool')).toHaveLength(0);
    expect(rec.trainPerfect).toBe(true);
    expect(rec.best).toBe('c1');
    expect(rec.callsToFirstPerfect).toBeGreaterThan(0);
  });

  it('a step with early_exit stops the search even when stop_on_perfect is false', async () => {
    const model = new ScriptedModel({ plans: [['same', 'flip']] });
    const steps = [{ ...threeSteps.steps[0]!, early_exit: true }, ...threeSteps.steps.slice(1)];
    await solveTask(flipTask(), model, { strategy: strategy(steps, { stop_on_perfect: false }) });
    expect(model.calls('revise')).toHaveLength(0);
    expect(model.calls('pool')).toHaveLength(0);
  });

  it('a step with early_exit false runs the next step even after a perfect candidate', async () => {
    const model = new ScriptedModel({ plans: [['same', 'flip']] });
    const steps = [{ ...threeSteps.steps[0]!, early_exit: false }, ...threeSteps.steps.slice(1)];
    await solveTask(flipTask(), model, { strategy: strategy(steps) });
    expect(model.calls('revise')).toHaveLength(2); // top_k 2, one call per parent
    expect(model.calls('pool')).toHaveLength(0); // the revise step exits early by default
  });

  it('keeps going when stop_on_perfect is false', async () => {
    const model = new ScriptedModel({ plans: [['same', 'flip']] });
    await solveTask(flipTask(), model, { strategy: strategy(threeSteps.steps, { stop_on_perfect: false }) });
    expect(model.calls('pool')).toHaveLength(1);
  });
});

describe('answers', () => {
  it('answers a perfect task correctly and records events', async () => {
    const events: RunEvent[] = [];
    const rec = await solveTask(flipTask(), new ScriptedModel({ plans: [['flip']] }), {
      strategy: threeSteps,
      onEvent: (e) => events.push(e),
    });
    expect(rec.attempts).toEqual([
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
    expect(rec.correct).toEqual([true]);
    expect(events[0]!.type).toBe('task_start');
    expect(events.at(-1)).toMatchObject({ type: 'task_end', trainPerfect: true, status: 'done' });
    expect(events.filter((e) => e.type === 'candidate')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'call')).toHaveLength(1 + 3 + 4);
    // The events' counts add up to the record's role calls (a batch event stands for n calls).
    const counted = events.reduce((a, e) => a + (e.type === 'call' ? (e.count ?? 1) : 0), 0);
    expect(counted).toBe(rec.calls.planner + rec.calls.repairer + rec.calls.follower);
  });
});

describe('budget and timeout', () => {
  it('a budget stop mid-task keeps the best so far and answers with it', async () => {
    const model = new ScriptedModel({ plans: [['same', 'crop']], revise: () => 'budget' });
    const rec = await solveTask(flipTask(), model, { strategy: threeSteps });
    expect(rec.status).toBe('budget');
    expect(rec.error).toMatch(/BudgetExceededError/);
    expect(rec.candidates.map((c) => c.instruction)).toEqual(['same', 'crop']);
    expect(model.calls('pool')).toHaveLength(0);
    // answered with the best imperfect candidate, told it may be wrong
    const answers = model.log.filter((l) => l.ctx.step === 'answer');
    expect(answers.map((l) => (l.req as { uncertain?: boolean }).uncertain)).toEqual([true, true]);
    expect(rec.attempts[0]!.attempt_1).toEqual([
      [7, 0],
      [0, 8],
    ]);
  });

  it('a timeout stops the search cleanly with status timeout', async () => {
    const ac = new AbortController();
    const model = new ScriptedModel({ plans: [['same', 'hang']] });
    setTimeout(() => ac.abort(new Error('task timeout')), 50);
    const rec = await solveTask(flipTask(), model, { strategy: threeSteps, signal: ac.signal });
    expect(rec.status).toBe('timeout');
    expect(rec.candidates.map((c) => c.instruction)).toEqual(['same']);
    expect(rec.attempts).toHaveLength(1);
  });
});

describe('library seeding', () => {
  const seeded = strategy(
    [
      { kind: 'seed', k: 2, show_planner: true },
      { kind: 'generate', n: 2 },
      { kind: 'revise', top_k: 1, per_parent: 1 },
    ],
    { stop_on_perfect: false },
  );

  it('scores retrieved instructions as seed candidates and shows the best to the planner', async () => {
    const lib = fixedLibrary({ similar: [hit('e1', 'crop'), hit('e2', 'same'), hit('e3', 'flip')] });
    const model = new ScriptedModel({ plans: [['colour 1']] });
    const rec = await solveTask(flipTask(), model, { strategy: seeded, library: lib });
    const seeds = rec.candidates.filter((c) => c.step === 'seed');
    expect(seeds.map((c) => [c.instruction, c.librarySeeds])).toEqual([
      ['crop', ['e1']],
      ['same', ['e2']],
    ]);
    expect(model.calls('plan')[0]!.req).toMatchObject({ examples: ['same', 'crop'] });
    expect(rec.libraryHits).toEqual(['e1', 'e2']);
    expect(rec.seedFollowerCalls).toBe(6);
    // the revised child of the best seed inherits its attribution
    const child = rec.candidates.find((c) => c.step === 'revise')!;
    expect(child.librarySeeds).toEqual(['e2']);
    expect(rec.viaLibrary).toBe(true);
  });

  it('a seed can win', async () => {
    const lib = fixedLibrary({ similar: [hit('e9', 'flip')] });
    const rec = await solveTask(flipTask(), new ScriptedModel(), { strategy: seeded, library: lib });
    expect(rec.best).toBe('c0');
    expect(rec.trainPerfect && rec.viaLibrary).toBe(true);
  });

  it('shows related library instructions to the repairer when asked', async () => {
    const lib = fixedLibrary({ related: [hit('r1', 'crop'), hit('r2', 'colour 3')] });
    const model = new ScriptedModel({ plans: [['same']] });
    await solveTask(flipTask(), model, {
      strategy: strategy([
        { kind: 'generate', n: 1 },
        { kind: 'revise', top_k: 1, per_parent: 1, show_related: true },
      ]),
      library: lib,
    });
    expect((model.calls('revise')[0]!.req as ReviseRequest).related).toEqual(['crop', 'colour 3']);
  });

  it('reuse-solved answers from a stored solution with zero planner calls', async () => {
    const lib = fixedLibrary({ exact: [hit('s1', 'flip', 0)] });
    const model = new ScriptedModel();
    const rec = await solveTask(flipTask(), model, { strategy: threeSteps, library: lib, reuseSolved: true });
    expect(model.calls('plan')).toHaveLength(0);
    expect(rec.calls.planner).toBe(0);
    expect(rec.trainPerfect && rec.viaLibrary).toBe(true);
    expect(rec.correct).toEqual([true]);
  });

  it('reuse-solved falls back to evolution when the stored solution no longer fits', async () => {
    const lib = fixedLibrary({ exact: [hit('s1', 'crop', 0)] });
    const model = new ScriptedModel({ plans: [['flip']] });
    const rec = await solveTask(flipTask(), model, { strategy: threeSteps, library: lib, reuseSolved: true });
    expect(model.calls('plan')).toHaveLength(1);
    expect(rec.trainPerfect).toBe(true);
    expect(rec.viaLibrary).toBe(false);
  });
});
