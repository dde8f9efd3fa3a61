/**
 * Hand-computed cases for the region-filling sentences. The inner-cell scene has two touching shapes,
 * so "filled" means any colour, and an edge cell that would be inner if the grid went on; the
 * join scene has pairs in a row, a column and on a diagonal, and a mismatched pair on each of the
 * other lines, so every axis paints somewhere different and different colours are never joined.
 */
import { G, type MeaningCase } from './_meaning.js';

/** A 3 x 3 block of 2 touching a block of 3: (1,1) and (3,3) have all eight neighbours filled; (3,4) and (1,0) sit on the edge. */
const blocks = G('22200', '22200', '22233', '00333', '00333');
/** 1-pairs along row 0, column 0 and the anti-diagonal; 1-2 pairs along row 2, column 2 and the main diagonal. */
const pairs = G('101', '000', '102');
/** A 3 x 3 block (corners have 3 filled neighbours, edges 5, the centre 8) and a lone cell with none. */
const block = G('55500', '55500', '55500', '00005');
/** Filled cells in rows 1 and 3 and in columns 1 and 2, so rows, columns and both paint different cells. */
const marks = G('000', '010', '000', '002');
/** A 1 in a corner walled in by 2s across sides but not across corners; a 3 among the cells beyond. */
const walled = G('1020', '0200', '2002', '0023');

export const FILL_CASES: readonly MeaningCase[] = [
  [
    'Recolour every filled cell whose eight neighbours are all filled to colour 9.',
    blocks,
    G('22200', '29200', '22233', '00393', '00333'),
  ],
  [
    'Recolour every filled cell whose eight neighbours are all filled to colour 0.',
    blocks,
    G('22200', '20200', '22233', '00303', '00333'),
  ],
  [
    'Fill the background inside the box spanned by each colour with that colour.',
    G('100', '001', '000'),
    G('111', '111', '000'),
  ],
  // The boxes of 1 and 2 overlap: 1's, the lower number, is filled first; the 2 inside it stays.
  [
    'Fill the background inside the box spanned by each colour with that colour.',
    G('1000', '0020', '0001', '2000'),
    G('1111', '1121', '1111', '2220'),
  ],
  // A 2 x 2 hole and a one-cell hole are squares; the 1 x 2 hole is not, and the hole at the edge is not enclosed.
  // The empty top row is as large as the 3 x 2 block below it, but one cell tall.
  [
    'Fill the largest rectangle of background cells at least two cells tall and wide with colour 5.',
    G('000000', '110011', '110011', '111111'),
    G('005500', '115511', '115511', '111111'),
  ],
  [
    'Fill the enclosed background areas that are squares with colour 2.',
    G('5555555', '5005005', '5005555', '5555505', '5055555'),
    G('5555555', '5225005', '5225555', '5555525', '5055555'),
  ],
  // Across sides the 1 reaches its two neighbours only; across corners every background cell, not the 3.
  ['Spread colour 1 over every background cell it reaches across sides.', walled, G('1120', '1200', '2002', '0023')],
  [
    'Spread colour 1 over every background cell it reaches across sides or corners.',
    walled,
    G('1121', '1211', '2112', '1123'),
  ],
  ['Spread colour 1 over every background cell it reaches across sides.', G('12', '22'), G('12', '22')],
  ['Paint every cell with the most frequent colour of the grid.', G('331', '302'), G('333', '333')],
  ['Paint every cell with the most frequent colour of the grid.', G('120', '330', '300'), G('000', '000', '000')],
  ['Join same-coloured cells in the same line with horizontal lines of colour 9.', pairs, G('191', '000', '102')],
  ['Join same-coloured cells in the same line with vertical lines of colour 9.', pairs, G('101', '900', '102')],
  [
    'Join same-coloured cells in the same line with horizontal and vertical lines of colour 9.',
    pairs,
    G('191', '900', '102'),
  ],
  ['Join same-coloured cells in the same line with diagonal lines of colour 9.', pairs, G('101', '090', '102')],
  [
    'Paint colour 9 over the background along the rows through every non-background cell.',
    marks,
    G('000', '919', '000', '992'),
  ],
  [
    'Paint colour 9 over the background along the columns through every non-background cell.',
    marks,
    G('099', '019', '099', '092'),
  ],
  [
    'Paint colour 9 over the background along the rows and columns through every non-background cell.',
    marks,
    G('099', '919', '099', '992'),
  ],
  [
    'Add a border of one cell that repeats the edge cell next to it, leaving the corners empty.',
    G('12', '34'),
    G('0120', '1122', '3344', '0340'),
  ],
  [
    'Recolour each filled cell by how many of its eight neighbours are filled: 3 to colour 1, 5 to colour 4, 8 to colour 2.',
    block,
    G('14100', '42400', '14100', '00005'),
  ],
  [
    'Recolour each filled cell by how many of its eight neighbours are filled: 3 to colour 1, others to colour 7.',
    block,
    G('17100', '77700', '17100', '00007'),
  ],
];
