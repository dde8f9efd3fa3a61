/**
 * What makes a search state useful as a piece: per train cell, whether it shows a colour (is not
 * see-through) and whether it is right. Long searches bound their memory by keeping the fittest
 * states; these marks also keep the states that make good layers, which fitness alone would drop:
 * top layers right on every cell they show, and bottom layers right where the top layers show nothing.
 */
import { sameShape, type Colour, type Grid } from '../../arc/grid.js';
import { keepBest, type Found } from './found.js';

/** The see-through colour of stacked layers: the background. */
export const CLEAR: Colour = 0;

/** Per train cell (all pairs in a row): 1 where the state shows a colour, 1 where it is right. */
export interface Marks {
  readonly shown: Uint8Array;
  readonly right: Uint8Array;
}

/** The state's marks against the outputs, or null when a train result has another shape. */
export function marks(f: Found, outs: readonly Grid[]): Marks | null {
  if (!outs.every((o, i) => sameShape(f.grids[i]!, o))) return null;
  const cells = outs.reduce((s, o) => s + o.length * o[0]!.length, 0);
  const shown = new Uint8Array(cells),
    right = new Uint8Array(cells);
  let k = 0;
  outs.forEach((o, i) =>
    o.forEach((row, r) =>
      row.forEach((want, c) => {
        const v = f.grids[i]![r]![c]!;
        shown[k] = v !== CLEAR ? 1 : 0;
        right[k++] = v === want ? 1 : 0;
      }),
    ),
  );
  return { shown, right };
}

/** Cells shown when every shown cell is right, else -1. */
const topScore = (m: Marks): number =>
  m.shown.some((v, k) => v && !m.right[k]) ? -1 : m.shown.reduce((s, v) => s + v, 0);

/** The `k` best of `xs` by a score (non-positive scores dropped). */
const best = <T>(xs: readonly T[], score: (x: T) => number, k: number): T[] =>
  xs
    .map((x) => ({ x, s: score(x) }))
    .filter((e) => e.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, k)
    .map((e) => e.x);

/** How many of the best top layers' union of shown cells the bottom-layer score looks past. */
const TOPS_SEEN = 20;

/**
 * Bounds a long search's memory like `keepBest` (the `k` fittest and every perfect state), and also
 * keeps the `k` best top layers and the `k` states right on most cells that those top layers (and
 * the extra states, such as the starting one) leave uncovered.
 */
export function keepWithPieces(
  fs: readonly Found[],
  k: number,
  outs: readonly Grid[],
  extra: readonly Found[] = [],
): Found[] {
  const kept = keepBest(fs, k);
  const inKept = new Set(kept);
  const rest = fs.filter((f) => !inKept.has(f)).map((f) => ({ f, m: marks(f, outs) }));
  const shaped = rest.filter((e): e is { f: Found; m: Marks } => e.m !== null);
  const tops = best(shaped, (e) => topScore(e.m), k);
  const covered = new Uint8Array(shaped[0]?.m.shown.length ?? 0);
  for (const m of [...extra.map((f) => marks(f, outs)), ...tops.slice(0, TOPS_SEEN).map((e) => e.m)])
    if (m && topScore(m) > 0) m.shown.forEach((v, i) => v && (covered[i] = 1));
  const inTops = new Set(tops);
  const bases = best(
    shaped.filter((e) => !inTops.has(e)),
    (e) => e.m.right.reduce((s, v, i) => s + (v && !covered[i] ? 1 : 0), 0),
    k,
  );
  return [...kept, ...tops.map((e) => e.f), ...bases.map((e) => e.f)];
}
