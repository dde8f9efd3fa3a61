/**
 * Equal splits are remembered per grid: asked again on the same grid for another count or
 * direction, a split must be what cutting afresh gives, and no step may change a remembered split.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { continueParts } from '../../src/local/primitives/part-sequence.js';
import { splitEqual } from '../../src/local/primitives/split.js';

// 4 x 7: columns 0-2 and 4-6 either side of a separator column; rows 0-1 and 2-3 as halves.
const g: Grid = [
  [1, 2, 0, 5, 0, 0, 0],
  [3, 4, 0, 5, 0, 0, 0],
  [6, 0, 7, 5, 0, 0, 0],
  [0, 8, 0, 5, 0, 0, 0],
];

describe('splitEqual on one grid, asked in turn', () => {
  it('gives the hand-cut parts for every count and direction, however often asked', () => {
    for (let round = 0; round < 2; round++) {
      expect(splitEqual(g, 2, 'across')).toEqual([
        [
          [1, 2, 0],
          [3, 4, 0],
          [6, 0, 7],
          [0, 8, 0],
        ],
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
      ]);
      expect(splitEqual(g, 2, 'down')).toEqual([g.slice(0, 2), g.slice(2)]);
      expect(splitEqual(g, 4, 'down')).toEqual(g.map((row) => [row]));
      expect(splitEqual(g, 7, 'across')).toEqual([0, 1, 2, 3, 4, 5, 6].map((c) => g.map((row) => [row[c]])));
    }
  });

  it('is not changed by a step that fills empty parts of the same split', () => {
    const before = splitEqual(g, 2, 'across').map((p) => p.map((row) => [...row]));
    expect(continueParts(g, 2, 'as it is')?.[0]).toEqual([1, 2, 0, 5, 1, 2, 0]);
    expect(splitEqual(g, 2, 'across')).toEqual(before);
  });
});
