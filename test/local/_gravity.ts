/** Inline tasks whose rule is one step late in the hand prior's order: everything falls down. */
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { parseProgram, runProgram } from '../../src/local/index.js';

export const FALL = 'Let every non-background cell fall down.';
export const fallProgram = parseProgram(FALL);

/** A 5x5 grid with a few coloured cells, different for each seed. */
export const scattered = (seed: number): Grid =>
  Array.from({ length: 5 }, (_, r) =>
    Array.from({ length: 5 }, (_, c) =>
      (r * 7 + c * 13 + seed * 29 + r * c * seed) % 11 < 3 ? 1 + ((r + c + seed) % 3) : 0,
    ),
  );

const pair = (seed: number) => ({ input: scattered(seed), output: runProgram(fallProgram, scattered(seed))! });

/** A task with two train pairs and one test pair from seeds seed, seed+1, seed+2. */
export const gravityTask = (id: string, seed: number): Task => ({
  id,
  train: [pair(seed), pair(seed + 1)],
  test: [pair(seed + 2)],
});
