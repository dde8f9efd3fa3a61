/**
 * Painting objects shares the rows it does not touch with the grid it paints on, so no grid may
 * ever change afterwards: not the input, and not an earlier result painted on again.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { findObjects, paintObjects } from '../../src/local/primitives/objects.js';

const frozen = (g: Grid): Grid => Object.freeze(g.map((row) => Object.freeze([...row])));
const copy = (g: Grid): Grid => g.map((row) => [...row]);

describe('paintObjects', () => {
  const g = frozen([
    [1, 0, 0, 0],
    [1, 0, 2, 2],
    [0, 0, 0, 0],
    [3, 0, 0, 4],
  ]);
  const [one, two, three, four] = findObjects(g);

  it('paints objects in one colour or their own, on a frozen grid it leaves as it was (hand-computed)', () => {
    expect(paintObjects(g, [one!, four!], 7)).toEqual([
      [7, 0, 0, 0],
      [7, 0, 2, 2],
      [0, 0, 0, 0],
      [3, 0, 0, 7],
    ]);
    expect(paintObjects([[0, 0, 0, 0]], [two!])).toEqual([[0, 0, 0, 0]]); // row 1 lies outside a one-row grid
    expect(g).toEqual([
      [1, 0, 0, 0],
      [1, 0, 2, 2],
      [0, 0, 0, 0],
      [3, 0, 0, 4],
    ]);
  });

  it('painting again on a result leaves that result and the input unchanged', () => {
    const first = paintObjects(g, [two!], 5);
    const before = copy(first);
    const second = paintObjects(first, [two!, three!], 6);
    const third = paintObjects(second, [one!], 0);
    expect(first).toEqual(before);
    expect(second).toEqual([
      [1, 0, 0, 0],
      [1, 0, 6, 6],
      [0, 0, 0, 0],
      [6, 0, 0, 4],
    ]);
    expect(third).toEqual([
      [0, 0, 0, 0],
      [0, 0, 6, 6],
      [0, 0, 0, 0],
      [6, 0, 0, 4],
    ]);
    expect(second[0]).toEqual([1, 0, 0, 0]);
    expect(first[1]).toEqual([1, 0, 5, 5]);
  });
});
