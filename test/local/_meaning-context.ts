/**
 * Hand-computed cases for the sentences that read a cell's new colour from its surroundings. In the
 * nearest-colour scene the first colour in reading order (1) is farther from the object than 2; a
 * tie between two colours keeps the object as it is. The box scene has cells of the recoloured
 * colour outside the box, and cells of another colour inside it. The parts scene has a filled cell
 * inside a numbered part, which keeps its colour.
 */
import { G, type MeaningCase } from './_meaning.js';

const parts = G('00510', '00500', '55555', '00500');

export const CONTEXT_CASES: readonly MeaningCase[] = [
  [
    'Recolour each object of colour 3 with the colour of the nearest cell of another colour.',
    G('10000', '00330', '00000', '00020'),
    G('10000', '00220', '00000', '00020'),
  ],
  ['Recolour each object of colour 3 with the colour of the nearest cell of another colour.', G('10301'), G('10101')],
  ['Recolour each object of colour 3 with the colour of the nearest cell of another colour.', G('10302'), G('10302')],
  [
    'Recolour the cells of colour 1 inside the box spanned by colour 8 to colour 3.',
    G('1111', '1822', '1118'),
    G('1111', '1822', '1338'),
  ],
  ['Recolour the cells of colour 1 inside the box spanned by colour 8 to colour 3.', G('11', '12'), null],
  [
    'Fill the background of each part between separator lines by its number in reading order: 2 to colour 7, others to colour 4.',
    parts,
    G('44517', '44577', '55555', '44544'),
  ],
  [
    'Fill the background of each part between separator lines by its number in reading order: 2 to colour 7.',
    parts,
    G('00517', '00577', '55555', '00500'),
  ],
  [
    'Fill the background of each part between separator lines by its number in reading order: 1 to colour 7.',
    G('000', '010'),
    null,
  ],
];
