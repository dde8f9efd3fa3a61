/**
 * The compositional search: depth-3 programs on inline tasks, budgets counted in step
 * applications, determinism, the prior's hook, and every program it finds read back from English.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { parseProgram } from '../../src/local/language/parse.js';
import { printProgram } from '../../src/local/language/print.js';
import { runProgram } from '../../src/local/language/run.js';
import type { Step } from '../../src/local/language/types.js';
import { HAND_PRIOR, search, type SearchPrior } from '../../src/local/index.js';

/** Mirror left to right, recolour 1 to 2, then scale up twice: three steps, worked out by hand below. */
const ins: Grid[] = [
  [
    [1, 0, 0],
    [1, 3, 0],
  ],
  [
    [0, 1],
    [3, 1],
    [0, 0],
  ],
  [
    [3, 3, 1],
    [0, 0, 0],
    [1, 0, 0],
  ],
];
const outs: Grid[] = [
  [
    [0, 0, 0, 0, 2, 2],
    [0, 0, 0, 0, 2, 2],
    [0, 0, 3, 3, 2, 2],
    [0, 0, 3, 3, 2, 2],
  ],
  [
    [2, 2, 0, 0],
    [2, 2, 0, 0],
    [2, 2, 3, 3],
    [2, 2, 3, 3],
    [0, 0, 0, 0],
    [0, 0, 0, 0],
  ],
  [
    [2, 2, 3, 3, 3, 3],
    [2, 2, 3, 3, 3, 3],
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 0, 0],
    [0, 0, 0, 0, 2, 2],
    [0, 0, 0, 0, 2, 2],
  ],
];
const testIn: Grid = [
  [1, 1, 3],
  [0, 0, 1],
];
const testOut: Grid = [
  [3, 3, 2, 2, 2, 2],
  [3, 3, 2, 2, 2, 2],
  [2, 2, 0, 0, 0, 0],
  [2, 2, 0, 0, 0, 0],
];
const threeSteps = { ins, outs, tests: [testIn] };

describe('search to depth 3', () => {
  it('finds a three-step program that gives the hand-computed test output', async () => {
    const found = await search(threeSteps, { applications: 30_000, widths: [10, 4] });
    const best = found[0]!;
    expect(best.perfect).toBe(true);
    expect(best.program).toHaveLength(3);
    expect(best.grids[3]).toEqual(testOut);
  });

  it('counts its budget in step applications: too few and the program is out of reach', async () => {
    const found = await search(threeSteps, { applications: 1000, widths: [10, 4] });
    expect(found.some((f) => f.perfect)).toBe(false);
  });

  it('gives the same programs in the same order every time', async () => {
    const texts = async () =>
      (await search(threeSteps, { applications: 30_000, widths: [10, 4] })).map((f) => printProgram(f.program));
    expect(await texts()).toEqual(await texts());
  });

  it('prints every program it finds as English that parses back and gives the same grids', async () => {
    const found = await search(threeSteps, { applications: 30_000, widths: [10, 4] });
    expect(found.length).toBeGreaterThan(50);
    for (const f of found) {
      const reread = parseProgram(printProgram(f.program));
      expect(reread).toEqual(f.program);
      expect([...ins, testIn].map((g) => runProgram(reread, g))).toEqual(f.grids);
    }
  });
});

describe('the prior', () => {
  // Two one-step programs fit: "Recolour colour 1 to colour 2." and "Paint every non-background cell colour 2.";
  // they reach the same state, which is kept once, under whichever program the prior has tried first.
  const recolour = {
    ins: [[[1, 0]], [[0, 1, 1]]] as Grid[],
    outs: [[[2, 0]], [[0, 2, 2]]] as Grid[],
    tests: [[[1, 1]]] as Grid[],
  };
  const kinds = (program: readonly Step[]) => program.map((s) => s.name).join(',');

  it('puts the hand prior’s favourite (the earlier step kind) first by default', async () => {
    const found = (await search(recolour, { applications: 5000 })).filter((f) => f.perfect && f.program.length === 1);
    expect(found.map((f) => kinds(f.program))).toEqual(['recolour']);
  });

  it('lets a supplied prior change the order', async () => {
    const likesPainting: SearchPrior = {
      score: (step, features) => (step.name === 'paint-all' ? 1 : HAND_PRIOR.score(step, features)),
    };
    const found = await search(recolour, { applications: 5000, prior: likesPainting });
    expect(kinds(found[0]!.program)).toBe('paint-all');
  });
  it('sums the prior over every program’s own steps, each step scored once where it is proposed', async () => {
    // A score that differs for every step's content: a score handed to the wrong step would show.
    const calls = new Map<string, number>();
    const byContent: SearchPrior = {
      score: (step) => {
        const key = JSON.stringify(step);
        calls.set(key, (calls.get(key) ?? 0) + 1);
        return (key.length % 97) / 97 + (step.name.charCodeAt(0) % 7);
      },
    };
    const found = await search(threeSteps, { applications: 30_000, widths: [10, 4], prior: byContent });
    expect(found.length).toBeGreaterThan(50);
    const sum = (program: readonly Step[]) =>
      program.reduce((s, step) => s + (JSON.stringify(step).length % 97) / 97 + (step.name.charCodeAt(0) % 7), 0);
    for (const f of found.filter((x) => x.program.every((step) => step.name !== 'layers')))
      expect(f.prior).toBeCloseTo(sum(f.program), 9);
    // expanded states: the root and at most 10 + 4 more; a step is proposed at most once per state
    expect(Math.max(...calls.values())).toBeLessThanOrEqual(15);
  });
});
