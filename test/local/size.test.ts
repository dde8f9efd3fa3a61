/** Output size first: the rule that holds on every train pair, and the sizes it predicts for new inputs (worked out by hand). */
import { describe, expect, it } from 'vitest';
import { filled, type Grid } from '../../src/arc/grid.js';
import { predictSizes, sizeRule } from '../../src/local/index.js';

/** A grid of background with a rectangle of `c` at (r, col) of h x w cells, and one cell of colour 3 in the bottom-right corner. */
function withBox(H: number, W: number, c: number, r: number, col: number, h: number, w: number): Grid {
  return filled(H, W).map((row, i) =>
    row.map((v, j) => (i >= r && i < r + h && j >= col && j < col + w ? c : i === H - 1 && j === W - 1 ? 3 : v)),
  );
}

const cases: { name: string; train: [Grid, Grid][]; test: Grid; rule: string | null; size: [number, number] | null }[] =
  [
    {
      name: 'same as input',
      train: [
        [filled(2, 3, 1), filled(2, 3, 2)],
        [filled(4, 1, 1), filled(4, 1, 3)],
      ],
      test: filled(5, 6, 1),
      rule: 'same as input',
      size: [5, 6],
    },
    {
      name: 'constant',
      train: [
        [filled(2, 3, 1), filled(3, 3)],
        [filled(5, 7, 1), filled(3, 3)],
      ],
      test: filled(9, 9, 1),
      rule: 'constant',
      size: [3, 3],
    },
    {
      name: 'transposed',
      train: [
        [filled(2, 3, 1), filled(3, 2)],
        [filled(4, 1, 1), filled(1, 4)],
      ],
      test: filled(5, 2, 1),
      rule: 'transposed',
      size: [2, 5],
    },
    {
      name: 'scaled (three times down, twice across)',
      train: [
        [filled(1, 2, 1), filled(3, 4)],
        [filled(2, 3, 1), filled(6, 6)],
      ],
      test: filled(3, 1, 1),
      rule: 'scaled',
      size: [9, 2],
    },
    {
      name: 'input plus a constant (a border of one cell)',
      train: [
        [filled(2, 3, 1), filled(4, 5)],
        [filled(4, 1, 1), filled(6, 3)],
      ],
      test: filled(7, 7, 1),
      rule: 'input plus a constant',
      size: [9, 9],
    },
    {
      name: 'the box of colour 8',
      train: [
        [withBox(6, 6, 8, 1, 1, 2, 3), filled(2, 3)],
        [withBox(7, 5, 8, 1, 0, 4, 2), filled(4, 2)],
      ],
      test: withBox(8, 8, 8, 1, 3, 5, 1),
      rule: 'box of colour 8',
      size: [5, 1],
    },
    {
      name: 'no rule',
      train: [
        [filled(2, 2, 1), filled(3, 1)],
        [filled(2, 2, 1), filled(1, 5)],
      ],
      test: filled(2, 2, 1),
      rule: null,
      size: null,
    },
  ];

describe('output size prediction', () => {
  it.each(cases)('$name', ({ train, test, rule, size }) => {
    expect(sizeRule(train)?.name ?? null).toBe(rule);
    expect(predictSizes(train, [test])).toEqual([size]);
  });
});
