/** Scenes for the colour-rank view's tests: four colours of distinct cell counts, scattered so no object rule fits. */
import type { Grid } from '../../src/arc/grid.js';

/** A 5 x 5 scene of colours bg (12 cells), a (7), b (4), c (2); the layout differs with `shift`. */
export function scene(bg: number, a: number, b: number, c: number, shift: number): Grid {
  const cells = [...Array(12).fill(bg), ...Array(7).fill(a), ...Array(4).fill(b), ...Array(2).fill(c)] as number[];
  const laid = Array.from({ length: 25 }, (_, i) => cells[(i * 7 + shift) % 25]!);
  return Array.from({ length: 5 }, (_, r) => laid.slice(r * 5, r * 5 + 5));
}
/** The scene with colours `a` and `b` swapped. */
export const swapped = (g: Grid, a: number, b: number): Grid =>
  g.map((row) => row.map((v) => (v === a ? b : v === b ? a : v)));
/** A train pair: a scene, and the scene with its second and third most common colours swapped. */
export const swapPair = (bg: number, a: number, b: number, c: number, shift: number): [Grid, Grid] => {
  const g = scene(bg, a, b, c, shift);
  return [g, swapped(g, a, b)];
};
