/** Fixtures of the concept tests: two solved tasks sharing a three-step rule, and a third task needing it. */
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import { EFFORTS, parseProgram, runProgram, type MinableTrace } from '../../src/local/index.js';

export const perfect = (id: string, taskHash: string, instruction: string): MinableTrace => ({
  id,
  taskHash,
  instruction,
  trainPerfect: true,
});

/** Two solved tasks whose programs share "mirror, scale up, recolour" with different numbers and colours. */
export const solvedA = perfect(
  't-a',
  'hash-a',
  '1. Mirror the grid left to right.\n2. Scale the grid up 3 times.\n3. Recolour colour 1 to colour 2.',
);
export const solvedB = perfect(
  't-b',
  'hash-b',
  '1. Mirror the grid top to bottom.\n2. Mirror the grid left to right.\n3. Scale the grid up 2 times.\n4. Recolour colour 2 to colour 7, colour 3 to colour 1.',
);

/** The third task needs the same three steps with numbers and colours of its own. */
export const thirdRule = parseProgram(
  '1. Mirror the grid left to right.\n2. Scale the grid up 2 times.\n3. Recolour colour 1 to colour 6, colour 3 to colour 5.',
);
export const ins: Grid[] = [
  [
    [1, 0, 3],
    [0, 1, 0],
    [3, 3, 0],
  ],
  [
    [0, 3, 1],
    [1, 0, 0],
    [0, 1, 3],
  ],
  [
    [3, 1, 0, 1],
    [0, 0, 3, 0],
    [1, 0, 0, 3],
  ],
];
export const third = { ins, outs: ins.map((g) => runProgram(thirdRule, g)!), tests: [ins[0]!] };
export const { maxDepth, widths } = EFFORTS.default;
export const BUDGET = 3000;

/** A task whose train pairs (and test) follow `instruction` on the inputs above. */
export const taskOf = (id: string, instruction: string): Task => {
  const program = parseProgram(instruction);
  const pairs = ins.map((input) => ({ input, output: runProgram(program, input)! }));
  return { id, train: pairs.slice(0, 2), test: pairs.slice(2) };
};
