/** Whole-grid fills: the inside of shapes, the majority colour, lines through filled rows and columns, edges repeated outwards. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { mostFrequentColour } from '../../arc/toolkit/colours.js';
import { filledNeighbours } from './neighbours.js';

/** True when the cell is filled and all eight neighbours lie inside the grid and are filled too. */
const inner = (g: Grid, r: number, c: number, bg: Colour): boolean =>
  g[r]![c] !== bg && filledNeighbours(g, r, c, bg) === 8;

/** Paints `colour` on every filled cell whose eight neighbours are all filled (the inside of solid shapes). */
export const paintInterior = (g: Grid, colour: Colour, bg: Colour = 0): Grid =>
  fromFn(height(g), width(g), (r, c) => (inner(g, r, c, bg) ? colour : g[r]![c]!));

/** The grid filled with its most frequent colour, background included (ties go to the lower colour). */
export function fillWithMajority(g: Grid): Grid {
  const top = mostFrequentColour(g);
  return fromFn(height(g), width(g), () => top);
}

/** Paints `colour` on the background cells of every full row and/or column that holds a non-background cell. */
export function linesThroughFilled(g: Grid, colour: Colour, rows: boolean, cols: boolean, bg: Colour = 0): Grid {
  const filledRows = new Set<number>(),
    filledCols = new Set<number>();
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== bg) {
        filledRows.add(r);
        filledCols.add(c);
      }
    }),
  );
  return fromFn(height(g), width(g), (r, c) => {
    const v = g[r]![c]!;
    return v === bg && ((rows && filledRows.has(r)) || (cols && filledCols.has(c))) ? colour : v;
  });
}

/** The grid with a one-cell border that repeats the edge cell next to it; the four corners are background. */
export function extendEdges(g: Grid, bg: Colour = 0): Grid {
  const h = height(g),
    w = width(g);
  return fromFn(h + 2, w + 2, (r, c) => {
    const rr = Math.min(Math.max(r - 1, 0), h - 1),
      cc = Math.min(Math.max(c - 1, 0), w - 1);
    const corner = (r === 0 || r === h + 1) && (c === 0 || c === w + 1);
    return corner ? bg : g[rr]![cc]!;
  });
}
