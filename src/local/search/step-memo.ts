/**
 * Step results remembered by grid content within one search. States differ as wholes but share
 * most of their grids (a step often changes one input's grid and leaves the others as they were),
 * so the same step meets the same grid many times. Every grid the search reaches is kept once per
 * content (interned: equal grids are one object, checked cell by cell, so a hash collision only
 * costs a miss), and a step's result on an interned grid is computed once. The caller still books
 * each application against its budget, so what a budget buys does not depend on the memo.
 */
import { gridEquals, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { applyStep } from '../language/run.js';
import type { Step } from '../language/types.js';
import { hashGrid } from './hash.js';
import { RowPool } from './row-pool.js';

/** Cells of remembered grids kept at most (about 8 bytes each), so memory stays bounded on big grids. */
const MAX_CELLS = 3_000_000;

/** A step as a string: its name and each argument's name and value (maps written out). */
export function stepKey(step: Step): string {
  let k = step.name;
  for (const a in step.args) {
    const v = step.args[a]!;
    k += typeof v === 'object' ? `|${a}=${JSON.stringify(v)}` : `|${a}=${v}`;
  }
  return k;
}

export class StepMemo {
  private readonly byHash = new Map<number, Grid>();
  private readonly hashes = new Map<Grid, number>();
  private readonly results = new Map<Grid, Map<string, Grid | null>>();
  private cells = 0;

  /** Rows shared by the interned grids. */
  private readonly rows: RowPool;

  /** `hashOf` and `rowHashOf` are replaceable so that tests can force collisions. */
  constructor(
    private readonly maxCells = MAX_CELLS,
    private readonly hashOf: (g: Grid) => number = hashGrid,
    rowHashOf?: (row: readonly Colour[]) => number,
  ) {
    this.rows = new RowPool(rowHashOf);
  }

  /** What the memo holds, in its own measure: cells of interned grids plus one per remembered result. */
  get held(): number {
    return this.cells;
  }

  /** The content hash of a grid (remembered for interned grids): `hashGrid` unless replaced. */
  hash(g: Grid): number {
    return this.hashes.get(g) ?? this.hashOf(g);
  }

  /**
   * The one remembered grid equal to `g`: when `g` is new, `g` with its rows shared with the grids
   * interned before (see RowPool). Once the memo is full, `g` is not remembered, but it still takes
   * the pooled rows it has: a deep search's frontier keeps many such grids.
   */
  intern(g: Grid): Grid {
    const known = this.hashes.get(g);
    if (known !== undefined) return g;
    const h = this.hashOf(g);
    const other = this.byHash.get(h);
    if (other) return gridEquals(other, g) ? other : g;
    if (this.cells >= this.maxCells) return this.rows.share(g, false);
    const kept = this.rows.share(g);
    this.cells += height(kept) * width(kept);
    this.byHash.set(h, kept);
    this.hashes.set(kept, h);
    return kept;
  }

  /** `applyStep(g, step)`, interned, computed once per grid content and step (`key`: its `stepKey`, made once per state). */
  apply(g: Grid, step: Step, key = stepKey(step)): Grid | null {
    let byStep = this.results.get(g);
    const hit = byStep?.get(key);
    if (hit !== undefined) return hit;
    const r = applyStep(g, step);
    const out = r && this.intern(r);
    if (this.hashes.has(g) && this.cells < this.maxCells) {
      if (!byStep) this.results.set(g, (byStep = new Map()));
      byStep.set(key, out);
      this.cells += 1; // an entry costs about a cell's worth even when its grid is shared
    }
    return out;
  }
}
