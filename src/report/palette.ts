import type { Color, Grid } from '../arc/grid.js';

/** The standard ARC colours, indexed by cell value 0-9. */
export const ARC_PALETTE: readonly string[] = [
  '#000000', '#0074D9', '#FF4136', '#2ECC40', '#FFDC00',
  '#AAAAAA', '#F012BE', '#FF851B', '#7FDBFF', '#870C25',
];

/** The CSS colour of a cell value (out-of-range values render white so they stand out). */
export const colorOf = (c: Color): string => ARC_PALETTE[c] ?? '#FFFFFF';

/**
 * A compact grid form for embedding in pages: one string of digits per row. About half the
 * size of nested JSON arrays, which matters for a 400-task report.
 */
export const packGrid = (g: Grid): string[] => g.map((row) => row.join(''));

/** Inverse of packGrid. */
export const unpackGrid = (rows: readonly string[]): Grid => rows.map((row) => Array.from(row, Number));
