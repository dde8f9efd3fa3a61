/** Line drawing: connecting same-coloured cells and casting rays. Pure and immutable. */
import { height, width, type Color, type Grid } from '../../arc/grid.js';
import { DELTA, type Direction } from './gravity.js';

export const LINE_AXES = ['horizontal', 'vertical', 'horizontal and vertical'] as const;
export type LineAxis = (typeof LINE_AXES)[number];

/** Joins pairs of same-coloured cells in the same row and/or column by painting the background between them. */
export function connectSameColour(g: Grid, axis: LineAxis, bg: Color = 0): Grid {
  const out = g.map((row) => [...row]);
  const h = height(g), w = width(g);
  const run = (len: number, at: (i: number) => [number, number]) => {
    let last = -1;
    for (let i = 0; i < len; i++) {
      const [r, c] = at(i), v = g[r]![c]!;
      if (v === bg) continue;
      if (last >= 0) {
        const [lr, lc] = at(last);
        if (g[lr]![lc] === v) for (let j = last + 1; j < i; j++) { const [rr, cc] = at(j); if (out[rr]![cc] === bg) out[rr]![cc] = v; }
      }
      last = i;
    }
  };
  if (axis !== 'vertical') for (let r = 0; r < h; r++) run(w, (i) => [r, i]);
  if (axis !== 'horizontal') for (let c = 0; c < w; c++) run(h, (i) => [i, c]);
  return out;
}
/** From every cell of `colour` paints a ray in `dir` over background cells, stopping at the first non-background cell or the edge. */
export function castRays(g: Grid, colour: Color, dirs: readonly Direction[], bg: Color = 0, stop = true): Grid {
  const out = g.map((row) => [...row]);
  g.forEach((row, r) => row.forEach((v, c) => {
    if (v !== colour) return;
    for (const dir of dirs) {
      const [dr, dc] = DELTA[dir];
      for (let nr = r + dr, nc = c + dc; out[nr]?.[nc] !== undefined; nr += dr, nc += dc) {
        if (g[nr]![nc] !== bg) { if (stop) break; else continue; }
        out[nr]![nc] = colour;
      }
    }
  }));
  return out;
}
/** Paints the full row and column through every cell of `colour` (over background only). */
export const crossLines = (g: Grid, colour: Color, bg: Color = 0): Grid => castRays(g, colour, ['up', 'down', 'left', 'right'], bg, false);
/** Paints diagonal rays from every cell of `colour` in all four diagonal directions (over background only). */
export function diagonalRays(g: Grid, colour: Color, bg: Color = 0): Grid {
  const out = g.map((row) => [...row]);
  g.forEach((row, r) => row.forEach((v, c) => {
    if (v !== colour) return;
    for (const [dr, dc] of [[-1, -1], [-1, 1], [1, -1], [1, 1]]) {
      for (let nr = r + dr!, nc = c + dc!; out[nr]?.[nc] !== undefined; nr += dr!, nc += dc!) if (g[nr]![nc] === bg) out[nr]![nc] = colour;
    }
  }));
  return out;
}
