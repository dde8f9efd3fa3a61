/**
 * Hand-computed cases for the sentences acting on the cells of one colour: the outline scene has a
 * second colour whose surroundings must stay blank, and the tiling scenes have a copy only where
 * the named colour is (colour 2 three times, colour 1 once).
 */
import { G, type MeaningCase } from './_meaning.js';

const lone = G('000', '010', '000', '002');
const tiles = G('12', '20');
const ranked = G('12', '22');

export const PER_COLOUR_CASES: readonly MeaningCase[] = [
  ['Surround every cell of colour 1 with colour 9.', lone, G('999', '919', '999', '002')],
  [
    'Replace every cell of colour 2 with a copy of the whole grid and the others with empty blocks.',
    tiles,
    G('0012', '0020', '1200', '2000'),
  ],
  [
    'Replace every cell of the most frequent non-background colour with a copy of the whole grid and the others with empty blocks.',
    ranked,
    G('0012', '0022', '1212', '2222'),
  ],
  [
    'Replace every cell of the least frequent non-background colour with a copy of the whole grid and the others with empty blocks.',
    ranked,
    G('1200', '2200', '0000', '0000'),
  ],
];
