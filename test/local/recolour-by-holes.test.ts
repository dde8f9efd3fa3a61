/**
 * Recolouring objects by a property where the grid's background is not colour 0 and some objects
 * stay as they are: the colour-rank view makes the background colour 0, the value map leaves out
 * values whose objects keep their colours when those colours differ, and "hole presence" takes a
 * shape with two holes like one with one.
 */
import { describe, expect, it } from 'vitest';
import { gridEquals } from '../../src/arc/grid.js';
import { EFFORTS, parseProgram, printProgram, runProgram, stepDef } from '../../src/local/index.js';
import { proposeArgs } from '../../src/local/planner/arg-proposals.js';
import { search } from '../../src/local/search/best-first.js';
import { byColourRank, colourView, searchWithColourView } from '../../src/local/search/colour-view.js';
import { G } from './_meaning.js';

/** The maps proposed for "Recolour the objects made of one colour by size". */
const sizeMaps = (ins: ReturnType<typeof G>[], outs: ReturnType<typeof G>[]) =>
  proposeArgs(stepDef('recolour-by'), { ins, outs })
    .filter((a) => a.prop === 'size' && a.objs === 'made of one colour')
    .map((a) => a.values);

describe('the value map of "recolour the objects by a property"', () => {
  it('leaves out the values whose objects all keep their colours, where those colours differ', () => {
    // A bar of three cells stays 8 on one pair and 1 on the other; single cells become 3.
    const ins = [G('8000', '8020', '8000'), G('1000', '1040', '1000')];
    const outs = [G('8000', '8030', '8000'), G('1000', '1030', '1000')];
    expect(sizeMaps(ins, outs)).toEqual([{ 1: 3 }]);
  });

  it('keeps every value seen where each value has one colour in the outputs', () => {
    const ins = [G('8000', '8020', '8000'), G('8000', '8040', '8000')];
    const outs = [G('8000', '8030', '8000'), G('8000', '8030', '8000')];
    expect(sizeMaps(ins, outs)).toEqual([{ 1: 3, 3: 8 }]);
  });

  it('is not proposed where objects of one value change to different colours', () => {
    const ins = [G('8000', '8020', '8000'), G('1000', '1040', '1000')];
    const outs = [G('8000', '8030', '8000'), G('1000', '1050', '1000')];
    expect(sizeMaps(ins, outs)).toEqual([]);
  });
});

describe('the colour-rank view of a task whose background is not colour 0', () => {
  it('applies where every input ranks its colours alike, and makes the background colour 0', () => {
    const view = colourView({ ins: [G('991', '919')], outs: [G('998', '919')], tests: [G('199', '999')] })!;
    expect(view.keep).toBe(8);
    expect(view.problem.ins).toEqual([G('001', '010')]);
    expect(view.problem.outs).toEqual([G('008', '010')]);
    expect(view.problem.tests).toEqual([G('100', '000')]);
  });
});

describe('shapes with holes recoloured on a background of colour 9', () => {
  // Shapes of colour 1 on 9: those enclosing background become 8, whatever their size, height,
  // width or place (on some pair a solid shape is the largest, the tallest, the widest, the
  // topmost or the leftmost, and the second pair has two rings). The test shows a shape with two
  // holes, which no train pair has.
  const ins = [
    G('999999999999', '911199191111', '919199191111', '911199191111', '999999199999', '999999999999'),
    G('999999919999', '911119919999', '919919919111', '919919919191', '911119999111', '999999999999'),
    G('9999999999', '9111199999', '9199199999', '9111199999', '9999999999', '1111999999'),
  ];
  const outs = [
    G('999999999999', '988899191111', '989899191111', '988899191111', '999999199999', '999999999999'),
    G('999999919999', '988889919999', '989989919888', '989989919898', '988889999888', '999999999999'),
    G('9999999999', '9888899999', '9899899999', '9888899999', '9999999999', '1111999999'),
  ];
  const test = G('9999999999', '9111119999', '9191919111', '9111119999', '9999999999');
  const answer = G('9999999999', '9888889999', '9898989111', '9888889999', '9999999999');

  const { applications, maxDepth, widths } = EFFORTS.default;

  it("are answered first by the view's program, which is simpler than any of the task's own that agree with it", async () => {
    const found = await searchWithColourView({ ins, outs, tests: [test] }, { applications, maxDepth, widths });
    expect(found[0]!.perfect && gridEquals(found[0]!.grids[3]!, answer)).toBe(true);
    expect(printProgram(found[0]!.program)).toContain('by hole presence');
  });

  it('fit on the view first by recolouring by hole presence, which answers the test input in the follower', async () => {
    const view = colourView({ ins, outs, tests: [test] })!;
    const found = await search(view.problem, { applications, maxDepth, widths });
    expect(found[0]!.perfect).toBe(true);
    expect(printProgram(found[0]!.program)).toBe(
      '1. Recolour the objects made of one colour by hole presence with 1 for having a hole and 0 otherwise: 0 to colour 1, 1 to colour 8.',
    );
    const text = printProgram([byColourRank(found[0]!.program, view.keep)]);
    expect(runProgram(parseProgram(text), test)).toEqual(answer);
  });
});
