/**
 * Grids as text: the plain form used in prompts, coloured terminal blocks with the standard
 * ARC palette, several grids side by side with labels, and a cell diff. Pure string building;
 * whether colour is wanted (NO_COLOR, a TTY) is decided at the CLI edge.
 */
import { height, sameShape, width, type Grid } from './grid.js';

/** The standard ARC palette as RGB: 0 black, 1 blue, 2 red, 3 green, 4 yellow, 5 grey, 6 magenta, 7 orange, 8 azure, 9 maroon. */
export const ARC_PALETTE: readonly (readonly [number, number, number])[] = [
  [0x00, 0x00, 0x00],
  [0x00, 0x74, 0xd9],
  [0xff, 0x41, 0x36],
  [0x2e, 0xcc, 0x40],
  [0xff, 0xdc, 0x00],
  [0xaa, 0xaa, 0xaa],
  [0xf0, 0x12, 0xbe],
  [0xff, 0x85, 0x1b],
  [0x7f, 0xdb, 0xff],
  [0x87, 0x0c, 0x25],
];

export interface RenderOptions {
  /** 24-bit ANSI background blocks when true; digits when false (default). */
  readonly colours?: boolean;
}

const RESET = '\x1b[0m';
const ANSI = /\x1b\[[0-9;]*m/g;

/** Visible width of a string that may hold ANSI colour codes. */
export const visibleLength = (s: string): number => s.replace(ANSI, '').length;

/** The prompt form: one row per line, cells separated by single spaces. */
export function gridToText(grid: Grid): string {
  return grid.map((row) => row.join(' ')).join('\n');
}

/** Parses the prompt form back (also accepts rows of digits without spaces); null if it is not a grid. */
export function gridFromText(text: string): Grid | null {
  const lines = text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return null;
  const rows = lines.map((l) => (/\s/.test(l) ? l.split(/\s+/) : l.split('')).map(Number));
  const ok = rows.every((r) => r.length === rows[0]!.length && r.every((c) => Number.isInteger(c) && c >= 0 && c <= 9));
  return ok ? rows : null;
}

/** One coloured cell: two spaces on the colour's background. */
const block = (c: number): string => {
  const [r, g, b] = ARC_PALETTE[c] ?? [0x40, 0x40, 0x40];
  return `\x1b[48;2;${r};${g};${b}m  ${RESET}`;
};

/** The grid's lines, coloured or plain. */
export function gridLines(grid: Grid, opts: RenderOptions = {}): string[] {
  return opts.colours ? grid.map((row) => row.map(block).join('')) : grid.map((row) => row.join(' '));
}

/** The grid for a terminal: coloured blocks, or digits without colour. */
export function renderGrid(grid: Grid, opts: RenderOptions = {}): string {
  return gridLines(grid, opts).join('\n');
}

const padEnd = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - visibleLength(s)));

/** Several grids side by side, each under its label (e.g. `input 10x10`). */
export function renderSideBySide(
  items: readonly { label: string; grid: Grid }[],
  opts: RenderOptions & { gap?: number } = {},
): string {
  const gap = ' '.repeat(opts.gap ?? 3);
  const blocks = items.map(({ label, grid }) => {
    const lines = gridLines(grid, opts);
    const w = Math.max(visibleLength(label), ...lines.map(visibleLength));
    return { lines: [label, ...lines], w };
  });
  const rows = Math.max(0, ...blocks.map((b) => b.lines.length));
  const out: string[] = [];
  for (let i = 0; i < rows; i++)
    out.push(
      blocks
        .map((b) => padEnd(b.lines[i] ?? '', b.w))
        .join(gap)
        .trimEnd(),
    );
  return out.join('\n');
}

/** One wrong cell of a same-shape comparison. */
export interface CellError {
  readonly row: number;
  readonly col: number;
  readonly actual: number;
  readonly expected: number;
}

/** What differs between an answer and the expected grid. */
export type GridDiff =
  | { readonly kind: 'shape'; readonly actual: readonly [number, number]; readonly expected: readonly [number, number] }
  | { readonly kind: 'cells'; readonly wrong: readonly CellError[]; readonly total: number };

/** Compares an answer with the expected grid cell by cell. */
export function diffGrids(actual: Grid, expected: Grid): GridDiff {
  if (!sameShape(actual, expected)) {
    return { kind: 'shape', actual: [height(actual), width(actual)], expected: [height(expected), width(expected)] };
  }
  const wrong: CellError[] = [];
  actual.forEach((row, r) =>
    row.forEach((a, c) => {
      const e = expected[r]![c]!;
      if (a !== e) wrong.push({ row: r, col: c, actual: a, expected: e });
    }),
  );
  return { kind: 'cells', wrong, total: height(expected) * width(expected) };
}

/**
 * The diff as text: correct cells as `·`, wrong cells as `actual→expected`, then a summary
 * line. A shape mismatch is reported as such (no cells compared).
 */
export function renderDiff(actual: Grid, expected: Grid, opts: RenderOptions = {}): string {
  const diff = diffGrids(actual, expected);
  if (diff.kind === 'shape') {
    const [ah, aw] = diff.actual,
      [eh, ew] = diff.expected;
    return `shape mismatch: got ${ah}x${aw}, expected ${eh}x${ew}`;
  }
  if (diff.wrong.length === 0) return `all ${diff.total} cells correct`;
  const cellW = 3;
  const bad = new Map(diff.wrong.map((e) => [`${e.row},${e.col}`, e]));
  const lines = actual.map((row, r) =>
    row
      .map((_, c) => {
        const e = bad.get(`${r},${c}`);
        if (!e) return padEnd('·', cellW);
        const text = `${e.actual}→${e.expected}`;
        return opts.colours ? `\x1b[31m${text}${RESET}` : text;
      })
      .join(' ')
      .trimEnd(),
  );
  lines.push(`${diff.wrong.length} of ${diff.total} cells wrong`);
  return lines.join('\n');
}
