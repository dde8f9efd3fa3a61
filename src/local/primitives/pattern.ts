/** Repeating patterns: finding a grid's period and repairing holes in a periodic picture. Pure and immutable. */
import { memoOnGrid } from '../../arc/toolkit/memo.js';
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { boxWhere } from './crop.js';

/** True when every non-hole cell agrees with the others of its (r mod py, c mod px) class. */
function fitsPeriod(g: Grid, py: number, px: number, hole: Colour): boolean {
  const seen = new Int8Array(py * px).fill(-1);
  for (let r = 0; r < height(g); r++)
    for (let c = 0; c < width(g); c++) {
      const v = g[r]![c]!;
      if (v === hole) continue;
      const k = (r % py) * px + (c % px);
      if (seen[k] === -1) seen[k] = v;
      else if (seen[k] !== v) return false;
    }
  return true;
}
/** The smallest (by area) period [py, px] that the non-hole cells agree with, other than the whole grid. */
export const findPeriod = (g: Grid, hole: Colour = -1): [number, number] | undefined => periodMemo(g, hole);
const periodMemo = memoOnGrid((g: Grid, hole: number) => smallestPeriod(g, hole));

function smallestPeriod(g: Grid, hole: Colour): [number, number] | undefined {
  const h = height(g),
    w = width(g),
    options: [number, number][] = [];
  for (let py = 1; py <= h; py++) for (let px = 1; px <= w; px++) if (py * px < h * w) options.push([py, px]);
  options.sort((a, b) => a[0] * a[1] - b[0] * b[1] || a[0] - b[0]);
  return options.find(([py, px]) => fitsPeriod(g, py, px, hole));
}
/** Fills cells of colour `hole` from the grid's repeating pattern (unchanged when no period fits). */
export function completePeriodic(g: Grid, hole: Colour = 0): Grid {
  const p = findPeriod(g, hole);
  if (!p) return g;
  const [py, px] = p,
    motif = new Map<number, Colour>();
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== hole) motif.set((r % py) * px + (c % px), v);
    }),
  );
  return fromFn(height(g), width(g), (r, c) =>
    g[r]![c] !== hole ? g[r]![c]! : (motif.get((r % py) * px + (c % px)) ?? hole),
  );
}
/**
 * The grid's repeating pattern continued over `ny` by `nx` times its size, in phase with its top-left
 * corner: its smallest period repeated, or the whole grid when none is smaller (tiling). Unlike
 * tiling, a row of period 2 that is 5 cells long goes on 2,8,2,8,2,8 rather than restarting.
 */
export function continuePattern(g: Grid, ny: number, nx: number): Grid {
  const [py, px] = findPeriod(g) ?? [height(g), width(g)];
  return fromFn(height(g) * ny, width(g) * nx, (r, c) => g[r % py]![c % px]!);
}
/** The cells that were of colour `hole` in `before`, cut from `after` (the bounding box of the holes). */
export function cutHoles(before: Grid, after: Grid, hole: Colour): Grid | null {
  const b = boxWhere(before, (v) => v === hole);
  return b && fromFn(b.h, b.w, (r, c) => after[b.top + r]![b.left + c]!);
}
