/** Content hashes of grids, for de-duplicating search states. */
import type { Colour, Grid } from '../../arc/grid.js';

/** A 52-bit hash of one grid's shape and cells. */
export function hashGrid(g: Grid): number {
  let h1 = 0x811c9dc5 ^ g.length,
    h2 = 0x1b873593 ^ (g[0]?.length ?? 0);
  for (const row of g) {
    for (const v of row) {
      h1 = Math.imul(h1 ^ v, 0x01000193);
      h2 = Math.imul(h2 ^ v, 0x5bd1e995) ^ (h2 >>> 13);
    }
    h1 = Math.imul(h1 ^ 0xff, 0x01000193);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}

/** A 32-bit hash of one row's length and cells. */
export function hashRow(row: readonly Colour[]): number {
  let h = 0x811c9dc5 ^ row.length;
  for (let c = 0; c < row.length; c++) h = Math.imul(h ^ row[c]!, 0x01000193);
  return h >>> 0;
}

/** A 52-bit hash of a list of grids, from their hashes. */
export const hashGrids = (gs: readonly Grid[]): number => combineHashes(gs.map(hashGrid));

/** A 52-bit hash of a list of grid hashes (what `hashGrids` gives for the grids). */
export function combineHashes(hs: readonly number[]): number {
  let h1 = 0x811c9dc5,
    h2 = 0x1b873593;
  for (const v of hs) {
    h1 = Math.imul(h1 ^ (v % 0x100000000), 0x01000193);
    h2 = Math.imul(h2 ^ Math.floor(v / 0x100000000), 0x5bd1e995) ^ (h2 >>> 13);
    h1 = Math.imul(h1 ^ (h2 >>> 7), 0x01000193);
  }
  return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
}
