/**
 * Interned grids share their equal rows: a grid that differs from an earlier one in one row holds
 * the earlier grid's other rows, its cells unchanged; rows whose hashes collide but whose cells
 * differ stay apart.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { applyStep } from '../../src/local/language/run.js';
import type { Step } from '../../src/local/language/types.js';
import { RowPool } from '../../src/local/search/row-pool.js';
import { StepMemo } from '../../src/local/search/step-memo.js';

const base: Grid = [
  [1, 0, 0, 2],
  [0, 3, 3, 0],
  [0, 0, 0, 0],
];
const oneRowOff: Grid = [
  [1, 0, 0, 2],
  [0, 3, 5, 0],
  [0, 0, 0, 0],
];

describe('RowPool', () => {
  it('gives a grid equal on a row the pooled row, and leaves a grid of new rows as it is', () => {
    const pool = new RowPool();
    expect(pool.share(base)).toBe(base);
    const shared = pool.share(oneRowOff.map((row) => [...row]));
    expect(shared).toEqual(oneRowOff);
    expect(shared[0]).toBe(base[0]);
    expect(shared[2]).toBe(base[2]);
    expect(shared[1]).not.toBe(base[1]);
    expect(pool.size).toBe(4);
  });

  it('shares pooled rows without pooling new ones when told not to grow', () => {
    const pool = new RowPool();
    pool.share(base);
    const other: Grid = [
      [9, 9, 9, 9],
      [0, 3, 3, 0],
    ];
    const shared = pool.share(other, false);
    expect(shared).toEqual(other);
    expect(shared[1]).toBe(base[1]);
    expect(pool.size).toBe(3);
    expect(pool.share([[9, 9, 9, 9]])[0]).not.toBe(other[0]); // the new row was not pooled
  });

  it('keeps rows of different cells apart when every row hash collides', () => {
    const pool = new RowPool(() => 7);
    expect(pool.share(base)).toBe(base);
    const again = pool.share(oneRowOff.map((row) => [...row]));
    expect(again).toEqual(oneRowOff);
    expect(again[0]).toBe(base[0]); // the first row is the one pooled under the colliding hash
    expect(again[1]).not.toBe(base[1]);
    expect(pool.size).toBe(1);
  });
});

describe('StepMemo with shared rows', () => {
  it('gives a grid it no longer remembers, once full, the rows it already pooled', () => {
    const memo = new StepMemo(12);
    const g = memo.intern(base); // 12 cells: the memo is full
    const late = memo.intern(oneRowOff.map((row) => [...row]));
    expect(late).toEqual(oneRowOff);
    expect(late[0]).toBe(g[0]);
    expect(memo.intern(late.map((row) => [...row]))).not.toBe(late); // not remembered
  });

  it('interns a step result whose rows repeat earlier rows onto those rows, cells unchanged', () => {
    const memo = new StepMemo();
    const g = memo.intern(base);
    const recoloured = memo.apply(g, { name: 'recolour', args: { map: { 3: 5 } } })!;
    expect(recoloured).toEqual(applyStep(base, { name: 'recolour', args: { map: { 3: 5 } } }));
    expect(recoloured[0]).toBe(g[0]);
    expect(recoloured[2]).toBe(g[2]);
    expect(recoloured[1]).toEqual([0, 5, 5, 0]);
  });

  it('keeps every interned grid equal to its step result when all rows collide', () => {
    const memo = new StepMemo(undefined, undefined, () => 1);
    const g = memo.intern(base);
    const steps: Step[] = [
      { name: 'recolour', args: { map: { 3: 5 } } },
      { name: 'flip', args: { axis: 'left to right' } },
      { name: 'rotate', args: { turn: 'half a turn' } },
    ];
    for (const step of steps) expect(memo.apply(g, step)).toEqual(applyStep(base, step));
  });
});
