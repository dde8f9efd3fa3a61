/**
 * The offline model's repair, pooling and library paths must build on what they are given. The tasks
 * here are ones the bare planner cannot solve within the test's budget (checked in every test), so a
 * perfect answer can only come from the parent, the parents or the library instruction, and each test
 * asserts the answer is that program (the parent with its one wrong option fixed, the splice of the
 * two parents, the library instruction itself), not merely that something perfect came back.
 * Budgets are step applications; the wall-clock limits are set out of reach so they never decide.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import type { Task } from '../../src/arc/task.js';
import type { Candidate, Model, TaskView } from '../../src/evolve/types.js';
import { canonical, createLocalModel, parseProgram, runOrThrow } from '../../src/local/index.js';
import { candidate, ctx } from './_tasks.js';
import { G } from './_meaning.js';

/** Step applications per plan or revise search. */
const BUDGET = 2000;
const NEVER_MS = 3_600_000;

/** A task whose outputs are `solution` followed on the inputs (the last input is the test). */
function taskOf(solution: string, inputs: readonly Grid[]): Task {
  const pair = (input: Grid) => ({ input, output: runOrThrow(parseProgram(solution), input) });
  return { id: 'descent', train: inputs.slice(0, -1).map(pair), test: inputs.slice(-1).map(pair) };
}
const viewOf = (t: Task): TaskView => ({ train: t.train, testInputs: t.test.map((p) => p.input) });

/** Three steps, one a two-cell wrap-around shift that the planner only reaches as two one-cell shifts. */
const SOLUTION = [
  '1. Shift everything 2 cells right, wrapping around the edges.',
  '2. Rotate the grid a quarter turn clockwise.',
  '3. Swap colour 1 and colour 2.',
].join('\n');
const task = taskOf(SOLUTION, [
  G('1203', '0100', '3002'),
  G('22100', '03001'),
  G('003', '100', '220', '013'),
  G('1002', '0330'),
]);
const view = viewOf(task);
/** A crop to an object that is never the first, a turn, and a two-cell border the planner does not propose. */
const OBJECT_SOLUTION = [
  '1. Crop the grid to the widest object made of one colour.',
  '2. Rotate the grid a quarter turn anticlockwise.',
  '3. Add a border of 2 cells of colour 4 around the grid.',
].join('\n');
const objectTask = taskOf(OBJECT_SOLUTION, [
  G('110000', '000220', '333000', '000000', '000055'),
  G('0000', '2200', '0000', '0111', '0010'),
  G('300030', '300030', '066600', '000000', '000777'),
  G('0000', '0880', '0000', '2222'),
]);

/** A fresh offline model (nothing remembered between tests) limited by step applications only. */
const budgeted = (): Model =>
  createLocalModel({
    planApplications: BUDGET,
    reviseApplications: BUDGET,
    planTimeMs: NEVER_MS,
    reviseTimeMs: NEVER_MS,
    taskTimeMs: NEVER_MS,
  });
const scored = (instruction: string, t: Task = task): Promise<Candidate> => candidate(budgeted(), t, instruction);
const perfect = async (instruction: string, t: Task = task): Promise<boolean> => (await scored(instruction, t)).perfect;
const anyPerfect = async (instructions: readonly string[], t: Task = task): Promise<boolean> =>
  (await Promise.all(instructions.map((i) => perfect(i, t)))).includes(true);

/** The bare planner, same budget, no help: must not solve the task, or the tests below would prove nothing. */
async function expectColdPlanFails(t: Task = task): Promise<void> {
  const cold = await budgeted().plan(viewOf(t), { n: 5, tried: [] }, ctx);
  const proposed = cold.map((p) => p.instruction);
  expect(await anyPerfect(proposed, t)).toBe(false);
}

describe('the offline model builds on what it is given (tasks the bare planner cannot solve in budget)', () => {
  it.each([
    [
      'numbered with step labels, number words and colour names',
      task,
      SOLUTION,
      'Step 1: Shift everything two cells right, wrapping around the edges. Step 2: Rotate the grid a quarter turn clockwise. Step 3: Swap blue and red.',
    ],
    [
      'one stage per sentence, as language models write it',
      objectTask,
      OBJECT_SOLUTION,
      '1. Find the objects made of one colour, ignoring the background.\n2. Keep the widest object.\n3. Crop the grid to it.\n4. Rotate the grid a quarter turn counter-clockwise.\n5. Add a border of two cells of yellow around the grid.',
    ],
  ])(
    'plans from a library example that solves the task (%s), proposing that program first',
    async (_form, t, solution, example) => {
      expect(canonical(example)).toBe(canonical(solution));
      await expectColdPlanFails(t);
      const [top] = await budgeted().plan(viewOf(t), { n: 2, tried: [], examples: ['Not a step.', example] }, ctx);
      expect(canonical(top!.instruction)).toBe(canonical(example));
      expect(await perfect(top!.instruction, t)).toBe(true);
    },
  );

  it('repairs the parent by fixing its one wrong option and keeping the rest', async () => {
    await expectColdPlanFails();
    const parent = await scored(SOLUTION.replace('clockwise', 'anticlockwise'));
    expect(parent.perfect).toBe(false);
    const [top] = await budgeted().revise(view, { parent, n: 3, tried: [parent.instruction] }, ctx);
    expect(canonical(top!.instruction)).toBe(canonical(SOLUTION));
    expect(top!.note).toBeTruthy();
  });

  it('borrows a related library instruction the parent cannot be repaired into', async () => {
    await expectColdPlanFails();
    const parent = await scored('1. Mirror the grid left to right.');
    const alone = await budgeted().revise(view, { parent, n: 5, tried: [parent.instruction] }, ctx);
    expect(await anyPerfect(alone.map((p) => p.instruction))).toBe(false);
    const related = ['1. Rotate the grid half a turn.', SOLUTION];
    const [top] = await budgeted().revise(view, { parent, n: 3, tried: [parent.instruction], related }, ctx);
    expect(canonical(top!.instruction)).toBe(canonical(SOLUTION));
  });

  it('pools two imperfect parents into the splice of a prefix of one and a suffix of the other', async () => {
    await expectColdPlanFails();
    const a = await scored(
      '1. Shift everything 2 cells right, wrapping around the edges.\n2. Rotate the grid a quarter turn clockwise.\n3. Mirror the grid left to right.',
    );
    const b = await scored('1. Rotate the grid half a turn.\n2. Swap colour 1 and colour 2.');
    expect([a.perfect, b.perfect]).toEqual([false, false]);
    const [top] = await budgeted().pool(view, { parents: [a, b], n: 3, tried: [a.instruction, b.instruction] }, ctx);
    const [aSteps, bSteps] = [parseProgram(a.instruction), parseProgram(b.instruction)];
    expect(parseProgram(top!.instruction)).toEqual([...aSteps.slice(0, 2), ...bSteps.slice(1)]);
    expect(await perfect(top!.instruction)).toBe(true);
  });
});
