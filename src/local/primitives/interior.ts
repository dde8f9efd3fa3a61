/** Object interiors and whole-grid fills: cells with no background around them, and the majority colour. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { mostFrequentColour } from '../../arc/toolkit/colours.js';

/** True when the cell is filled and all eight neighbours lie inside the grid and are filled too. */
function inner(g: Grid, r: number, c: number, bg: Colour): boolean {
  if (g[r]![c] === bg) return false;
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      const v = g[r + dr]?.[c + dc];
      if (v === undefined || v === bg) return false;
    }
  return true;
}

/** Paints `colour` on every filled cell whose eight neighbours are all filled (the inside of solid shapes). */
export const paintInterior = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  fromFn(height(g), width(g), (r, c) => (inner(g, r, c, bg) ? colour : g[r]![c]!));

/** The grid filled with its most frequent colour, background included (ties go to the lower colour). */
export function fillWithMajority(g: Grid): Grid {
  const top = mostFrequentColour(g);
  return fromFn(height(g), width(g), () => top);
}
