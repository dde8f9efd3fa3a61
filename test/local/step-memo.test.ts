/**
 * Step results remembered by grid content in the search: interning keeps one object per content
 * (checked cell by cell, so colliding hashes never merge different grids), a remembered result
 * equals the step applied afresh, and the state hash built from cached grid hashes equals the one
 * computed from the grids.
 */
import { describe, expect, it } from 'vitest';
import { fromFn, type Grid } from '../../src/arc/grid.js';
import { applyStep } from '../../src/local/language/run.js';
import type { Step } from '../../src/local/language/types.js';
import { combineHashes, hashGrid, hashGrids } from '../../src/local/search/hash.js';
import { StepMemo } from '../../src/local/search/step-memo.js';

/** A deterministic pseudo-random grid (a linear congruential sequence). */
function grid(h: number, w: number, seed: number, colours = 10): Grid {
  let x = seed;
  return fromFn(h, w, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 16) % colours;
  });
}
const copy = (g: Grid): Grid => g.map((row) => [...row]);
const grids: Grid[] = [
  grid(1, 1, 1),
  grid(3, 5, 2, 3),
  grid(5, 3, 2, 3),
  grid(10, 10, 3),
  grid(30, 30, 4),
  grid(30, 30, 5, 2),
];
const steps: Step[] = [
  { name: 'rotate', args: { turn: 'a quarter turn clockwise' } },
  { name: 'rotate', args: { turn: 'half a turn' } },
  { name: 'flip', args: { axis: 'left to right' } },
  { name: 'swap', args: { a: 1, b: 0 } },
  { name: 'swap', args: { a: 0, b: 1 } },
  { name: 'recolour', args: { map: { 1: 2 } } },
  { name: 'recolour', args: { map: { 1: 3 } } },
  { name: 'shift', args: { n: 1, dir: 'right' } },
];

describe('StepMemo', () => {
  it('interns equal grids to one object and keeps different ones apart, 30 x 30 included', () => {
    const memo = new StepMemo();
    const first = grids.map((g) => memo.intern(g));
    expect(first).toEqual(grids);
    grids.forEach((g, i) => expect(memo.intern(copy(g))).toBe(first[i]));
    expect(new Set(first).size).toBe(grids.length);
    grids.forEach((g) => expect(memo.hash(g)).toBe(hashGrid(g)));
  });

  it('gives what applyStep gives, the same object when asked again', () => {
    const memo = new StepMemo();
    for (const g of grids.map((x) => memo.intern(x)))
      for (const s of steps) {
        const r = memo.apply(g, s);
        expect(r).toEqual(applyStep(g, s));
        expect(memo.apply(copy(g), { name: s.name, args: { ...s.args } })).toEqual(r);
        expect(memo.apply(memo.intern(copy(g)), { name: s.name, args: { ...s.args } })).toBe(r);
      }
  });

  it('keeps different grids apart when every hash collides', () => {
    const memo = new StepMemo(undefined, () => 42);
    const first = grids.map((g) => memo.intern(g));
    expect(first).toEqual(grids);
    grids.forEach((g, i) => expect(memo.intern(copy(g))).toEqual(grids[i]));
    for (const g of first) for (const s of steps) expect(memo.apply(g, s)).toEqual(applyStep(g, s));
  });

  it('stays right once full', () => {
    const memo = new StepMemo(50);
    for (const g of grids.map((x) => memo.intern(x)))
      for (const s of steps) expect(memo.apply(g, s)).toEqual(applyStep(g, s));
  });

  it('stops growing at its bound: no grid interned and no result remembered once full', () => {
    const bound = 1000;
    const memo = new StepMemo(bound);
    const big = grid(30, 30, 7); // 900 cells: interned while under the bound
    expect(memo.intern(big)).toBe(big);
    const held = memo.held;
    expect(held).toBe(900);
    for (const g of grids)
      for (const s of steps) {
        memo.apply(memo.intern(g), s);
        expect(memo.held).toBeLessThan(bound + 900); // the last grid in may cross it, nothing after
      }
    const full = memo.held;
    expect(full).toBeGreaterThanOrEqual(bound);
    const late = grid(4, 4, 9);
    expect(memo.intern(copy(late))).not.toBe(memo.intern(late)); // full: equal grids are no longer merged
    for (const s of steps) memo.apply(memo.intern(big), s);
    expect(memo.held).toBe(full);
  });

  it('hashes a state from cached grid hashes as from its grids', () => {
    const memo = new StepMemo();
    const state = grids.map((g) => memo.intern(g));
    expect(combineHashes(state.map((g) => memo.hash(g)))).toBe(hashGrids(grids));
    expect(hashGrids([grids[1]!, grids[2]!])).not.toBe(hashGrids([grids[2]!, grids[1]!]));
  });
});
