/**
 * A state's marks (per train cell: shown, right) are remembered per state and outputs. The
 * remembered marks must be what a fresh computation gives: for the same state against other
 * outputs, and for another state with the same program but other grids.
 */
import { describe, expect, it } from 'vitest';
import { fromFn, type Grid } from '../../src/arc/grid.js';
import type { Found } from '../../src/local/search/found.js';
import { keepWithPieces, marks } from '../../src/local/search/piece-marks.js';
import { pieceOf } from '../../src/local/search/pieces.js';

/** A deterministic pseudo-random grid (a linear congruential sequence). */
function grid(h: number, w: number, seed: number, colours = 3): Grid {
  let x = seed;
  return fromFn(h, w, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 16) % colours;
  });
}

const state = (grids: readonly Grid[]): Found => ({
  program: [{ name: 'flip', args: { axis: 'left to right' } }],
  grids,
  fitness: 0,
  perfect: false,
  closeness: 0,
});

/** The marks written out cell by cell, independently of the code under test. */
function expected(grids: readonly Grid[], outs: readonly Grid[]): { shown: number[]; right: number[] } | null {
  if (outs.some((o, i) => o.length !== grids[i]!.length || o[0]!.length !== grids[i]![0]!.length)) return null;
  const shown: number[] = [],
    right: number[] = [];
  outs.forEach((o, i) =>
    o.forEach((row, r) =>
      row.forEach((want, c) => {
        shown.push(grids[i]![r]![c] === 0 ? 0 : 1);
        right.push(grids[i]![r]![c] === want ? 1 : 0);
      }),
    ),
  );
  return { shown, right };
}

/** Two pairs worked by hand: cells 0..5 shown 1 1 0 1 0 1, right 1 0 0 1 1 0. */
const handState = () =>
  state([
    [
      [1, 1],
      [0, 2],
    ],
    [[0, 3]],
  ]);
const handOuts: Grid[] = [
  [
    [1, 0],
    [2, 2],
  ],
  [[0, 4]],
];

const plain = (m: ReturnType<typeof marks>) => m && { shown: [...m.shown], right: [...m.right] };

describe('marks of a state', () => {
  it('shows the non-background cells and the right ones, all pairs in a row (hand-computed)', () => {
    const f = handState();
    expect(plain(marks(f, handOuts))).toEqual({ shown: [1, 1, 0, 1, 0, 1], right: [1, 0, 0, 1, 1, 0] });
    expect(marks(f, [[[1, 0, 0]], [[0, 4]]])).toBeNull();
  });

  it('asked again, or against other outputs, or for another state, gives what a fresh computation gives', () => {
    const outsA = [grid(4, 5, 1), grid(6, 3, 2)],
      outsB = [grid(4, 5, 3), grid(6, 3, 4)];
    const states = [1, 2, 3].map((s) => state([grid(4, 5, 10 * s), grid(6, 3, 10 * s + 1), grid(2, 2, s)]));
    for (let round = 0; round < 2; round++)
      for (const outs of [outsA, outsB, outsA])
        for (const f of states) expect(plain(marks(f, outs))).toEqual(expected(f.grids, outs));
    // the same outputs' content in another array is answered alike
    expect(
      plain(
        marks(
          states[0]!,
          outsB.map((g) => g.map((row) => [...row])),
        ),
      ),
    ).toEqual(expected(states[0]!.grids, outsB));
  });
});

describe('keepWithPieces', () => {
  it('keeps the best top layer and the best bottom layer beyond the fittest, with marks remembered from an earlier call', () => {
    const outs: Grid[] = [
      [
        [1, 1, 0],
        [0, 2, 2],
      ],
    ];
    const at = (fitness: number, g: Grid): Found => ({ ...state([g]), fitness });
    // top: right on every cell it shows (3 cells), unfit; base: right on the cells the top leaves
    const top = at(0.1, [
      [1, 1, 0],
      [0, 2, 0],
    ]);
    const base = at(0.2, [
      [5, 5, 0],
      [0, 5, 2],
    ]);
    const fit = at(0.9, [
      [1, 1, 3],
      [3, 2, 2],
    ]);
    const noise = [0, 1, 2].map((i) =>
      at(0.3, [
        [3, 3, 3],
        [3, 3, i],
      ]),
    );
    const all = [fit, ...noise, top, base];
    for (let round = 0; round < 2; round++) expect(keepWithPieces(all, 1, outs)).toEqual([fit, top, base]);
  });
});

describe('pieceOf', () => {
  it('lists the cells a piece shows, the shown ones it gets wrong, and all it gets wrong (hand-computed)', () => {
    // cells 0..5 (see above): shown 1 1 0 1 0 1, right 1 0 0 1 1 0
    const f = handState();
    const m = marks(f, handOuts)!;
    const p = pieceOf(f, f.program, m);
    expect([...p.shown]).toEqual([0, 1, 3, 5]);
    expect([...p.shownWrong]).toEqual([1, 5]);
    expect([...p.wrong]).toEqual([1, 2, 5]);
  });
});
