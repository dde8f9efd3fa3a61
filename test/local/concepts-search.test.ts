/**
 * Concepts in the offline search: a macro found in two tasks' programs solving a
 * third task, within a step-application budget where the cold search finds nothing, with the
 * answer written out in plain steps that read back.
 */
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { createLocalModel, mineMacros, parseProgram, printProgram, search } from '../../src/local/index.js';
import { BUDGET, ins, maxDepth, solvedA, solvedB, third, thirdRule, widths } from './_concepts.js';
import { ctx, viewOf } from './_tasks.js';

describe('macros in the search', () => {
  const macros = mineMacros([solvedA, solvedB]);

  it('solve a third task within a budget where the cold search finds nothing, in plain steps', async () => {
    const cold = await search(third, { applications: BUDGET, maxDepth, widths });
    expect(cold.some((f) => f.perfect)).toBe(false);
    const warm = await search(third, { applications: BUDGET, maxDepth, widths, macros });
    const best = warm[0]!;
    expect(best.perfect).toBe(true);
    const text = printProgram(best.program);
    expect(text).toBe(printProgram(thirdRule));
    expect(text).not.toMatch(/macro|then-/);
    expect(parseProgram(text)).toEqual(best.program);
  });

  it('reach the local model through its concepts option, read at every search', async () => {
    const task: Task = {
      id: 'third',
      train: third.ins.map((input, i) => ({ input, output: third.outs[i]! })),
      test: [{ input: ins[0]!, output: third.outs[0]! }],
    };
    const cold = createLocalModel({ budget: BUDGET });
    const coldPlans = await cold.plan(viewOf(task), { n: 3, tried: [] }, ctx);
    expect(coldPlans.map((p) => p.instruction)).not.toContain(printProgram(thirdRule));
    let learned: typeof macros = [];
    const warm = createLocalModel({ budget: BUDGET, concepts: () => learned });
    learned = macros;
    const [first] = await warm.plan(viewOf(task), { n: 1, tried: [] }, ctx);
    expect(first!.instruction).toBe(printProgram(thirdRule));
  });

  it('come after the single steps, so a task a single step solves costs no more applications with them', async () => {
    // One step ("mirror the grid left to right") solves this task; find the least budget that reaches it cold.
    const mirrored = { ...third, outs: third.ins.map((g) => g.map((row) => [...row].reverse())) };
    const solvedAt = async (applications: number, withMacros: boolean) =>
      (await search(mirrored, { applications, maxDepth, widths, pieces: 0, ...(withMacros ? { macros } : {}) })).some(
        (f) => f.perfect && f.program.length === 1,
      );
    let least = 1;
    while (!(await solvedAt(least, false))) least *= 2;
    for (let step = least / 4; step >= 1; step /= 2) if (await solvedAt(least - step, false)) least -= step;
    expect(await solvedAt(least - 1, false)).toBe(false);
    expect(await solvedAt(least, true)).toBe(true);
  });
});
