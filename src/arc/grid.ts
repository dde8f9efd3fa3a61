/** Pure, immutable grid values. No I/O, no clock, no randomness. */

/** An ARC colour, 0 (black, usually background) to 9. */
export type Colour = number;
/** A rectangular grid of colours, row-major: `grid[row][col]`. Never mutated. */
export type Grid = readonly (readonly Colour[])[];

export const MAX_SIDE = 30;

/** Number of rows. */
export const height = (g: Grid): number => g.length;
/** Number of columns. */
export const width = (g: Grid): number => (g.length ? g[0]!.length : 0);

/** A new grid of `h` x `w` cells all set to `fill`. */
export function filled(h: number, w: number, fill: Colour = 0): Grid {
  return Array.from({ length: h }, () => Array<Colour>(w).fill(fill));
}

/** Builds a grid from a cell function. */
export function fromFn(h: number, w: number, f: (r: number, c: number) => Colour): Grid {
  // Plain loops: the search builds millions of cells this way, and Array.from's callbacks cost twice as much.
  const out: Colour[][] = new Array(h);
  for (let r = 0; r < h; r++) {
    const row: Colour[] = new Array(w);
    for (let c = 0; c < w; c++) row[c] = f(r, c);
    out[r] = row;
  }
  return out;
}

/**
 * True when both rows have the same length and cells; at once when they are one row (the search
 * shares rows between its grids).
 */
export function rowEquals(a: readonly Colour[], b: readonly Colour[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/**
 * True when both grids have the same shape and cells; at once when they are one grid (the search
 * interns its grids).
 */
export function gridEquals(a: Grid, b: Grid): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) if (!rowEquals(a[r]!, b[r]!)) return false;
  return true;
}

/** True when both grids have the same height and width. */
export const sameShape = (a: Grid, b: Grid): boolean => height(a) === height(b) && width(a) === width(b);

/** A stable string key for a grid (for dedup and maps). */
export const gridKey = (g: Grid): string => g.map((row) => row.join('')).join('|');

/** Fraction of equal cells; 0 when the shapes differ. */
export function cellSimilarity(a: Grid, b: Grid): number {
  if (!sameShape(a, b) || height(a) === 0) return 0;
  let same = 0;
  for (let r = 0; r < a.length; r++) for (let c = 0; c < a[r]!.length; c++) if (a[r]![c] === b[r]![c]) same++;
  return same / (height(a) * width(a));
}
