/** Recolouring inside the box another colour spans. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';
import { boxWhere } from './crop.js';

/** Recolours the cells of `from` inside the bounding box of the cells of `box` to `to`; null when `box` is absent. */
export function recolourInBoxOf(g: Grid, from: Colour, box: Colour, to: Colour): Grid | null {
  const b = boxWhere(g, (v) => v === box);
  if (!b) return null;
  return g.map((row, r) =>
    row.map((v, c) => (v === from && r >= b.top && r < b.top + b.h && c >= b.left && c < b.left + b.w ? to : v)),
  );
}
