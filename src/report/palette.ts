import type { Colour, Grid } from '../arc/grid.js';
import { ARC_PALETTE } from '../arc/render.js';

const hex = (n: number): string => n.toString(16).padStart(2, '0').toUpperCase();

/** The standard ARC colours as CSS hex (#0074D9 ...), indexed by cell value 0-9; from arc's RGB palette. */
export const ARC_CSS_COLOURS: readonly string[] = ARC_PALETTE.map(([r, g, b]) => `#${hex(r)}${hex(g)}${hex(b)}`);

/** The CSS colour of a cell value (out-of-range values render white so they stand out). */
export const cssColour = (c: Colour): string => ARC_CSS_COLOURS[c] ?? '#FFFFFF';

/**
 * A compact grid form for embedding in pages: one string of digits per row. About half the
 * size of nested JSON arrays, which matters for a 400-task report.
 */
export const packGrid = (g: Grid): string[] => g.map((row) => row.join(''));

/** Inverse of packGrid. */
export const unpackGrid = (rows: readonly string[]): Grid => rows.map((row) => Array.from(row, Number));
