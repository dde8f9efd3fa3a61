/**
 * The learned search prior: counts fitted from solved programs equal hand-computed ones, the
 * prior they give scores by smoothed log-odds (zero with no data), and it moves the search
 * towards the steps of the solved tasks: a step's rank among the proposals improves, and a
 * small budget finds a program the hand prior alone does not.
 */
import { describe, expect, it } from 'vitest';
import {
  HAND_PRIOR,
  PRIOR_EVIDENCE_TASKS,
  combinePriors,
  fitPriorCounts,
  learnedPrior,
  parseProgram,
  printProgram,
  priorSample,
  priorTotals,
  runProgram,
  search,
  strongestAssociations,
  type PriorSample,
  type SearchPrior,
  type Step,
  type TaskFeatures,
} from '../../src/local/index.js';
import { proposeSteps } from '../../src/local/planner/arg-proposals.js';
import { plannerPrior } from '../../src/run/learned-prior.js';
import { FALL, fallProgram, scattered } from './_gravity.js';

const keepsShape: TaskFeatures = {
  pairs: 2,
  sameShape: true,
  shrinks: false,
  grows: false,
  newColours: [],
  sizeRule: 'same',
};
const crops: TaskFeatures = {
  pairs: 3,
  sameShape: false,
  shrinks: true,
  grows: false,
  newColours: [3],
  sizeRule: null,
};
const gravity: Step = { name: 'gravity', args: { dir: 'down' } };
const recolour: Step = { name: 'recolour', args: { map: { 1: 2 } } };
const crop: Step = { name: 'crop-content', args: {} };
/** Task A solved twice (gravity then recolour; gravity alone), task B once (crop). */
const samples: PriorSample[] = [
  { task: 'A', features: keepsShape, program: [gravity, recolour] },
  { task: 'A', features: keepsShape, program: [gravity] },
  { task: 'B', features: crops, program: [crop] },
];

describe('fitting the prior counts', () => {
  const counts = fitPriorCounts(samples);
  const row = (kind: string, param: string, feature: string, value: string) =>
    counts.find((c) => c.kind === kind && c.param === param && c.feature === feature && c.value === value);

  it('counts each task once per step, and every perfect trace', () => {
    expect(priorTotals(counts)).toEqual({ tasks: 2, traces: 3 });
    expect(row('*', '', 'sameShape', 'true')).toMatchObject({ count: 1, traces: 2 });
    expect(row('*', '', 'grows', 'false')).toMatchObject({ count: 2, traces: 3 });
    expect(row('gravity', '', '*', '*')).toMatchObject({ count: 1, traces: 2 });
    expect(row('gravity', 'down', 'sizeRule', 'same')).toMatchObject({ count: 1, traces: 2 });
    expect(row('recolour', '', 'newColours', 'false')).toMatchObject({ count: 1, traces: 1 });
    expect(row('crop-content', '', 'sizeRule', 'none')).toMatchObject({ count: 1, traces: 1 });
    expect(row('crop-content', '', 'newColours', 'true')).toMatchObject({ count: 1, traces: 1 });
  });

  it('has one row per step item and task condition, and none for colours or maps', () => {
    // A: 4 items (tasks, gravity, gravity down, recolour) x 6 conditions; B: 2 x 6; 2 rows shared.
    expect(counts).toHaveLength(24 + 12 - 2);
    expect(counts.filter((c) => c.kind === 'recolour' && c.param !== '')).toEqual([]);
    expect(row('gravity', 'down', 'sameShape', 'false')).toBeUndefined();
  });
});

