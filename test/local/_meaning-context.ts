/**
 * Hand-computed cases for the sentences that read a cell's new colour from its surroundings. In the
 * nearest-colour scene the first colour in reading order (1) is farther from the object than 2; a
 * tie between two colours keeps the object as it is. The box scene has cells of the recoloured
 * colour outside the box, and cells of another colour inside it. The parts scene has a filled cell
 * inside a numbered part, which keeps its colour. The stamp scene gives each place around a two-cell
 * object its own colour; the cell at its lower right corner is filled and keeps its colour, and
 * another object of another colour gets no stamp. Places off the grid are skipped. The pattern
 * scenes hold one object of several colours: copied over the one-coloured objects whose box is its
 * size (an L-shaped one too, whose box is copied whole), not over a bar of another size; centred on
 * the lone cells, not on a two-cell object, with the cells that fall off the grid dropped.
 */
import { G, type MeaningCase } from './_meaning.js';

const stamped = G('000000', '000000', '011000', '000300', '000000');
const EVERY_PLACE =
  'itself to colour 9, above left to colour 2, above to colour 3, above right to colour 4, left to colour 5, right to colour 6, below left to colour 7, below to colour 8, below right to colour 4';
const parts = G('00510', '00500', '55555', '00500');
const placeholders = G('1200000', '3405500', '0005500', '5550060', '0000066', '0000000');
const markers = G('0200000', '2320088', '0200000', '0000000', '0000080', '0000000', '8000000');

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
  // The bottom-left part holds three filled cells, the others one: it is filled whole, the rest cleared.
  [
    'Fill the parts between separator lines that hold the most filled cells with their main colour and clear the other parts.',
    G('10510', '00500', '55555', '01500', '11501'),
    G('00500', '00500', '55555', '11500', '11500'),
  ],
  // Two parts hold two cells each: both are filled, each with its own colour.
  [
    'Fill the parts between separator lines that hold the most filled cells with their main colour and clear the other parts.',
    G('22530', '00503', '55555', '40500', '00500'),
    G('22533', '22533', '55555', '00500', '00500'),
  ],
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
  [
    `Paint around every object of colour 1, next to its box: ${EVERY_PLACE}.`,
    stamped,
    G('000000', '233400', '599600', '788300', '000000'),
  ],
  [
    `Paint around every object of colour 3, next to its box: ${EVERY_PLACE}.`,
    stamped,
    G('000000', '000000', '011340', '005960', '007840'),
  ],
  [
    'Paint around every object of colour 1, next to its box: above to colour 2, left to colour 2, right to colour 4, below to colour 3.',
    G('100', '000', '001'),
    G('140', '302', '021'),
  ],
  ['Paint around every object of colour 1, next to its box: above to colour 2.', G('000', '030'), null],
  [
    'Copy the object of several colours over every one-coloured object of its size, and keep the original.',
    placeholders,
    G('1200000', '3401200', '0003400', '5550012', '0000034', '0000000'),
  ],
  [
    'Copy the object of several colours over every one-coloured object of its size, and remove the original.',
    placeholders,
    G('0000000', '0001200', '0003400', '5550012', '0000034', '0000000'),
  ],
  [
    'Copy the object of several colours centred on every lone cell, and keep the original.',
    markers,
    G('0200000', '2320088', '0200000', '0000020', '0000232', '2000020', '3200000'),
  ],
  [
    'Copy the object of several colours centred on every lone cell, and remove the original.',
    markers,
    G('0000000', '0000088', '0000000', '0000020', '0000232', '2000020', '3200000'),
  ],
  // The pattern is drawn against a separator line: the line is no part of it, nor a target.
  [
    'Copy the object of several colours centred on every lone cell, and keep the original.',
    G('1215000', '2325000', '1215000', '0005000', '0005040', '0005000'),
    G('1215000', '2325000', '1215000', '0005121', '0005232', '0005121'),
  ],
  // Two objects of several colours: no one pattern. An even pattern has no middle cell to centre.
  [
    'Copy the object of several colours centred on every lone cell, and keep the original.',
    G('12000', '00034', '00000', '00800'),
    null,
  ],
  [
    'Copy the object of several colours centred on every lone cell, and keep the original.',
    G('1200', '0000', '0080'),
    null,
  ],
  [
    'Copy the object of several colours over every one-coloured object of its size, and keep the original.',
    G('12000', '00555'),
    null,
  ],
];
