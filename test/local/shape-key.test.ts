/**
 * An object's shape key is remembered per object: asked in any order, objects of one shape (any
 * colour, anywhere) share a key, and objects of as many cells in as big a box but another shape do not.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { findObjects, shapeKey } from '../../src/local/primitives/objects.js';

// Four objects of three cells in a 2 x 2 box: an L (colour 1), the same L in colour 2, a mirrored L, and a bar of three.
const g: Grid = [
  [1, 0, 2, 0, 0, 0, 3],
  [1, 1, 2, 2, 0, 3, 3],
  [0, 0, 0, 0, 0, 0, 0],
  [4, 4, 4, 0, 0, 0, 0],
];

describe('shapeKey', () => {
  it('names shapes, not colours or places, asked in any order', () => {
    const [l1, l2, mirrored, bar] = findObjects(g);
    for (const order of [
      [l1, l2, mirrored, bar],
      [bar, mirrored, l2, l1],
    ])
      order.forEach((o) => shapeKey(o!));
    expect(shapeKey(l1!)).toBe('0,0;1,0;1,1');
    expect(shapeKey(l2!)).toBe(shapeKey(l1!));
    expect(shapeKey(mirrored!)).toBe('0,1;1,0;1,1');
    expect(shapeKey(bar!)).toBe('0,0;0,1;0,2');
  });

  it('tells apart same-sized objects of other shapes found on another grid', () => {
    const other = findObjects([
      [5, 5],
      [0, 5],
    ])[0]!;
    expect(shapeKey(other)).toBe('0,0;0,1;1,1');
    expect(shapeKey(other)).not.toBe(shapeKey(findObjects(g)[0]!));
  });
});
