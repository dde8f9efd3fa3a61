/** Keeps step results inside ARC's grid limits. */
import { height, MAX_SIDE, width, type Grid } from '../../arc/grid.js';

/** The grid when it is a valid ARC grid (1..30 per side), else null. */
export const valid = (g: Grid | null | undefined): Grid | null =>
  g && height(g) >= 1 && height(g) <= MAX_SIDE && width(g) >= 1 && width(g) <= MAX_SIDE ? g : null;
/** True when the grid scaled by (fy, fx) plus `extra` cells stays within ARC's 30 x 30 limit. */
export const fits = (g: Grid, fy: number, fx: number, extra = 0): boolean =>
  height(g) * fy + extra <= MAX_SIDE && width(g) * fx + extra <= MAX_SIDE;
