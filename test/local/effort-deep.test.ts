/**
 * `--effort deep` changes the search, not only its budget: on an inline task whose program takes
 * four steps, the default effort (programs of at most three steps) proposes nothing that fits the
 * train pairs, and the deep effort (four steps, wider at every depth) proposes a four-step program
 * that does. The wall-clock limits are out of reach, so the step applications decide.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { createLocalModel, EFFORTS, parseProgram, type Effort } from '../../src/local/index.js';
import { ctx, perfectOnTrain, viewOf } from './_tasks.js';

/** Mirror left to right, add a border of colour 5, scale up twice, recolour 1 to 2: worked out by hand. */
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
];
const border = (h: number, w: number, inner: Grid): Grid =>
  Array.from({ length: h }, (_, r) =>
    Array.from({ length: w }, (_, c) => (r < 2 || c < 2 || r >= h - 2 || c >= w - 2 ? 5 : inner[r - 2]![c - 2]!)),
  );
const task: Task = {
  id: 'four-steps',
  train: [
    {
      input: ins[0]!,
      output: border(8, 10, [
        [0, 0, 0, 0, 2, 2],
        [0, 0, 0, 0, 2, 2],
        [0, 0, 3, 3, 2, 2],
        [0, 0, 3, 3, 2, 2],
      ]),
    },
    {
      input: ins[1]!,
      output: border(10, 8, [
        [2, 2, 0, 0],
        [2, 2, 0, 0],
        [2, 2, 3, 3],
        [2, 2, 3, 3],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
      ]),
    },
  ],
  test: [
    {
      input: [
        [3, 3, 1],
        [0, 0, 0],
        [1, 0, 0],
      ],
    },
  ],
};

const proposalsAt = async (effort: Effort) => {
  const model = createLocalModel({ effort, planTimeMs: 3_600_000, taskTimeMs: 3_600_000 });
  const proposals = await model.plan(viewOf(task), { n: 5, tried: [] }, ctx);
  const fits = await Promise.all(proposals.map((p) => perfectOnTrain(model, task, p.instruction)));
  return proposals.map((p, i) => ({ program: parseProgram(p.instruction), fits: fits[i] }));
};

describe('the deep effort', () => {
  it('searches longer programs and wider than the default', () => {
    expect(EFFORTS.deep.maxDepth).toBeGreaterThan(EFFORTS.default.maxDepth);
    expect(EFFORTS.deep.applications).toBeGreaterThan(EFFORTS.default.applications);
  });

  it('finds a four-step program the default effort cannot reach', { timeout: 120_000 }, async () => {
    const atDefault = await proposalsAt('default');
    expect(atDefault.some((p) => p.fits)).toBe(false);
    const atDeep = await proposalsAt('deep');
    const best = atDeep[0]!;
    expect(best.fits).toBe(true);
    expect(best.program.length).toBe(4);
    expect(best.program.length).toBeGreaterThan(EFFORTS.default.maxDepth);
  });
});
