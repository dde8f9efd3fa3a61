/**
 * Areas of the background as objects: the rooms that walls divide the background into, which the
 * recolouring object steps can choose ("the largest objects of background cells"). Checked on the
 * toolkit's areas, on when the option is proposed, and on an inline task the search must solve with it.
 */
import { describe, expect, it } from 'vitest';
import { findObjects } from '../../src/arc/toolkit/objects.js';
import { parseProgram, printProgram, runOrThrow, stepDef } from '../../src/local/index.js';
import { proposeArgs } from '../../src/local/planner/arg-proposals.js';
import { search } from '../../src/local/search/best-first.js';
import { G } from './_meaning.js';

const AREAS = 'of background cells';

describe('the areas of the background', () => {
  it('join background cells side by side only, in reading order of their first cell', () => {
    const checker = G('010', '101', '010');
    expect(findObjects(checker, { areas: true }).map((o) => o.cells.map(([r, c]) => [r, c]))).toEqual([
      [[0, 0]],
      [[0, 2]],
      [[1, 1]],
      [[2, 0]],
      [[2, 2]],
    ]);
    const halls = findObjects(G('0500', '0500', '0555'), { areas: true });
    expect(halls.map((o) => [o.top, o.left, o.bottom, o.right, o.cells.length, o.colour])).toEqual([
      [0, 0, 2, 0, 3, 0],
      [0, 2, 1, 3, 4, 0],
    ]);
  });
});

/** Walls of 5; the outputs paint the largest room 1 and the smallest 8. */
const ins = [G('0050000', '0050000', '5555555', '0500000', '0500000'), G('00500', '00555', '00050', '55500')];
const outs = [G('0050000', '0050000', '5555555', '8511111', '8511111'), G('11588', '11555', '11150', '55500')];

describe('proposing areas of the background', () => {
  const objsOf = (name: string, frame: { ins: typeof ins; outs: typeof outs }) =>
    new Set(proposeArgs(stepDef(name), frame).map((a) => a.objs));

  it('happens for the recolouring steps where every output paints some of its input areas whole', () => {
    expect(objsOf('recolour-extremes', { ins, outs }).has(AREAS)).toBe(true);
    expect(objsOf('recolour-object', { ins, outs }).has(AREAS)).toBe(true);
  });

  it('does not happen where the outputs paint the walls and leave the areas as they were', () => {
    const paintedWalls = ins.map((g) => g.map((row) => row.map((v) => (v === 5 ? 3 : v))));
    expect(objsOf('recolour-extremes', { ins, outs: paintedWalls }).has(AREAS)).toBe(false);
    expect(objsOf('recolour-extremes', { ins, outs: paintedWalls }).size).toBeGreaterThan(0);
  });

  it('is not an option of the steps for which an area would be background alone', () => {
    for (const name of ['crop-object', 'cut-object', 'keep-object', 'remove-object', 'object-colour'])
      expect(objsOf(name, { ins, outs }).has(AREAS), name).toBe(false);
  });
});

describe('the search with areas of the background', () => {
  it('paints the largest and smallest rooms of a new grid, and its program reads back the same', async () => {
    const test = G('000500', '000500', '555555', '050000', '055500', '050500');
    const p = { ins, outs, tests: [test] };
    const found = await search(p, { applications: 20_000 });
    const best = found.find((f) => f.perfect && printProgram(f.program).includes(AREAS));
    expect(best).toBeDefined();
    const text = printProgram(best!.program);
    expect(printProgram(parseProgram(text))).toBe(text);
    // Rooms: top left 6 cells, top right 4, bottom left 3, one enclosed cell, bottom right 8.
    expect(runOrThrow(parseProgram(text), test)).toEqual(G('000500', '000500', '555555', '051111', '055511', '058511'));
  });
});
