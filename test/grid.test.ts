import { describe, expect, it } from 'vitest';
import { filled, fromFn, gridEquals, gridKey, height, sameShape, width } from '../src/arc/grid.js';
import { GridSchema } from '../src/arc/task.js';

describe('grid values', () => {
  it('builds grids of the asked shape', () => {
    const g = fromFn(2, 3, (r, c) => r * 3 + c);
    expect(height(g)).toBe(2);
    expect(width(g)).toBe(3);
    expect(g).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(filled(2, 2, 7)).toEqual([
      [7, 7],
      [7, 7],
    ]);
  });
  it('compares by shape and cells', () => {
    expect(gridEquals([[1, 2]], [[1, 2]])).toBe(true);
    expect(gridEquals([[1, 2]], [[1], [2]])).toBe(false);
    expect(gridEquals([[1, 2]], [[1, 3]])).toBe(false);
    expect(sameShape([[1, 2]], [[3, 4]])).toBe(true);
    expect(
      gridKey([
        [1, 2],
        [3, 4],
      ]),
    ).toBe('12|34');
  });
  it.each([
    ['ragged rows', [[1, 2], [3]]],
    ['colour 12', [[12]]],
    ['empty grid', []],
    ['31 columns', [Array(31).fill(0)]],
  ])('rejects %s', (_name, g) => {
    expect(GridSchema.safeParse(g).success).toBe(false);
  });
});
