/**
 * Arguments read from the train pairs for the steps that recolour by context: the colour the pairs
 * change, the box colour, and the colour of each numbered part. Checked on hand-made pairs where a
 * colour taken blindly (the first input colour, or every paint colour) would be wrong.
 */
import { describe, expect, it } from 'vitest';
import { fitPartColours } from '../../src/local/planner/fit-part-colours.js';
import { fitRanking } from '../../src/local/planner/fit-ranking.js';
import { fitStamp } from '../../src/local/planner/fit-stamp.js';
import { proposeSteps } from '../../src/local/planner/arg-proposals.js';
import { printStep } from '../../src/local/language/print.js';
import { G } from './_meaning.js';

/** Two 2 x 2 layouts of parts: part 2 (top right) becomes 7, part 3 (bottom left) becomes 4 in both pairs; a filled cell keeps its colour. */
const partsFrame = {
  ins: [G('00500', '55555', '00500'), G('0501', '5555', '0500', '0500')],
  outs: [G('00577', '55555', '44500'), G('0577', '5555', '4500', '4500')],
};

describe('reading the part colours from the train pairs', () => {
  it('maps each part number to the colour its background cells become', () => {
    expect(fitPartColours(partsFrame)).toEqual({ 1: 0, 2: 7, 3: 4, 4: 0 });
  });
  it('gives nothing when one part number becomes two colours, or without parts, or when nothing is filled', () => {
    expect(
      fitPartColours({ ins: partsFrame.ins, outs: [partsFrame.outs[0]!, G('0588', '5555', '4500', '4500')] }),
    ).toBe(undefined);
    expect(fitPartColours({ ins: [G('00', '00')], outs: [G('11', '11')] })).toBeUndefined();
    expect(fitPartColours({ ins: partsFrame.ins, outs: partsFrame.ins })).toBeUndefined();
  });
});

describe('reading a stamp around objects from the train pairs', () => {
  // Each 1 gets 2 above and 3 to its left; below it is 4 in the first pair and 5 in the second;
  // a cell filled with 6 next to a 1 keeps its colour and does not count. 6 gets nothing.
  const stampFrame = {
    ins: [G('0000', '0010', '0000'), G('00000', '00100', '00000', '60000', '10000')],
    outs: [G('0020', '0310', '0040'), G('00200', '03100', '00500', '60000', '10000')],
  };
  it('maps each place to the one colour its background cells become around every object of the colour', () => {
    expect(fitStamp(stampFrame, 1)).toEqual({ 2: 2, 4: 3 });
  });
  it('gives nothing for a colour the pairs do not stamp, with a single object, or when a pair changes shape', () => {
    expect(fitStamp(stampFrame, 6)).toBeUndefined();
    expect(fitStamp({ ins: [stampFrame.ins[0]!], outs: [stampFrame.outs[0]!] }, 1)).toBeUndefined();
    expect(fitStamp({ ins: stampFrame.ins, outs: [stampFrame.outs[0]!, G('0')] }, 1)).toBeUndefined();
  });
  it('is proposed for the stamped colour only', () => {
    expect(
      proposeSteps(stampFrame)
        .filter((s) => s.name === 'stamp-around')
        .map(printStep),
    ).toEqual(['Paint around every object of colour 1, next to its box: above to colour 2, left to colour 3.']);
  });
});

describe('proposing the context steps', () => {
  const sentences = (f: Parameters<typeof proposeSteps>[0], name: string) =>
    proposeSteps(f)
      .filter((s) => s.name === name)
      .map(printStep);
  it('proposes the nearest-colour recolouring for the one colour the pairs change', () => {
    // 3 becomes the colour of the nearer of 1 and 2; 1 and 2 never change.
    const f = { ins: [G('1003', '0002')], outs: [G('1002', '0002')] };
    expect(sentences(f, 'recolour-nearest')).toEqual([
      'Recolour each object of colour 3 with the colour of the nearest cell of another colour.',
    ]);
  });
  it('proposes the box recolouring from the changed colour, inside the box of an input colour, to the paint colour', () => {
    const f = { ins: [G('1111', '1822', '1118')], outs: [G('1111', '1822', '1338')] };
    expect(sentences(f, 'recolour-in-box')).toContain(
      'Recolour the cells of colour 1 inside the box spanned by colour 8 to colour 3.',
    );
    expect(sentences(f, 'recolour-in-box').every((s) => s.startsWith('Recolour the cells of colour 1 '))).toBe(true);
  });
  it('proposes the part filling with the fitted map', () => {
    expect(sentences(partsFrame, 'fill-parts-by-number')).toContain(
      'Fill the background of each part between separator lines by its number in reading order: 2 to colour 7, 3 to colour 4, others to colour 0.',
    );
  });
});

describe('reading the colour ranking of laid-over parts from the train pairs', () => {
  // Side-by-side halves: 2 covers 1 in the first pair, 3 covers 2 in the second; 1 never meets 3.
  const f = { ins: [G('1020', '0001'), G('2030', '0000')], outs: [G('20', '01'), G('30', '00')] };
  it('orders the colours so that each output cell shows the colour on top', () => {
    expect(fitRanking(f, 'into halves side by side')).toEqual({ 1: 3, 2: 2, 3: 1 });
  });
  it('gives nothing on a cycle, a cell showing a colour no part has there, another shape, or no overlap', () => {
    const cycle = { ins: [G('1020'), G('2010')], outs: [G('20'), G('10')] };
    expect(fitRanking(cycle, 'into halves side by side')).toBeUndefined();
    expect(fitRanking({ ins: [G('1020')], outs: [G('30')] }, 'into halves side by side')).toBeUndefined();
    expect(fitRanking(f, 'into quarters')).toBeUndefined();
    expect(fitRanking({ ins: [G('1002')], outs: [G('12')] }, 'into halves side by side')).toBeUndefined();
  });
  it('is proposed with the split it was read for', () => {
    const steps = proposeSteps(f).filter((s) => s.name === 'overlay-ranked');
    expect(steps.map(printStep)).toEqual([
      'Split the grid into halves side by side and lay the parts on top of each other, the colours ranked from the top: 1 to colour 3, 2 to colour 2, 3 to colour 1.',
    ]);
  });
});

describe('proposing the part steps only where they can apply', () => {
  const names = (f: Parameters<typeof proposeSteps>[0], name: string) =>
    proposeSteps(f)
      .filter((s) => s.name === name)
      .map(printStep);
  it('continues parts only with the counts that leave a drawn first part and an empty one in every grid', () => {
    // Width 6: the first grid has a drawn first part and empty ones in halves, thirds and quarters;
    // the second grid's halves are both drawn (its 4 is in the second half), so 2 is not proposed.
    const f = {
      ins: [G('120000', '300000'), G('100400', '000000')],
      outs: [G('121212', '303030'), G('100400', '000000')],
    };
    expect(names(f, 'continue-parts').map((s) => s.split(' equal')[0])).toEqual([
      ...Array(5).fill('Split the grid into 3'),
      ...Array(5).fill('Split the grid into 4'),
    ]);
    expect(names({ ins: [G('0012')], outs: [G('1212')] }, 'continue-parts')).toEqual([]);
  });
  it('joins parts only when every grid has separator lines', () => {
    const withParts = { ins: [G('10501', '55555', '00500')], outs: [G('11511', '55555', '00500')] };
    expect(names(withParts, 'connect-parts')).toHaveLength(4);
    expect(
      names({ ins: [withParts.ins[0]!, G('101')], outs: [withParts.outs[0]!, G('111')] }, 'connect-parts'),
    ).toEqual([]);
  });
});
