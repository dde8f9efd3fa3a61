/** Cells that mark shapes by their ends: boxes between four corner cells, bent lines between two cells. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';

/** Most marker cells looked at: pairs of them are tried, so a noisy grid is refused rather than searched. */
const MAX_MARKS = 40;
/** Most (start, end) pairs a bent line is chosen among. */
const MAX_PAIRS = 100;
const cellsOf = (g: Grid, colour: Colour): [number, number][] =>
  g.flatMap((row, r) => row.flatMap((v, c) => (v === colour ? [[r, c] as [number, number]] : [])));

/**
 * Fills, over background, the inside of every box whose four corners are cells of `colour` and whose
 * inside holds none; null when there is no such box (or too many cells of `colour` to pair).
 */
export function fillBetweenCorners(g: Grid, colour: Colour, paint: Colour, bg: Colour = 0): Grid | null {
  const marks = cellsOf(g, colour);
  if (marks.length < 4 || marks.length > MAX_MARKS) return null;
  const out = g.map((row) => [...row]);
  let changed = false;
  for (const [r1, c1] of marks)
    for (const [r2, c2] of marks) {
      if (r2 < r1 + 2 || c2 < c1 + 2 || g[r1]![c2] !== colour || g[r2]![c1] !== colour) continue;
      const inside = (r: number, c: number) => r > r1 && r < r2 && c > c1 && c < c2;
      if (marks.some(([r, c]) => inside(r, c))) continue;
      for (let r = r1 + 1; r < r2; r++)
        for (let c = c1 + 1; c < c2; c++)
          if (g[r]![c] === bg) {
            out[r]![c] = paint;
            changed = true;
          }
    }
  return changed ? out : null;
}

export const BENDS = ['across', 'up or down'] as const;
export type Bend = (typeof BENDS)[number];
/**
 * Joins every cell of `from` to the nearest cell of `to` with a line of `paint` over background that
 * goes `first` (along the row for "across") and then turns; null when nothing is drawn or there are
 * too many cells to pair (these are marker cells, not shapes).
 */
export function joinWithBend(
  g: Grid,
  from: Colour,
  to: Colour,
  first: Bend,
  paint: Colour,
  bg: Colour = 0,
): Grid | null {
  const starts = cellsOf(g, from),
    ends = cellsOf(g, to);
  if (!starts.length || !ends.length || starts.length * ends.length > MAX_PAIRS || from === to) return null;
  const out = g.map((row) => [...row]);
  let changed = false;
  const put = (r: number, c: number) => {
    if (g[r]![c] !== bg) return;
    out[r]![c] = paint;
    changed = true;
  };
  for (const [r1, c1] of starts) {
    const [r2, c2] = ends.reduce((best, e) =>
      Math.abs(e[0] - r1) + Math.abs(e[1] - c1) < Math.abs(best[0] - r1) + Math.abs(best[1] - c1) ? e : best,
    );
    const [cr, cc] = first === 'across' ? [r1, c2] : [r2, c1];
    for (const [[ar, ac], [br, bc]] of [
      [
        [r1, c1],
        [cr, cc],
      ],
      [
        [cr, cc],
        [r2, c2],
      ],
    ] as const)
      for (let r = Math.min(ar, br); r <= Math.max(ar, br); r++)
        for (let c = Math.min(ac, bc); c <= Math.max(ac, bc); c++) put(r, c);
  }
  return changed ? out : null;
}
