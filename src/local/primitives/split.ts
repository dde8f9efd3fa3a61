/** Grids divided by separator lines: parts, halves, and logical overlays of halves. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { crop } from './crop.js';
import { colourCounts } from './colour.js';
import { memoOnGrid } from '../../arc/toolkit/memo.js';
import { symmetryCount } from './symmetry-count.js';

/** Rows and columns made entirely of one non-background colour (computed once per grid and background). */
export const separatorLines = (
  g: Grid,
  bg: Colour = 0,
): { readonly rows: readonly number[]; readonly cols: readonly number[] } => separatorMemo(g, bg);
const separatorMemo = memoOnGrid(findSeparatorLines);

/** Every row and every column made entirely of one non-background colour, however many. */
export function fullLines(g: Grid, bg: Colour = 0): { rows: number[]; cols: number[] } {
  const full = (cells: readonly Colour[]) => cells[0] !== bg && cells.every((v) => v === cells[0]);
  const rows = g.flatMap((row, r) => (full(row) ? [r] : []));
  const cols = Array.from({ length: width(g) }, (_, c) => c).filter((c) => full(g.map((row) => row[c]!)));
  return { rows, cols };
}
/** The full lines that separate something: lines longer than one cell, and not every line of their kind. */
function findSeparatorLines(g: Grid, bg: Colour): { rows: number[]; cols: number[] } {
  const { rows, cols } = fullLines(g, bg);
  return {
    rows: width(g) > 1 && rows.length !== height(g) ? rows : [],
    cols: height(g) > 1 && cols.length !== width(g) ? cols : [],
  };
}
/** Cuts positions 0..len-1 into runs [start, length] between the cut positions (runs of length 0 dropped). */
export function spans(len: number, cuts: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const cut of [...cuts, len]) {
    if (cut > start) out.push([start, cut - start]);
    start = cut + 1;
  }
  return out;
}
/** The rectangular parts between separator lines, in reading order. */
export function splitBySeparators(g: Grid, bg: Colour = 0): Grid[] {
  const { rows, cols } = separatorLines(g, bg);
  return spans(height(g), rows).flatMap(([r, h]) => spans(width(g), cols).map(([c, w]) => crop(g, r, c, h, w)));
}
/** Where n equal runs of a length start, and their size, skipping one-cell separators between them; null when a run would be empty. */
export function equalRuns(len: number, n: number): { starts: number[]; size: number } | null {
  const sep = (len - (n - 1)) % n === 0 && len % n !== 0 ? 1 : 0;
  const size = Math.floor((len - (n - 1) * sep) / n);
  return size < 1 ? null : { starts: Array.from({ length: n }, (_, i) => i * (size + sep)), size };
}
/**
 * Splits into n equal parts across (side by side) or down (stacked), skipping one-cell separator
 * lines. Remembered per grid: every part-choosing and half-combining step asks for the same split.
 */
export const splitEqual = (g: Grid, n: number, along: 'across' | 'down'): readonly Grid[] =>
  splitMemo(g, `${n} ${along}`);
const splitMemo = memoOnGrid((g: Grid, key: string): readonly Grid[] => {
  const [n, along] = key.split(' ');
  const runs = equalRuns(along === 'across' ? width(g) : height(g), Number(n));
  if (!runs) return [g];
  return runs.starts.map((at) =>
    along === 'across' ? crop(g, 0, at, height(g), runs.size) : crop(g, at, 0, runs.size, width(g)),
  );
});
export const MASK_OPS = ['both', 'either', 'exactly one', 'neither', 'only the first', 'only the second'] as const;
export type MaskOp = (typeof MASK_OPS)[number];
/** Paints `colour` where the op holds over "cell is not background" in a and b (shapes must match; b is cropped/padded to a). */
export function combineMasks(a: Grid, b: Grid, op: MaskOp, colour: Colour, bg: Colour = 0): Grid {
  return fromFn(height(a), width(a), (r, c) => {
    const x = a[r]![c] !== bg,
      y = (b[r]?.[c] ?? bg) !== bg;
    const on =
      op === 'both'
        ? x && y
        : op === 'either'
          ? x || y
          : op === 'exactly one'
            ? x !== y
            : op === 'neither'
              ? !x && !y
              : op === 'only the first'
                ? x && !y
                : !x && y;
    return on ? colour : bg;
  });
}
/** Stacks grids of one shape: later grids' non-background cells cover earlier ones. */
export function overlay(parts: readonly Grid[], bg: Colour = 0): Grid {
  const first = parts[0]!;
  return fromFn(height(first), width(first), (r, c) => {
    let v = bg;
    for (const p of parts) {
      const u = p[r]?.[c];
      if (u !== undefined && u !== bg) v = u;
    }
    return v;
  });
}
export const PART_CHOICES = [
  'most filled',
  'least filled',
  'most colourful',
  'odd one out',
  'first',
  'last',
  'least symmetric',
] as const;
export type PartChoice = (typeof PART_CHOICES)[number];
/** Chooses one part by a criterion (ties keep the earlier part; "least symmetric" needs a single part with the fewest symmetries). */
export function choosePart(parts: readonly Grid[], choice: PartChoice, bg: Colour = 0): Grid | undefined {
  const filled = (p: Grid) => {
    let n = 0;
    for (const row of p) for (const v of row) if (v !== bg) n++;
    return n;
  };
  const colours = (p: Grid) => colourCounts(p).filter((n, c) => n > 0 && c !== bg).length;
  // Each part's key once (the search calls this on every state): the first part with the highest key.
  const best = (key: (p: Grid) => number) => {
    let b: Grid | undefined,
      kb = -Infinity;
    for (const p of parts) {
      const k = key(p);
      if (b === undefined || k > kb) [b, kb] = [p, k];
    }
    return b;
  };
  switch (choice) {
    case 'most filled':
      return best(filled);
    case 'least filled':
      return best((p) => -filled(p));
    case 'most colourful':
      return best(colours);
    case 'first':
      return parts[0];
    case 'last':
      return parts[parts.length - 1];
    case 'odd one out': {
      const pattern = parts.map((p) => p.map((row) => row.join('')).join('|'));
      const once = parts.filter((_, i) => pattern.filter((k) => k === pattern[i]).length === 1);
      return once.length === 1 ? once[0] : undefined;
    }
    case 'least symmetric': {
      const counts = parts.map(symmetryCount),
        least = Math.min(...counts);
      return counts.filter((n) => n === least).length === 1 ? parts[counts.indexOf(least)] : undefined;
    }
  }
}

/** The parts between separator lines as a grid of parts: rows of parts, each row left to right. */
export function partLayout(g: Grid, bg: Colour = 0): Grid[][] {
  const { rows, cols } = separatorLines(g, bg);
  return spans(height(g), rows).map(([r, h]) => spans(width(g), cols).map(([c, w]) => crop(g, r, c, h, w)));
}
/** One cell per part between separator lines: the part's most frequent non-background colour (background when empty). */
export function partsToCells(g: Grid, bg: Colour = 0): Grid {
  return partLayout(g, bg).map((row) =>
    row.map((p) => {
      const counts = colourCounts(p);
      let best = bg;
      counts.forEach((n, c) => {
        if (c !== bg && n > 0 && (best === bg || n > counts[best]!)) best = c;
      });
      return best;
    }),
  );
}
