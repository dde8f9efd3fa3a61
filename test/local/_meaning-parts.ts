/**
 * Hand-computed cases for laying a grid's parts on top of each other by a ranking of colours (here 4
 * over 3 over 2 over 1 over 5; with a colour left out of the ranking the step does not apply). The
 * first scene has no separator lines, and each other split gives parts of another shape; in the second, separator columns cut three parts,
 * which no halving or quartering gives. Laying the parts first or last on top would give other cells.
 * The joining scene is a 3 x 3 layout of one-cell parts (1 0 1 / 0 0 0 / 1 0 2): each way of joining
 * fills another empty part, and the 2 is joined to nothing. The sequence scene has a first part
 * (12 / 30) whose five transformations all differ, followed by two empty parts; the second is the
 * first transformed, the third the second transformed again.
 */
import { G, type MeaningCase } from './_meaning.js';

const plain = G('1020', '0304');
const separated = G('15253', '05054');
const cellParts = G('15051', '55555', '05050', '55555', '15052');
const join = (axis: string) =>
  `Join same-coloured parts between separator lines with ${axis} lines of parts, filling the empty parts between.`;
const sequence = G('120000', '300000');
const cont = (n: number, turn: string) =>
  `Split the grid into ${n} equal parts along its longer side and fill each empty part with the part before it ${turn}.`;
const RANKS = '1 to colour 4, 2 to colour 3, 3 to colour 2, 4 to colour 1, 5 to colour 5';
const sentence = (how: string) =>
  `Split the grid ${how} and lay the parts on top of each other, the colours ranked from the top: ${RANKS}.`;

export const PART_CASES: readonly MeaningCase[] = [
  [sentence('into halves side by side'), plain, G('20', '04')],
  [sentence('into halves one above the other'), plain, G('1324')],
  [sentence('into quarters'), plain, G('24')],
  [sentence('along its separator lines'), plain, null],
  [sentence('along its separator lines'), separated, G('3', '4')],
  [sentence('into halves side by side'), separated, G('13', '54')],
  [sentence('into quarters'), separated, G('14')],
  [sentence('into halves one above the other'), separated, G('15254')],
  [
    'Split the grid along its separator lines and lay the parts on top of each other, the colours ranked from the top: 1 to colour 4, 2 to colour 3.',
    separated,
    null,
  ],
  [join('horizontal'), cellParts, G('15151', '55555', '05050', '55555', '15052')],
  [join('vertical'), cellParts, G('15051', '55555', '15050', '55555', '15052')],
  [join('horizontal and vertical'), cellParts, G('15151', '55555', '15050', '55555', '15052')],
  [join('diagonal'), cellParts, G('15051', '55555', '05150', '55555', '15052')],
  [join('horizontal'), G('101'), null],
  [cont(3, 'as it is'), sequence, G('121212', '303030')],
  [cont(3, 'turned a quarter turn clockwise'), sequence, G('123103', '300221')],
  [cont(3, 'turned a half turn'), sequence, G('120312', '302130')],
  [cont(3, 'turned a quarter turn anticlockwise'), sequence, G('122003', '301321')],
  [cont(3, 'mirrored left to right'), sequence, G('122112', '300330')],
  [cont(3, 'as it is'), G('120045', '300000'), G('121245', '303000')],
  [cont(3, 'as it is'), G('001200', '003000'), null],
  [cont(2, 'turned a quarter turn clockwise'), G('123000', '456000'), null],
];
