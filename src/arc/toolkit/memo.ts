/** Remembering a pure function's results per grid value (grids are immutable; searches ask the same question often). */
import type { Grid } from '../grid.js';

/** Wraps `f(g, key)` so that each (grid object, key) is computed once. */
export function memoOnGrid<K extends string | number, T>(f: (g: Grid, key: K) => T): (g: Grid, key: K) => T {
  const memo = new WeakMap<Grid, Map<K, T>>();
  return (g, key) => {
    let byKey = memo.get(g);
    if (!byKey) memo.set(g, (byKey = new Map()));
    if (byKey.has(key)) return byKey.get(key)!;
    const v = f(g, key);
    byKey.set(key, v);
    return v;
  };
}
