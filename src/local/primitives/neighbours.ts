/** Cells recoloured by how many of their eight neighbours are filled (corners, edges and insides of shapes differ). Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';

/** How many of the cell's eight neighbours are inside the grid and not background. */
export function filledNeighbours(g: Grid, r: number, c: number, bg: Colour = 0): number {
  let n = 0;
  for (let dr = -1; dr <= 1; dr++)
    for (let dc = -1; dc <= 1; dc++) {
      const v = g[r + dr]?.[c + dc];
      if ((dr || dc) && v !== undefined && v !== bg) n++;
    }
  return n;
}

/** Every filled cell takes the colour its filled-neighbour count maps to (key -1: any other count); unmapped counts keep their colour. */
export function recolourByNeighbours(g: Grid, map: Readonly<Record<number, Colour>>, bg: Colour = 0): Grid {
  return fromFn(height(g), width(g), (r, c) => {
    const v = g[r]![c]!;
    return v === bg ? v : (map[filledNeighbours(g, r, c, bg)] ?? map[-1] ?? v);
  });
}
