/**
 * Hand-computed cases for choosing the least symmetric part. The three parts of the scene are, left
 * to right: most filled and first of the two most colourful with 3 symmetries, 3 cells of two
 * colours with 1 symmetry (the answer), and least filled with 3 symmetries; all differ, so no part
 * is the odd one out, and no column inside a part is a separator line.
 */
import { G, type MeaningCase } from './_meaning.js';

const symmetric = G('123120', '211002');
const symmetricSeparated = G('12531520', '21510502');

export const PART_SYMMETRY_CASES: readonly MeaningCase[] = [
  ['Split the grid into 3 equal parts side by side and keep the least symmetric one.', symmetric, G('31', '10')],
  ['Split the grid into 3 equal parts side by side and keep the most colourful one.', symmetric, G('12', '21')],
  ['Split the grid into 3 equal parts side by side and keep the least symmetric one.', G('1011'), null],
  ['Split the grid along its separator lines and keep the least symmetric part.', symmetricSeparated, G('31', '10')],
  ['Split the grid along its separator lines and keep the most colourful part.', symmetricSeparated, G('12', '21')],
];
