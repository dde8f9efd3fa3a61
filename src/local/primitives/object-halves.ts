/** Each object's half along an axis. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';
import { findObjects, type ObjectOptions } from './objects.js';

export const HALVES = ['top', 'bottom', 'left', 'right'] as const;
export type Half = (typeof HALVES)[number];
/**
 * Paints the named half of every object with `colour`: the rows (or columns) of its box past the middle,
 * so an odd middle line stays; null when no object is two cells long on that axis.
 */
export function paintObjectHalves(g: Grid, half: Half, colour: Colour, opts: ObjectOptions = {}): Grid | null {
  const out = g.map((row) => [...row]);
  let changed = false;
  for (const o of findObjects(g, opts)) {
    const vertical = half === 'top' || half === 'bottom';
    const [lo, hi] = vertical ? [o.top, o.bottom] : [o.left, o.right];
    const n = Math.floor((hi - lo + 1) / 2);
    if (n === 0) continue;
    const inHalf = (i: number) => (half === 'top' || half === 'left' ? i < lo + n : i > hi - n);
    for (const [r, c] of o.cells)
      if (inHalf(vertical ? r : c)) {
        out[r]![c] = colour;
        changed = true;
      }
  }
  return changed ? out : null;
}