describe('the learned prior', () => {
  const prior = learnedPrior(fitPriorCounts(samples));
  const ln = Math.log;

  it('scores nothing with no data: the combined prior is the hand prior', () => {
    expect(learnedPrior([]).score(gravity, keepsShape)).toBe(0);
    const combined = combinePriors(HAND_PRIOR, learnedPrior([]));
    for (const s of [gravity, recolour, crop]) expect(combined.score(s, crops)).toBe(HAND_PRIOR.score(s, crops));
  });

  it('scores a step by its smoothed log-odds, averaged over all tasks and each feature value', () => {
    // gravity, on a task like A: 1 of 2 tasks overall (log 2/2 = 0), 1 of 1 for four of A's
    // values (log 2/1), 1 of 2 for grows=false (0); the kind and kind+param rows agree.
    // Scaled by the evidence: 2 solved tasks of PRIOR_EVIDENCE_TASKS + 2.
    const w = 2 / (2 + PRIOR_EVIDENCE_TASKS);
    expect(prior.score(gravity, keepsShape)).toBeCloseTo((w * 4 * ln(2)) / 6, 12);
    // crop on a task like A: used by none of the tasks sharing four of its values (log 1/2).
    expect(prior.score(crop, keepsShape)).toBeCloseTo((w * -4 * ln(2)) / 6, 12);
    // A step never used: log 1/3 over all tasks and grows=false, log 1/2 for the four others.
    const unused: Step = { name: 'trim', args: {} };
    expect(prior.score(unused, keepsShape)).toBeCloseTo((w * (2 * ln(1 / 3) + 4 * ln(1 / 2))) / 6, 12);
    // Another direction of a used kind sits between the used one and a kind never used.
    const up = prior.score({ name: 'gravity', args: { dir: 'up' } }, keepsShape);
    expect(up).toBeLessThan(prior.score(gravity, keepsShape));
    expect(up).toBeGreaterThan(prior.score(unused, keepsShape));
  });

  it('lists the strongest associations with their counts and lift', () => {
    const top = strongestAssociations(fitPriorCounts(samples), 3);
    expect(top[0]).toMatchObject({ count: 1, tasks: 1, lift: 2 });
    expect(top.every((a) => a.weight >= top[top.length - 1]!.weight)).toBe(true);
  });
});

describe('the prior moves the search towards the solved tasks', () => {
  const pairsOf = (seeds: number[]) =>
    seeds.map((s) => [scattered(s), runProgram(fallProgram, scattered(s))!] as const);
  /** Twenty other tasks solved by one rule, as a library would hold them (enough evidence to outweigh the hand prior). */
  const learnedFrom = (instruction: string) =>
    combinePriors(
      HAND_PRIOR,
      learnedPrior(
        fitPriorCounts(
          Array.from({ length: 20 }, (_, i) => priorSample(`t${i}`, instruction, pairsOf([10 * i + 10, 10 * i + 11]))!),
        ),
      ),
    );
  const warm = learnedFrom(FALL);
  const unrelated = learnedFrom('Slide every object left until it touches something.');
  const task = pairsOf([1, 2, 3]);
  const problem = { ins: task.map(([i]) => i), outs: task.map(([, o]) => o), tests: [scattered(9)] };

  it("raises the rule's step in the proposal order", () => {
    const steps = proposeSteps({ ins: problem.ins, outs: problem.outs });
    const features = { ...keepsShape, pairs: 3 };
    const rankUnder = (prior: SearchPrior) =>
      steps
        .map((s, i) => ({ s, i, v: prior.score(s, features) }))
        .sort((a, b) => b.v - a.v || a.i - b.i)
        .findIndex((x) => x.s.name === 'gravity' && x.s.args.dir === 'down');
    expect(rankUnder(HAND_PRIOR)).toBeGreaterThan(20);
    expect(rankUnder(warm)).toBe(0);
  });

  it('finds the program within a budget where the hand prior alone does not', async () => {
    const finds = async (prior: SearchPrior) =>
      (await search(problem, { applications: 600, prior })).some(
        (f) => f.perfect && printProgram(f.program).includes('fall down'),
      );
    expect(await finds(HAND_PRIOR)).toBe(false);
    expect(await finds(unrelated)).toBe(false);
    expect(await finds(warm)).toBe(true);
  });

  it('steers which states are expanded first: the learned part outranks closeness when only one state may grow', async () => {
    // Fall down, then mirror: after the first step the mirrored grid looks closer to the outputs
    // than the fallen one, so a search that may expand one depth-1 state picks the mirror.
    const twoSteps = parseProgram(`${FALL}\nMirror the grid left to right.`);
    const ins = [1, 2, 3].map(scattered);
    const task = { ins, outs: ins.map((g) => runProgram(twoSteps, g)!), tests: [scattered(9)] };
    const learned = learnedPrior(
      fitPriorCounts(
        Array.from({ length: 20 }, (_, i) => priorSample(`t${i}`, FALL, pairsOf([10 * i + 10, 10 * i + 11]))!),
      ),
    );
    const solves = async (prior: SearchPrior) =>
      (await search(task, { applications: 20_000, widths: [1], maxDepth: 2, pieces: 0, prior })).some(
        (f) => f.perfect && printProgram(f.program) === printProgram(twoSteps),
      );
    // The same step scores without the guide: the order of steps alone does not reach it.
    expect(await solves(combinePriors(HAND_PRIOR, learned))).toBe(false);
    expect(await solves(plannerPrior(learned))).toBe(true);
  });
});
