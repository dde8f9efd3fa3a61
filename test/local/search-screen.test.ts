/**
 * The screen on moves below the root: a move goes on to its other grids when its first train grid
 * is at least as close to its output as the state's own, could be the top layer of a stack, or is
 * right on a cell where the state's own grid is not (as the bottom layer of a stack is); never when
 * the step left the first train grid as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { trainScores } from '../../src/local/planner/score.js';
import { passesScreen, screenBar } from '../../src/local/search/best-first.js';
import { topLayerOf } from '../../src/local/search/piece-marks.js';

const out: Grid = [
  [1, 1, 0],
  [0, 2, 0],
  [3, 3, 3],
];
/** The state's first grid: right on five of nine cells. */
const state: Grid = [
  [1, 1, 0],
  [0, 0, 0],
  [0, 0, 0],
];
const bar = trainScores([state], [out]).closeness;

describe('passesScreen', () => {
  it('lets through a grid at least as close to the output as the state, and stops one further away', () => {
    const closer: Grid = [
      [1, 1, 0],
      [0, 2, 0],
      [0, 0, 0],
    ];
    const further: Grid = [
      [4, 4, 4],
      [4, 4, 4],
      [4, 4, 0],
    ];
    // As close as the state (five right cells), but not the state: a wrong cell changed to another wrong colour.
    const asClose: Grid = [
      [1, 1, 0],
      [0, 0, 0],
      [4, 0, 0],
    ];
    expect(trainScores([asClose], [out]).closeness).toBe(bar);
    expect(passesScreen(closer, out, bar, state)).toBe(true);
    expect(passesScreen(asClose, out, bar, state)).toBe(true);
    expect(passesScreen(further, out, bar, state)).toBe(false);
  });

  it("stops a grid equal to the state's own (the step left the first train grid as it was), though it is as close as the state and could be a top layer", () => {
    // The state is right on cells and shows only right colours, so as a result of its own it would
    // pass on closeness (equal to the bar) and as a top layer.
    expect(topLayerOf(state, out)).toBe(true);
    expect(passesScreen(state, out, bar, state)).toBe(false);
    expect(
      passesScreen(
        state.map((row) => [...row]),
        out,
        bar,
        state,
      ),
    ).toBe(false); // by content, not by object
  });

  it('judges a grid of another shape than the output by closeness alone', () => {
    const blank = (n: number): Grid => Array.from({ length: n }, () => Array<number>(n).fill(0));
    const own = blank(5);
    const ownBar = trainScores([own], [out]).closeness;
    expect(passesScreen(blank(4), out, ownBar, own)).toBe(true); // nearer the output's size
    expect(passesScreen(blank(7), out, ownBar, own)).toBe(false); // further from it
  });

  it('lets through a grid further away that shows only right cells (a top layer), though it fixes no cell', () => {
    // Right on 4 of 9 cells, all of them right in the state too, but every colour it shows is right.
    const top: Grid = [
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ];
    expect(trainScores([top], [out]).closeness).toBeLessThan(bar);
    expect(passesScreen(top, out, bar, state)).toBe(true);
  });

  it('lets through a grid further away that is right on a cell the state gets wrong (a bottom layer)', () => {
    // Right on 3 of 9 cells, shows a wrong colour, but its bottom row is right where the state's is not.
    const bottom: Grid = [
      [4, 4, 4],
      [4, 4, 4],
      [3, 3, 3],
    ];
    expect(trainScores([bottom], [out]).closeness).toBeLessThan(bar);
    expect(topLayerOf(bottom, out)).toBe(false);
    expect(passesScreen(bottom, out, bar, state)).toBe(true);
    // The same grid against a state already right on that row fixes nothing and is stopped.
    const rowRight: Grid = [
      [1, 1, 0],
      [0, 0, 0],
      [3, 3, 3],
    ];
    expect(passesScreen(bottom, out, trainScores([rowRight], [out]).closeness, rowRight)).toBe(false);
  });
});

describe('screenBar', () => {
  const other: Grid = [
    [5, 5],
    [5, 5],
  ];
  it("is the state's closeness to the first output below the root when there are two train pairs or more", () => {
    const p = { ins: [state, other], outs: [out, other], tests: [other] };
    expect(screenBar(state, 1, p)).toBe(bar);
    expect(screenBar(state, 2, p)).toBe(bar);
  });

  it('screens nothing at the root, whose children may all go away from the outputs first', () => {
    expect(screenBar(state, 0, { ins: [state, other], outs: [out, other], tests: [other] })).toBeUndefined();
  });

  it('screens nothing with a single train pair, where it would save only the test grids', () => {
    expect(screenBar(state, 1, { ins: [state], outs: [out], tests: [other] })).toBeUndefined();
  });
});

describe('topLayerOf', () => {
  it('asks for the output shape, some colour shown, and every shown cell right', () => {
    expect(
      topLayerOf(
        [
          [0, 0, 0],
          [0, 2, 0],
          [0, 0, 3],
        ],
        out,
      ),
    ).toBe(true);
    expect(
      topLayerOf(
        [
          [0, 0, 0],
          [0, 2, 0],
          [0, 0, 4],
        ],
        out,
      ),
    ).toBe(false); // one shown cell wrong
    expect(
      topLayerOf(
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
        out,
      ),
    ).toBe(false); // shows nothing
    expect(
      topLayerOf(
        [
          [1, 1],
          [0, 2],
        ],
        out,
      ),
    ).toBe(false); // another shape
  });
});
