/** Inline tasks with a two-step rule the offline engine finds, for the library-through-a-run tests. */
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';

/** Colour 1 becomes 7. */
export const recolour = (g: Grid): Grid => g.map((r) => r.map((v) => (v === 1 ? 7 : v)));
/** Upside down, then colour 1 becomes 7: two steps. */
export const flipRecolour = (g: Grid): Grid => recolour([...g].reverse());

/** A task whose train and test outputs follow `rule` (the test input is the first train input). */
export const ruleTask = (id: string, inputs: Grid[], rule: (g: Grid) => Grid = flipRecolour): Task => ({
  id,
  train: inputs.map((input) => ({ input, output: rule(input) })),
  test: [{ input: inputs[0]!, output: rule(inputs[0]!) }],
});

/** The task whose solution the library stores first. */
export const stored = ruleTask('stored', [
  [
    [1, 0, 2],
    [0, 3, 0],
    [4, 1, 0],
  ],
  [
    [2, 1, 1],
    [0, 0, 3],
    [1, 5, 0],
  ],
]);
