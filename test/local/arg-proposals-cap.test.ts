/**
 * A step kind's argument combinations are capped: the proposals are the first combinations in
 * order (object kind, then the other arguments in the step's order, each varying fastest last),
 * built without the ones the cap drops.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { OBJECT_KINDS } from '../../src/local/language/_objects-phrase.js';
import { stepDef } from '../../src/local/language/steps.js';
import { proposeArgs } from '../../src/local/planner/arg-proposals.js';
import { SELECTORS } from '../../src/local/primitives/select.js';
import { G } from './_meaning.js';

describe('proposeArgs on a step kind with more combinations than the cap', () => {
  // Outputs paint three colours the inputs do not show, so 4 object kinds x 15 selectors x 3+ colours > 80.
  const ins: Grid[] = [
      [
        [1, 0, 1],
        [0, 0, 0],
        [1, 1, 0],
      ],
    ],
    outs: Grid[] = [
      [
        [2, 0, 3],
        [0, 0, 0],
        [4, 4, 0],
      ],
    ];

  it('gives the first 80 combinations of the full product, in order', () => {
    const got = proposeArgs(stepDef('recolour-object'), { ins, outs });
    const colours = got.filter((a) => a.objs === got[0]!.objs && a.sel === got[0]!.sel).map((a) => a.c);
    expect(colours.length).toBeGreaterThanOrEqual(3);
    // No object lies inside another here, so the enclosed one is never offered.
    const selectors = SELECTORS.filter((sel) => sel !== 'enclosed');
    const product = OBJECT_KINDS.flatMap((objs) => selectors.flatMap((sel) => colours.map((c) => ({ objs, sel, c }))));
    expect(product.length).toBeGreaterThan(80);
    expect(got).toEqual(product.slice(0, 80));
    // arguments keep their order: object kind first, then the step's own order
    expect(Object.keys(got[0]!)).toEqual(['objs', 'sel', 'c']);
  });
  it('offers the enclosed object only for the kinds of object under which every train input has one', () => {
    // A ring of 1s round a 2: enclosed among one-coloured objects, not among objects of any colours (one object).
    const ring = { ins: [G('11100', '12100', '11100')], outs: [G('2')] };
    const got = proposeArgs(stepDef('crop-object'), ring).filter((a) => a.sel === 'enclosed');
    expect(got.map((a) => a.objs)).toEqual([
      'made of one colour',
      'made of one colour with diagonal neighbours joined',
    ]);
    expect(proposeArgs(stepDef('crop-object'), { ins, outs }).some((a) => a.sel === 'enclosed')).toBe(false);
  });
});
