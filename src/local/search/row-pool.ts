/**
 * Rows shared between the grids a search keeps. A step mostly changes a few rows of a grid and
 * leaves the others as they were, and grids are never mutated, so grids equal on a row can hold the
 * same row. On ARC-AGI-1 training task 06df4c85 at deep effort, sharing them cut the search's peak
 * live heap by a third (83 -> 53 MB); rows were most of what the kept states weighed.
 */
import { rowEquals, type Colour, type Grid } from '../../arc/grid.js';
import { hashRow } from './hash.js';

export class RowPool {
  private readonly rows = new Map<number, readonly Colour[]>();

  /** `hashOf` is replaceable so that tests can force collisions. */
  constructor(private readonly hashOf: (row: readonly Colour[]) => number = hashRow) {}

  /** Distinct rows pooled. */
  get size(): number {
    return this.rows.size;
  }

  /**
   * `g`, or a copy of its list of rows in which every row equal to a pooled one is that one. Rows
   * of new content join the pool when `grow` (not once the memo is full); a row whose hash belongs
   * to another content stays its own.
   */
  share(g: Grid, grow = true): Grid {
    let out: (readonly Colour[])[] | null = null;
    for (let r = 0; r < g.length; r++) {
      const row = g[r]!,
        h = this.hashOf(row);
      const known = this.rows.get(h);
      if (known === undefined) {
        if (grow) this.rows.set(h, row);
      } else if (known !== row && rowEquals(known, row)) (out ??= g.slice())[r] = known;
    }
    return out ?? g;
  }
}
