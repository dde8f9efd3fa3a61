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

/**
 * Marks already computed, per state and outputs: a long search bounds its memory every few hundred
 * states and looks at the same states' marks again each time, and pieces look at them once more.
 * States and grids are never mutated, so a state's marks against the same outputs never change.
 */
const computed = new WeakMap<Found, { readonly outs: readonly Grid[]; readonly m: Marks | null }>();

/** The state's marks against the outputs, or null when a train result has another shape. */
export function marks(f: Found, outs: readonly Grid[]): Marks | null {
  const hit = computed.get(f);
  if (hit?.outs === outs) return hit.m;
  const m = marksOf(f, outs);
  computed.set(f, { outs, m });
  return m;
}

function marksOf(f: Found, outs: readonly Grid[]): Marks | null {
  if (!outs.every((o, i) => sameShape(f.grids[i]!, o))) return null;
  const cells = outs.reduce((s, o) => s + o.length * o[0]!.length, 0);
  const shown = new Uint8Array(cells),
    right = new Uint8Array(cells);
  let k = 0;
  // Plain loops: a long search marks hundreds of thousands of cells.
  for (let i = 0; i < outs.length; i++) {
    const o = outs[i]!,
      g = f.grids[i]!;
    for (let r = 0; r < o.length; r++) {
      const want = o[r]!,
        got = g[r]!;
      for (let c = 0; c < want.length; c++, k++) {
        const v = got[c]!;
        shown[k] = v !== CLEAR ? 1 : 0;
        right[k] = v === want[c] ? 1 : 0;
      }
    }
  }
  return { shown, right };
}

/**
 * True when `g` could be the top layer of a stack for `out`: it has the output's shape, shows some
 * colour, and every cell it shows is right (what `topScore` asks of a state, on one grid).
 */
export function topLayerOf(g: Grid, out: Grid): boolean {
  if (!sameShape(g, out)) return false;
  let shown = false;
  for (let r = 0; r < out.length; r++) {
    const got = g[r]!,
      want = out[r]!;
    for (let c = 0; c < want.length; c++)
      if (got[c] !== CLEAR) {
        if (got[c] !== want[c]) return false;
        shown = true;
      }
  }
  return shown;
}

/** Cells shown when every shown cell is right, else -1. */
function topScore(m: Marks): number {
  let n = 0;
  for (let k = 0; k < m.shown.length; k++)
    if (m.shown[k]) {
      if (!m.right[k]) return -1;
      n++;
    }
  return n;
}

/** Cells right and not `covered`. */
function rightUncovered(m: Marks, covered: Uint8Array): number {
  let n = 0;
  for (let k = 0; k < m.right.length; k++) n += m.right[k]! & (covered[k]! ^ 1);
  return n;
}

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
    if (m && topScore(m) > 0) for (let i = 0; i < m.shown.length; i++) covered[i]! |= m.shown[i]!;
  const inTops = new Set(tops);
  const bases = best(
    shaped.filter((e) => !inTops.has(e)),
    (e) => rightUncovered(e.m, covered),
    k,
  );
  return [...kept, ...tops.map((e) => e.f), ...bases.map((e) => e.f)];
}
