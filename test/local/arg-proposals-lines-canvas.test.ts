import { describe, expect, it } from 'vitest';
import { proposeArgs } from '../../src/local/planner/arg-proposals.js';
import { stepDef } from '../../src/local/index.js';
import type { Frame } from '../../src/local/planner/frame.js';
import { G } from './_meaning.js';

const propose = (name: string, f: Frame) => proposeArgs(stepDef(name), f);

/** Colour 4 recoloured to 6 in columns 0 and 3 only. */
const everyThird: Frame = { ins: [G('4444', '4044')], outs: [G('6446', '6046')] };
/** The empty middle row filled with 2. */
const emptyRow: Frame = { ins: [G('101', '000', '101')], outs: [G('101', '222', '101')] };
/** Colour 3 moves one cell towards colour 4. */
const move: Frame = { ins: [G('300', '000', '004')], outs: [G('000', '030', '004')] };

describe('row/column, canvas and marker steps are proposed only where the pairs can use them', () => {
  it('fits the period of a recolouring from the columns whose cells change', () => {
    expect(propose('recolour-every-nth', everyThird)).toEqual([
      { from: 4, line: 'column', start: 'first', n: 3, to: 6 },
      { from: 4, line: 'column', start: 'last', n: 3, to: 6 },
    ]);
  });
  it('counts the period from the last column where grids of different widths agree only on their right edge', () => {
    const fromRight: Frame = {
      ins: [G('4444', '4444'), G('44444', '44444')],
      outs: [G('4646', '4646'), G('64646', '64646')],
    };
    expect(propose('recolour-every-nth', fromRight)).toEqual([{ from: 4, line: 'column', start: 'last', n: 2, to: 6 }]);
  });
  it('offers only the empty-line kind the pairs fill', () => {
    expect(propose('paint-empty-lines', emptyRow)).toEqual([{ which: 'rows', c: 2 }]);
  });
  it('offers the middle-line step only when every filled output cell is on that line', () => {
    expect(propose('keep-middle-line', { ins: [G('123', '456')], outs: [G('020', '050')] })).toEqual([
      { line: 'column' },
    ]);
    expect(propose('keep-middle-line', { ins: [G('123', '456')], outs: [G('120', '050')] })).toEqual([]);
  });
  it('offers repainting lines by their most common colour only where every output is stripes of its input size', () => {
    expect(propose('majority-lines', { ins: [G('12', '22')], outs: [G('22', '22')] })).toHaveLength(3);
    expect(propose('majority-lines', { ins: [G('12', '21')], outs: [G('12', '12')] })).toHaveLength(3);
    expect(propose('majority-lines', everyThird)).toEqual([]);
    expect(propose('majority-lines', { ins: [G('12')], outs: [G('1200', '0000')] })).toEqual([]);
  });
  it('offers spreading a colour where the pairs fill background cells, the colour among those painted', () => {
    const flood: Frame = { ins: [G('100', '020')], outs: [G('111', '121')] };
    expect(propose('spread-colour', flood)).toEqual([
      { c: 1, joins: 'sides' },
      { c: 1, joins: 'sides or corners' },
    ]);
  });
  it('offers painting every part with the overlay of all of them where the pairs fill background cells', () => {
    expect(propose('overlay-into-parts', { ins: [G('10500')], outs: [G('10510')] })).toEqual([{}]);
  });
  it('offers stacking objects on a colour where the outputs shrink, on the colours every grid shows', () => {
    // 3 is in the input only: not a colour the pieces could be aligned on.
    const f: Frame = { ins: [G('1500', '0000', '3052')], outs: [G('152')] };
    expect(propose('stack-on-anchor', f)).toEqual([{ c: 1 }, { c: 2 }, { c: 5 }]);
    expect(propose('stack-on-anchor', move)).toEqual([]);
  });
  it('offers replacing noise by its row and column neighbours where the pairs change filled cells only, on the colour that changes', () => {
    expect(propose('denoise-row-column', { ins: [G('115', '110')], outs: [G('111', '110')] })).toEqual([{ c: 5 }]);
    expect(propose('denoise-row-column', emptyRow)).toEqual([]);
  });
  it('offers moving every object by its own length, each way, where the pairs move cells', () => {
    expect(propose('move-by-own-length', move)).toHaveLength(16);
  });
  it('offers moving cells to the full line of their own colour where the pairs move cells', () => {
    expect(propose('move-to-own-line', move)).toEqual([{}]);
    expect(propose('move-to-own-line', emptyRow)).toEqual([]);
  });
  it('offers completing lines like a full one where the pairs only fill background cells', () => {
    expect(propose('complete-like-full-line', emptyRow)).toEqual([{ line: 'column' }, { line: 'row' }]);
    expect(propose('complete-like-full-line', move)).toEqual([]);
  });
  it('offers filling the largest empty rectangle where the pairs only fill background cells', () => {
    expect(propose('fill-largest-empty-rectangle', emptyRow)).toEqual([{ c: 2 }]);
    expect(propose('fill-largest-empty-rectangle', move)).toEqual([]);
  });
  it('offers mirroring around a colour where the pairs only fill background cells, around a colour that stays', () => {
    const mirrored = propose('mirror-around', { ins: [G('1000', '0200')], outs: [G('1010', '0200')] });
    expect(mirrored).toHaveLength(6);
    expect(new Set(mirrored.map((a) => a.c))).toEqual(new Set([1, 2]));
    expect(propose('mirror-around', move)).toEqual([]);
  });
  it('offers filling the most filled parts where the pairs both fill and clear cells', () => {
    expect(
      propose('fill-most-filled-parts', { ins: [G('105', '555', '000')], outs: [G('005', '555', '000')] }),
    ).toEqual([]);
    expect(propose('fill-most-filled-parts', move)).toEqual([{}]);
  });
  it('offers the diagonal lines from bent objects where the pairs only fill background cells', () => {
    expect(propose('corner-rays', emptyRow)).toEqual([{}]);
    expect(propose('corner-rays', move)).toEqual([]);
  });
  it('offers painting the first target cell met where the pairs only recolour, the target among the colours that change', () => {
    expect(propose('mark-on', { ins: [G('010', '033')], outs: [G('010', '013')] })).toEqual([{ target: 3 }]);
    expect(propose('mark-on', emptyRow)).toEqual([]);
  });
  it('moves the colour that changes towards the colour that stays', () => {
    expect(propose('nudge-towards', move)).toEqual([{ c: 3, target: 4 }]);
    expect(propose('centre-on', move)).toEqual([{ c: 3, target: 4 }]);
  });
  it.each([
    ['paint-object-halves', emptyRow],
    ['join-with-bend', everyThird],
    ['fill-between-corners', move],
    ['diagonal-ray-all', everyThird],
    ['ray-all-dashed', everyThird],
    ['spread-colour', everyThird],
    ['spread-colour', move],
    ['overlay-into-parts', move],
    ['diagonal-tails', move],
    ['fill-enclosed-squares', everyThird],
    ['nudge-towards', emptyRow],
    ['move-by-own-length', everyThird],
    ['grow-canvas', move],
    ['overlay-corners', move],
  ])('does not offer %s where the pairs make another kind of change', (name, f) => {
    expect(propose(name, f)).toEqual([]);
  });
  it('grows the canvas by the factors the pairs share, in each corner', () => {
    const f: Frame = { ins: [G('12')], outs: [G('1200', '0000')] };
    expect(propose('grow-canvas', f).map((a) => [a.fy, a.fx, a.corner])).toEqual([
      [2, 2, 'top left'],
      [2, 2, 'top right'],
      [2, 2, 'bottom left'],
      [2, 2, 'bottom right'],
    ]);
  });
});
