/**
 * The best mirror axis is looked for over the index pairs that lie inside the grid only, and axes
 * that cannot beat the best so far are skipped. It must choose what comparing every cell with its
 * mirror image (the plain definition, written out below) chooses: on grids mirrored about an
 * off-centre axis with holes punched in, on noise, on one row or column, and on 30 x 30.
 */
import { describe, expect, it } from 'vitest';
import { fromFn, type Colour, type Grid } from '../../src/arc/grid.js';
import { bestMirrorAxis } from '../../src/local/primitives/symmetry.js';

/** The axis (r + r' or c + c') with most agreeing non-hole pairs and no disagreeing one; ties to the centre. */
function plainAxis(g: Grid, along: 'rows' | 'cols', hole: Colour): number | undefined {
  const len = along === 'cols' ? g[0]!.length : g.length;
  let best: number | undefined,
    bestAgree = 0;
  for (let s = 1; s <= 2 * len - 3; s++) {
    let agree = 0,
      conflict = false;
    g.forEach((row, r) =>
      row.forEach((v, c) => {
        const u = along === 'cols' ? row[s - c] : g[s - r]?.[c];
        if (u === undefined || v === hole || u === hole) return;
        if (u === v) agree++;
        else conflict = true;
      }),
    );
    const closer = best !== undefined && Math.abs(s - (len - 1)) < Math.abs(best - (len - 1));
    if (!conflict && (agree > bestAgree || (agree === bestAgree && closer))) ((best = s), (bestAgree = agree));
  }
  return best;
}

/** A deterministic pseudo-random sequence (linear congruential). */
function rng(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 16) % n;
  };
}

/** A grid mirrored about axis `s` along rows or columns where the image falls inside, with some holes (0) punched in. */
function mirrored(h: number, w: number, along: 'rows' | 'cols', seed: number): Grid {
  const next = rng(seed);
  const base = fromFn(h, w, () => 1 + next(4));
  const len = along === 'cols' ? w : h;
  const s = 1 + next(Math.max(1, 2 * len - 3));
  const sym = fromFn(h, w, (r, c) => {
    const [ir, ic] = along === 'cols' ? [r, s - c] : [s - r, c];
    const inside = ir >= 0 && ir < h && ic >= 0 && ic < w;
    // each pair takes the colour of its earlier cell
    return inside && (along === 'cols' ? ic < c : ir < r) ? base[ir]![ic]! : base[r]![c]!;
  });
  return sym.map((row) => row.map((v) => (next(5) === 0 ? 0 : v)));
}

const shapes: [number, number][] = [
  [1, 1],
  [1, 7],
  [7, 1],
  [2, 2],
  [5, 8],
  [9, 4],
  [13, 13],
  [30, 30],
  [30, 17],
];

describe('bestMirrorAxis', () => {
  it.each(shapes)('chooses what the plain definition chooses on %i x %i grids', (h, w) => {
    let defined = 0;
    for (let seed = 1; seed <= 12; seed++)
      for (const along of ['rows', 'cols'] as const) {
        const next = rng(seed * 31 + h);
        const grids = [mirrored(h, w, along, seed), fromFn(h, w, () => next(3))];
        for (const g of grids)
          for (const hole of [0, 1]) {
            const want = plainAxis(g, along, hole);
            expect(bestMirrorAxis(g, along, hole)).toBe(want);
            if (want !== undefined) defined++;
          }
      }
    // the mirrored scenes have an axis wherever the grid is long enough to mirror at all
    if (Math.max(h, w) >= 3) expect(defined).toBeGreaterThan(0);
  });
});
