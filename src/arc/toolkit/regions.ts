/** Connected regions of cells, enclosed holes and flood fill. Pure and immutable. */
import { height, width, type Colour, type Grid } from '../grid.js';

/** A cell position [row, col]. */
export type Cell = readonly [number, number];

/** How cells join into regions. */
export interface RegionOptions {
  /** Diagonal neighbours join (8-neighbourhood); by default only the 4 side neighbours. */
  readonly diagonal?: boolean;
  /** Neighbours of any included colour join; by default only cells of the starting cell's colour. */
  readonly anyColour?: boolean;
}

const N4 = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
] as const;
const N8 = [...N4, [-1, -1], [-1, 1], [1, -1], [1, 1]] as const;

/** The connected regions of cells whose colour passes `include`, in reading order of their first cell. */
export function connectedRegions(g: Grid, include: (v: Colour) => boolean, opts: RegionOptions = {}): Cell[][] {
  const w = width(g),
    seen = new Uint8Array(height(g) * w),
    regions: Cell[][] = [];
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!seen[r * w + c] && include(v)) regions.push(grow(g, r, c, include, opts, seen));
    }),
  );
  return regions;
}

/** The cells 4-connected to (r, c) through its own colour; empty when (r, c) is outside the grid. */
export function regionAt(g: Grid, r: number, c: number): Cell[] {
  const target = g[r]?.[c];
  if (target === undefined) return [];
  return grow(g, r, c, (v) => v === target, {}, new Uint8Array(height(g) * width(g)));
}

/** Paints the 4-connected region of same colour around (r, c) with `colour`. */
export function floodFill(g: Grid, r: number, c: number, colour: Colour): Grid {
  const target = g[r]?.[c];
  if (target === undefined || target === colour) return g;
  const out = g.map((row) => [...row]);
  for (const [y, x] of regionAt(g, r, c)) out[y]![x] = colour;
  return out;
}

/** True when some cell of the region lies on the grid's edge. */
export const touchesGridEdge = (g: Grid, cells: readonly Cell[]): boolean =>
  cells.some(([r, c]) => r === 0 || c === 0 || r === height(g) - 1 || c === width(g) - 1);

/** The 4-connected regions of `colour` that do not reach the grid's edge (enclosed holes when `colour` is the background). */
export const enclosedRegions = (g: Grid, colour: Colour): Cell[][] =>
  connectedRegions(g, (v) => v === colour).filter((cells) => !touchesGridEdge(g, cells));

/** Grows one region from (r0, c0) over unseen cells that join it, marking them in the caller's `seen` mask. */
function grow(
  g: Grid,
  r0: number,
  c0: number,
  include: (v: Colour) => boolean,
  opts: RegionOptions,
  seen: Uint8Array,
): Cell[] {
  const h = height(g),
    w = width(g),
    colour0 = g[r0]![c0]!;
  const cells: Cell[] = [],
    stack: [number, number][] = [[r0, c0]];
  seen[r0 * w + c0] = 1;
  while (stack.length) {
    const [r, c] = stack.pop()!;
    cells.push([r, c]);
    for (const [dr, dc] of opts.diagonal ? N8 : N4) {
      const nr = r + dr,
        nc = c + dc;
      if (nr < 0 || nc < 0 || nr >= h || nc >= w || seen[nr * w + nc]) continue;
      const v = g[nr]![nc]!;
      if (!include(v) || (!opts.anyColour && v !== colour0)) continue;
      seen[nr * w + nc] = 1;
      stack.push([nr, nc]);
    }
  }
  return cells;
}
