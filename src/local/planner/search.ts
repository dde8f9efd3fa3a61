/**
 * The planner's search: breadth-first over step compositions with inferred parameters. Depth 1 tries
 * every step; deeper levels extend only the states closest to the outputs (a beam), stopping at the
 * work budget. Train and test inputs are carried together so that programs are told apart by what
 * they do to the test input too.
 */
import type { Grid } from '../../arc/grid.js';
import { applyStep } from '../language/run.js';
import type { Step } from '../language/types.js';
import { proposeSteps } from './arg-proposals.js';
import { allExact, closeness, fitness } from './score.js';
import type { Problem } from './evaluate.js';

export interface SearchOptions {
  /** Stop after this many milliseconds (default 3000). */
  readonly timeMs?: number;
  /** Stop after this many step applications (keeps results reproducible; default 400000). */
  readonly maxApplications?: number;
  /** Beam width per depth after the first (default [60, 12]). */
  readonly beam?: readonly number[];
  /** Stop early once this many train-perfect programs are known (default 12). */
  readonly enough?: number;
  readonly signal?: AbortSignal;
}
/** A program with its results on the train inputs (then the test inputs). */
export interface Found {
  readonly program: readonly Step[];
  readonly grids: readonly Grid[];
  readonly fitness: number;
  readonly perfect: boolean;
  readonly closeness: number;
}

/** Searches for programs turning `ins` into `outs`; returns them best first (perfect, shortest, closest). */
export function search(p: Problem, opts: SearchOptions = {}, start: readonly Step[] = []): Found[] {
  const deadline = Date.now() + (opts.timeMs ?? 3000);
  const beam = opts.beam ?? [60, 12];
  let budget = opts.maxApplications ?? 400_000;
  const enough = opts.enough ?? 12;
  const n = p.ins.length;
  const root: Found = { program: start, grids: [...p.ins, ...p.tests], fitness: 0, perfect: false, closeness: 0 };
  const seen = new Set<number>([hashGrids(root.grids)]);
  let found: Found[] = [];
  let level: Found[] = [root];
  let perfect = 0;
  const stop = () => budget <= 0 || Date.now() > deadline || opts.signal?.aborted === true;
  for (let depth = 0; depth <= beam.length && level.length && !stop(); depth++) {
    let next: Found[] = [];
    for (const node of level) {
      if (stop() || perfect >= enough) break;
      for (const step of proposeSteps({ ins: node.grids.slice(0, n), outs: p.outs })) {
        if ((budget & 255) === 0 && stop()) break;
        const grids: Grid[] = [];
        for (const g of node.grids) {
          budget--;
          const r = applyStep(g, step);
          if (!r) break;
          grids.push(r);
        }
        if (grids.length !== node.grids.length) continue;
        const key = hashGrids(grids);
        if (seen.has(key)) continue;
        seen.add(key);
        const train = grids.slice(0, n);
        const child: Found = {
          program: [...node.program, step],
          grids,
          fitness: fitness(train, p.outs),
          perfect: allExact(train, p.outs),
          closeness: closeness(train, p.outs),
        };
        if (child.perfect) perfect++;
        else next.push(child);
        found.push(child);
        if (found.length > 2000) found = keepBest(found, 500);
        if (next.length > 2000) next = keepBest(next, Math.max(500, beam[depth] ?? 0), (f) => f.closeness);
      }
    }
    // A perfect program at this depth beats anything longer: do not go deeper.
    if (perfect > 0) break;
    level = next.sort((a, b) => b.closeness - a.closeness).slice(0, beam[depth] ?? 0);
  }
  return rank(found);
}

/** Perfect programs first (shorter first), then by fitness; stable for equal keys. */
export const rank = (fs: readonly Found[]): Found[] =>
  [...fs].sort(
    (a, b) =>
      Number(b.perfect) - Number(a.perfect) ||
      (a.perfect ? a.program.length - b.program.length : 0) ||
      b.fitness - a.fitness,
  );

/** The `k` best by a key (perfect ones always kept), bounding memory on long searches. */
function keepBest(fs: readonly Found[], k: number, key: (f: Found) => number = (f) => f.fitness): Found[] {
  const perfect = fs.filter((f) => f.perfect);
  return [
    ...perfect,
    ...fs
      .filter((f) => !f.perfect)
      .sort((a, b) => key(b) - key(a))
      .slice(0, k),
  ];
}

/** A 52-bit hash of a list of grids (shape and cells), for de-duplicating search states cheaply. */
export function hashGrids(gs: readonly Grid[]): number {
  let h1 = 0x811c9dc5,
    h2 = 0x1b873593;
  const mix = (v: number) => {
    h1 = Math.imul(h1 ^ v, 0x01000193);
    h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 13);
  };
  for (const g of gs) {
    mix(1000 + g.length);
    mix(2000 + (g[0]?.length ?? 0));
    for (const row of g) for (const v of row) mix(v);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}
