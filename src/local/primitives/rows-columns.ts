/** Whole rows and columns as units: the middle line, empty lines, a key colour at a line's end. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { mostFrequentColour } from './colour.js';
import { transpose } from './geometry.js';

export const LINE_KINDS = ['column', 'row'] as const;
export type LineKind = (typeof LINE_KINDS)[number];
/** Keeps only the middle column (or row) and clears the rest; null when the grid has no single middle line or it is empty. */
export function keepMiddleLine(g: Grid, line: LineKind, bg: Colour = 0): Grid | null {
  const n = line === 'column' ? width(g) : height(g);
  if (n % 2 === 0 || n < 3) return null;
  const mid = (n - 1) / 2;
  const out = fromFn(height(g), width(g), (r, c) => ((line === 'column' ? c : r) === mid ? g[r]![c]! : bg));
  return out.some((row) => row.some((v) => v !== bg)) ? out : null;
}

/**
 * Completes every partly filled row (or column) like a full one: the first line without background
 * whose colours can be renamed, one to one, into the cells the line already has gives its
 * background cells their renamed colours. Null when no line changes.
 */
export function completeLikeFullLine(g: Grid, line: LineKind, bg: Colour = 0): Grid | null {
  const lines = line === 'row' ? g : transpose(g);
  const full = lines.filter((l) => l.every((v) => v !== bg));
  let changed = false;
  const done = lines.map((l) => {
    if (l.every((v) => v !== bg) || l.every((v) => v === bg)) return l;
    for (const t of full) {
      const names = renaming(t, l, bg);
      if (!names) continue;
      const out = l.map((v, i) => (v === bg ? (names.get(t[i]!) ?? bg) : v));
      changed ||= out.some((v, i) => v !== l[i]);
      return out;
    }
    return l;
  });
  if (!changed) return null;
  return line === 'row' ? done : transpose(done);
}
/** The one-to-one renaming of `template`'s colours that agrees with every filled cell of `partial`, or null. */
function renaming(template: readonly Colour[], partial: readonly Colour[], bg: Colour): Map<Colour, Colour> | null {
  const to = new Map<Colour, Colour>(),
    from = new Map<Colour, Colour>();
  for (let i = 0; i < partial.length; i++) {
    const v = partial[i]!,
      t = template[i]!;
    if (v === bg) continue;
    if ((to.get(t) ?? v) !== v || (from.get(v) ?? t) !== t) return null;
    to.set(t, v);
    from.set(v, t);
  }
  return to;
}

export const EMPTY_LINES = ['rows', 'columns', 'rows and columns'] as const;
export type EmptyLines = (typeof EMPTY_LINES)[number];
/** Paints every row (and/or column) that holds only background with `colour`; null when there is none. */
export function paintEmptyLines(g: Grid, which: EmptyLines, colour: Colour, bg: Colour = 0): Grid | null {
  const rows = which !== 'columns' ? g.map((row) => row.every((v) => v === bg)) : [];
  const cols = which !== 'rows' ? Array.from({ length: width(g) }, (_, c) => g.every((row) => row[c] === bg)) : [];
  if (!rows.some(Boolean) && !cols.some(Boolean)) return null;
  return fromFn(height(g), width(g), (r, c) => (rows[r] || cols[c] ? colour : g[r]![c]!));
}

export const LINE_ENDS = [
  'left end of its row',
  'right end of its row',
  'top of its column',
  'bottom of its column',
] as const;
export type LineEnd = (typeof LINE_ENDS)[number];
/** The cell at the named end of (r, c)'s row or column. */
function endCell(g: Grid, r: number, c: number, end: LineEnd): Colour {
  if (end === 'left end of its row') return g[r]![0]!;
  if (end === 'right end of its row') return g[r]![width(g) - 1]!;
  if (end === 'top of its column') return g[0]![c]!;
  return g[height(g) - 1]![c]!;
}
/**
 * Gives each cell of `colour` the colour found at the named end of its row or column (a key along the
 * edge), where that end holds another filled colour; null when no cell changes.
 */
export function recolourFromLineEnd(g: Grid, colour: Colour, end: LineEnd, bg: Colour = 0): Grid | null {
  let changed = false;
  const out = fromFn(height(g), width(g), (r, c) => {
    const v = g[r]![c]!;
    if (v !== colour) return v;
    const key = endCell(g, r, c, end);
    if (key === bg || key === colour) return v;
    changed = true;
    return key;
  });
  return changed ? out : null;
}

/** Which line the counting of `recolourEveryNth` starts with: the grid's first (left or top) or its last. */
export const COUNT_STARTS = ['first', 'last'] as const;
export type CountStart = (typeof COUNT_STARTS)[number];
/**
 * Recolours the cells of `from` in every `n`th column (or row), counting from the first or from the
 * last (grids of different sizes then agree on their far edge), to `to`; null when none changes.
 */
export function recolourEveryNth(
  g: Grid,
  line: LineKind,
  n: number,
  from: Colour,
  to: Colour,
  start: CountStart = 'first',
): Grid | null {
  if (n < 2 || from === to) return null;
  const last = (line === 'column' ? width(g) : height(g)) - 1;
  let changed = false;
  const out = fromFn(height(g), width(g), (r, c) => {
    const v = g[r]![c]!;
    const k = line === 'column' ? c : r;
    if (v !== from || (start === 'last' ? last - k : k) % n !== 0) return v;
    changed = true;
    return to;
  });
  return changed ? out : null;
}

/** Which lines `paintLinesByMajority` repaints: every row, every column, or whichever of the two changes fewer cells. */
export const MAJORITY_LINES = ['row', 'column', 'row or every column (whichever changes fewer cells)'] as const;
export type MajorityLines = (typeof MAJORITY_LINES)[number];

/**
 * Paints every row (or column) in its most common colour: stripes cleared of noise. With both
 * offered, the way that changes fewer cells (rows where the two tie). Null when nothing changes.
 */
export function paintLinesByMajority(g: Grid, lines: MajorityLines): Grid | null {
  const paintRows = (h: Grid): Grid => h.map((row) => Array<Colour>(row.length).fill(mostFrequentColour([row])));
  const byRows = () => paintRows(g);
  const byColumns = () => transpose(paintRows(transpose(g)));
  const changed = (o: Grid) => o.reduce((n, row, r) => n + row.filter((v, c) => v !== g[r]![c]).length, 0);
  let out: Grid;
  if (lines === 'row') out = byRows();
  else if (lines === 'column') out = byColumns();
  else {
    const rows = byRows(),
      cols = byColumns();
    out = changed(cols) < changed(rows) ? cols : rows;
  }
  return changed(out) ? out : null;
}
