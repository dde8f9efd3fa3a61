/** Remembering a pure function's results per grid value (grids are immutable; searches ask the same question often). */
import type { Grid } from '../grid.js';

/** The store of every function `memoOnGrid` wrapped, so that one can ask what is remembered for a grid. */
const stores: WeakMap<Grid, unknown>[] = [];

/** True when some function wrapped by `memoOnGrid` remembers a result for this grid object. */
export const hasMemo = (g: Grid): boolean => stores.some((m) => m.has(g));

/**
 * Drops everything remembered for these grid objects (computed afresh when asked again). A search
 * that keeps many grids alive calls it once it is done with a grid, so that what was remembered
 * does not live as long as the grid.
 */
export function forgetMemo(grids: readonly Grid[]): void {
  for (const g of grids) for (const m of stores) m.delete(g);
}

/** Wraps `f(g, key)` so that each (grid object, key) is computed once. */
export function memoOnGrid<K extends string | number, T>(f: (g: Grid, key: K) => T): (g: Grid, key: K) => T {
  const memo = new WeakMap<Grid, Map<K, T>>();
  stores.push(memo);
  return (g, key) => {
    let byKey = memo.get(g);
    if (!byKey) memo.set(g, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const v = f(g, key);
    byKey.set(key, v);
    return v;
  };
}
