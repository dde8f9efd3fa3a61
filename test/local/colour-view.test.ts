/**
 * The colour-rank view of a task: each pair's colours renamed by how many cells each has. A rule
 * that needs a different colour table on every pair ("swap the two most common colours that are
 * not the background") is one plain step on the view, and the program found there is written as a
 * `by-colour-rank` step that the follower runs on the task's own colours.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { createLocalModel, EFFORTS, parseProgram, printProgram, runProgram, search } from '../../src/local/index.js';
import { byColourRank, colourView, searchWithColourView } from '../../src/local/search/colour-view.js';
import { rank, type Found } from '../../src/local/search/found.js';
import { G } from './_meaning.js';
import { ctx } from './_tasks.js';

/** A 5 x 5 scene of colours bg (12 cells), a (7), b (4), c (2); the layout differs with `shift`. */
function scene(bg: number, a: number, b: number, c: number, shift: number): Grid {
  const cells = [...Array(12).fill(bg), ...Array(7).fill(a), ...Array(4).fill(b), ...Array(2).fill(c)] as number[];
  const laid = Array.from({ length: 25 }, (_, i) => cells[(i * 7 + shift) % 25]!);
  return Array.from({ length: 5 }, (_, r) => laid.slice(r * 5, r * 5 + 5));
}
/** The scene with its second and third most common colours swapped. */
const swapped = (g: Grid, a: number, b: number): Grid =>
  g.map((row) => row.map((v) => (v === a ? b : v === b ? a : v)));
const pair = (bg: number, a: number, b: number, c: number, shift: number): [Grid, Grid] => {
  const g = scene(bg, a, b, c, shift);
  return [g, swapped(g, a, b)];
};

describe('the colour-rank view', () => {
  const pairs = [pair(0, 3, 5, 8, 1), pair(0, 6, 2, 4, 3), pair(7, 1, 9, 3, 5)];
  const [testIn, testOut] = pair(1, 4, 6, 2, 2);
  const problem = { ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [testIn] };
  const { applications, maxDepth, widths } = EFFORTS.default;

  it("renames every grid by its input's colour counts, most cells first, the lower colour first on ties", () => {
    const view = colourView({ ins: [G('553', '577', '570')], outs: [G('553', '500', '507')], tests: [G('1')] })!;
    expect(view.orders).toEqual([[5, 7, 0, 3], [1]]);
    expect(view.problem.ins).toEqual([G('003', '011', '012')]);
    expect(view.problem.outs).toEqual([G('003', '022', '021')]);
    expect(view.problem.tests).toEqual([G('0')]);
  });

  it('does not apply when an output shows a colour its input lacks, or every input ranks its colours alike', () => {
    expect(colourView({ ins: [G('12')], outs: [G('13')], tests: [G('21')] })).toBeNull();
    expect(colourView({ ins: [G('112'), G('211')], outs: [G('221'), G('122')], tests: [G('121')] })).toBeNull();
  });

  it('finds on the view a rule no single colour table fits, and the follower answers the test input with it', async () => {
    const found = await searchWithColourView(problem, { applications, maxDepth, widths });
    const best = found[0]!;
    expect(best.perfect).toBe(true);
    expect(best.program.map((s) => s.name)).toEqual(['by-colour-rank']);
    const text = printProgram(best.program);
    expect(runProgram(parseProgram(text), testIn)).toEqual(testOut);
    expect(best.grids[3]).toEqual(testOut);
  });

  it('is needed: the search of the task alone fits the train pairs only by stacking colour tables, which fail the test input', async () => {
    const found = await search(problem, { applications, maxDepth, widths });
    const perfect = found.filter((f) => f.perfect);
    expect(perfect.length).toBeGreaterThan(0);
    for (const f of perfect) {
      expect(f.program.map((s) => s.name)).toContain('layers');
      expect(f.grids[3]).not.toEqual(testOut);
    }
  });

  it('is what the offline planner proposes first, and its follower answers the test input from the English', async () => {
    const model = createLocalModel({ planTimeMs: 3_600_000, taskTimeMs: 3_600_000 });
    const view = { train: pairs.map(([input, output]) => ({ input, output })), testInputs: [testIn] };
    const [first] = await model.plan(view, { n: 1, tried: [] }, ctx);
    expect(first!.instruction).toMatch(/^1\. Rename the colours by how many cells each has/);
    expect(await model.follow({ instruction: first!.instruction, context: view.train, input: testIn }, ctx)).toEqual(
      testOut,
    );
  });

  it('counts the renaming and every step inside it when ranking programs by length', () => {
    const mirror = { name: 'mirror', args: { axis: 'left to right' } };
    const perfect = (program: Found['program'], answer: Grid): Found => ({
      program,
      grids: [G('1'), answer],
      fitness: 1,
      perfect: true,
      closeness: 1,
      sizeOk: true,
    });
    const twoSteps = perfect([mirror, mirror], G('2'));
    const renamedThree = perfect([byColourRank([mirror, mirror, mirror])], G('3'));
    expect(rank([renamedThree, twoSteps], 1).map((f) => f.grids[1])).toEqual([G('2'), G('3')]);
  });
});
