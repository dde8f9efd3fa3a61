/** Keeps step results inside ARC's grid limits. */
import { height, MAX_SIDE, width, type Grid } from '../../arc/grid.js';

/** The grid when it is a valid ARC grid (1..30 per side), else null. */
export const valid = (g: Grid | null | undefined): Grid | null =>
  g && height(g) >= 1 && height(g) <= MAX_SIDE && width(g) >= 1 && width(g) <= MAX_SIDE ? g : null;
