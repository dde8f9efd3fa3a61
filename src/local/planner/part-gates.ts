/**
 * Which part steps can apply to the current train grids at all: a proposal that fails on a train
 * grid yields no state, yet costs a step application on each grid before it fails, at every state
 * of the search.
 */
import { partNumbers } from '../primitives/part-colours.js';
import { continueParts } from '../primitives/part-sequence.js';
import type { Frame } from './frame.js';

/** The part counts for which every current train grid has a drawn first part and an empty one to continue into. */
export const continuableCounts = (f: Frame): number[] =>
  [2, 3, 4].filter((n) => f.ins.every((g) => continueParts(g, n, 'as it is') !== null));

/** True when every current train grid has parts between separator lines. */
export const allHaveParts = (f: Frame): boolean => f.ins.every((g) => partNumbers(g) !== null);
