/**
 * Hand-computed cases for the row/column, canvas and single-move sentences. The keyed scene has
 * colour 5 in a 2 x 2 block with a different key colour at each end of its rows and columns (row 2's
 * left end is empty, so that row keeps its 5s); the halves scene has a 3-cell bar (odd: its middle
 * stays) and a 2 x 2 block, so each half differs. The lined-up scene has an L of 1s (so its left
 * and right edges differ, and its top and bottom) and two objects to move, of other heights, the
 * first in reading order not the one that decides the move; where they meet, the later one shows.
 */
import { G, type MeaningCase } from './_meaning.js';

const keyed = G('0120', '3558', '0559', '4670');
const dot = G('0000', '0100', '0000', '0000');
const halves = G('2000', '2033', '2033');
const lined = G('200000', '200040', '001000', '001000', '001100', '000000');
/** A run 1,2 along the top row, and a 2 and a 3 two cells apart down the second column. */
const runs = G('120000', '000000', '030000', '000000');
/**
 * A block of 3s with cells in line with it on three sides; the 1 and the 2 are in line with no 3,
 * and the 7 is in line with one only past the 6.
 */
const aimed = G('1000000', '0000002', '4033000', '0033050', '0000000', '0060000', '0070000');

/**
 * Moved down by their own height, the objects differ by how cells join: 1, 2, 3 and 2 one cell tall
 * apart; the two 2s joined by a corner, two tall; 1, 2 and 3 joined by sides, two tall; all four.
 */
const joinKinds = G('12000', '30200', '00000', '00000', '00000');
/** One object two cells tall and one wide, with room for either move on every side. */
const tallOne = G('00000', '00000', '00100', '00100', '00000', '00000');

/**
 * Noisy stripes: repainting by rows changes four cells and by columns two; `stripesAcross` is the
 * same turned, where rows change fewer.
 */
const stripesDown = G('1121', '1121', '3122');
const stripesAcross = G('113', '111', '222', '112');
const either = 'row or every column (whichever changes fewer cells)';
const TAILS =
  'From every cell that touches others at corners only, draw a diagonal line away from them until something is in the way.';

export const LINES_CANVAS_CASES: readonly MeaningCase[] = [
  ['Paint every row in its most common colour.', stripesDown, G('1111', '1111', '2222')],
  ['Paint every column in its most common colour.', stripesDown, G('1121', '1121', '1121')],
  ['Paint every column in its most common colour.', stripesAcross, G('112', '112', '112', '112')],
  [`Paint every ${either} in its most common colour.`, stripesDown, G('1121', '1121', '1121')],
  [`Paint every ${either} in its most common colour.`, stripesAcross, G('111', '111', '222', '111')],
  [
    'From every cell in the same row or column as colour 3, draw a line of its own colour up to it.',
    aimed,
    G('1000000', '0000002', '4433000', '0033550', '0060000', '0060000', '0070000'),
  ],
  [
    'From every cell in the same row or column as colour 6, draw a line of its own colour up to it.',
    aimed,
    G('1000000', '0000002', '4033000', '0033050', '0030000', '0060000', '0070000'),
  ],
  // Each L points a diagonal away from its bend; the straight object of three cells points nowhere.
  [
    'From every object of three cells bent at a corner, draw a diagonal line away from the bend, starting one cell past its open corner, until something is in the way.',
    G('000000', '010000', '011000', '000022', '000002', '333000'),
    G('000100', '010000', '011000', '000022', '000002', '333200'),
  ],
  // Each dot paints only the first 3 it meets: the 1 stops at the block's top row, the 2 at its left column.
  [
    "Paint the first cell of colour 3 that each other filled cell meets straight along its row or column with that cell's colour.",
    G('00100', '00000', '03330', '23330', '00040'),
    G('00100', '00000', '03130', '22340', '00040'),
  ],
  ['Keep only the middle column of the grid and clear the rest.', G('123', '456', '789'), G('020', '050', '080')],
  ['Keep only the middle row of the grid and clear the rest.', G('123', '456', '789'), G('000', '456', '000')],
  ['Keep only the middle column of the grid and clear the rest.', G('1234'), null],
  // 3,4 renames the first full row's 1,2. The 5,5 cannot rename it (1 and 2 would both be 5) and
  // follows the second full row, whose colour 2 it does not show: those cells stay empty.
  [
    'Complete every partly filled row like a full one, its colours renamed to agree with the cells already there.',
    G('12112', '00000', '34000', '55000', '11212'),
    G('12112', '00000', '34334', '55050', '11212'),
  ],
  [
    'Complete every partly filled column like a full one, its colours renamed to agree with the cells already there.',
    G('130', '200', '100'),
    G('130', '200', '130'),
  ],
  ['Paint the empty rows with colour 5.', G('100', '000', '001'), G('100', '555', '001')],
  ['Paint the empty columns with colour 5.', G('100', '000', '001'), G('150', '050', '051')],
  ['Paint the empty rows and columns with colour 5.', G('100', '000', '001'), G('150', '555', '051')],
  ['Give each cell of colour 5 the colour at the left end of its row.', keyed, G('0120', '3338', '0559', '4670')],
  ['Give each cell of colour 5 the colour at the right end of its row.', keyed, G('0120', '3888', '0999', '4670')],
  ['Give each cell of colour 5 the colour at the top of its column.', keyed, G('0120', '3128', '0129', '4670')],
  ['Give each cell of colour 5 the colour at the bottom of its column.', keyed, G('0120', '3678', '0679', '4670')],
  [
    'Make the grid 2 times as tall and 2 times as wide with background, keeping it at the top left.',
    G('12', '30'),
    G('1200', '3000', '0000', '0000'),
  ],
  [
    'Make the grid 2 times as tall and 2 times as wide with background, keeping it at the top right.',
    G('12', '30'),
    G('0012', '0030', '0000', '0000'),
  ],
  [
    'Make the grid 2 times as tall and 2 times as wide with background, keeping it at the bottom left.',
    G('12', '30'),
    G('0000', '0000', '1200', '3000'),
  ],
  [
    'Make the grid 2 times as tall and 2 times as wide with background, keeping it at the bottom right.',
    G('12', '30'),
    G('0000', '0000', '0012', '0030'),
  ],
  ['Make the grid 1 times as tall and 1 times as wide with background, keeping it at the top left.', G('12'), null],
  [
    'Lay the four 2 by 2 corner blocks of the grid on top of each other, the top left first.',
    G('1002', '0300', '0045'),
    G('12', '43'),
  ],
  ['Lay the four 1 by 1 corner blocks of the grid on top of each other, the top left first.', G('12'), G('1')],
  [
    'Continue the colours repeating along every horizontal line to both ends of it.',
    runs,
    G('121212', '000000', '030000', '000000'),
  ],
  [
    'Continue the colours repeating along every vertical line to both ends of it.',
    runs,
    G('120000', '000000', '030000', '020000'),
  ],
  [
    'Continue the colours repeating along every horizontal and vertical line to both ends of it.',
    runs,
    G('121212', '000000', '030000', '020000'),
  ],
  ['Continue the colours repeating along every diagonal line to both ends of it.', runs, runs],
  [
    'Continue the colours repeating along every diagonal line to both ends of it.',
    G('1000', '0200', '0000', '0000'),
    G('1000', '0200', '0010', '0002'),
  ],
  ['Continue the colours repeating along every horizontal line to both ends of it.', G('0008340'), G('8348348')],
  // The 2 meets the block at a corner only: its line runs away from the block and stops at the 3;
  // the block's own corner cell has side neighbours and draws nothing, nor does the lone 3.
  [
    TAILS,
    G('000000', '011000', '011000', '000200', '000000', '000003'),
    G('000000', '011000', '011000', '000200', '000020', '000003'),
  ],
  // Two cells meeting at a corner are both tips; the one at the grid's corner has no room.
  [TAILS, G('100', '010', '000'), G('100', '010', '001')],
  [TAILS, G('110', '000'), G('110', '000')],
  [
    'From every non-background cell draw a diagonal line down and right until something is in the way.',
    dot,
    G('0000', '0100', '0010', '0001'),
  ],
  [
    'From every non-background cell draw a diagonal line down and left until something is in the way.',
    dot,
    G('0000', '0100', '1000', '0000'),
  ],
  [
    'From every non-background cell draw a diagonal line up and right until something is in the way.',
    dot,
    G('0010', '0100', '0000', '0000'),
  ],
  [
    'From every non-background cell draw a diagonal line up and left until something is in the way.',
    dot,
    G('1000', '0100', '0000', '0000'),
  ],
  [
    'From every non-background cell draw a diagonal line down and right until something is in the way.',
    G('100', '000', '002'),
    G('100', '010', '002'),
  ],
  ['Move each object of colour 3 one cell towards colour 4.', G('3000', '0000', '0004'), G('0000', '0300', '0004')],
  ['Move each object of colour 3 one cell towards colour 4.', G('34'), null],
  // Two full rows of 2: each cell goes beside the nearer, on its own side; at equal distance (row 4)
  // the earlier row; the 3 has no line and is cleared.
  [
    'Move every cell off the full lines next to the nearest full line of its own colour, and clear those whose colour has none.',
    G('02003', '00000', '22222', '00000', '00200', '00000', '22222', '00020'),
    G('00000', '02000', '22222', '00200', '00000', '00000', '22222', '00020'),
  ],
  // A full row and a full column of 4: at equal distance the row, nearer the column across.
  [
    'Move every cell off the full lines next to the nearest full line of its own colour, and clear those whose colour has none.',
    G('44444', '00004', '00404', '00004', '04004'),
    G('44444', '00404', '00004', '00004', '00044'),
  ],
  [
    'Move every object made of one colour down by its own length in that direction.',
    joinKinds,
    G('00000', '12000', '30200', '00000', '00000'),
  ],
  [
    'Move every object made of one colour with diagonal neighbours joined down by its own length in that direction.',
    joinKinds,
    G('00000', '10000', '32000', '00200', '00000'),
  ],
  [
    'Move every object of any colours down by its own length in that direction.',
    joinKinds,
    G('00000', '00000', '12200', '30000', '00000'),
  ],
  [
    'Move every object of any colours with diagonal neighbours joined down by its own length in that direction.',
    joinKinds,
    G('00000', '00000', '12000', '30200', '00000'),
  ],
  [
    'Move every object made of one colour up by its own length in that direction.',
    tallOne,
    G('00100', '00100', '00000', '00000', '00000', '00000'),
  ],
  [
    'Move every object made of one colour down by its own length in that direction.',
    tallOne,
    G('00000', '00000', '00000', '00000', '00100', '00100'),
  ],
  [
    'Move every object made of one colour left by its own length in that direction.',
    tallOne,
    G('00000', '00000', '01000', '01000', '00000', '00000'),
  ],
  [
    'Move every object made of one colour right by its own length in that direction.',
    tallOne,
    G('00000', '00000', '00010', '00010', '00000', '00000'),
  ],
  ['Move every object made of one colour up by its own length in that direction.', G('100', '100'), null],
  [
    'Paint the top half of every object made of one colour with colour 8, leaving an odd middle line.',
    halves,
    G('8000', '2088', '2033'),
  ],
  [
    'Paint the bottom half of every object made of one colour with colour 8, leaving an odd middle line.',
    halves,
    G('2000', '2033', '8088'),
  ],
  [
    'Paint the left half of every object made of one colour with colour 8, leaving an odd middle line.',
    halves,
    G('2000', '2083', '2083'),
  ],
  [
    'Paint the right half of every object made of one colour with colour 8, leaving an odd middle line.',
    halves,
    G('2000', '2038', '2038'),
  ],
  [
    'Recolour the cells of colour 4 in one column of every 2, starting with the first, to colour 6.',
    G('4444', '4044', '4444'),
    G('6464', '6064', '6464'),
  ],
  [
    'Recolour the cells of colour 4 in one row of every 2, starting with the first, to colour 6.',
    G('4444', '4044', '4444'),
    G('6666', '4044', '6666'),
  ],
  [
    'Recolour the cells of colour 4 in one column of every 3, starting with the first, to colour 6.',
    G('4444', '4044'),
    G('6446', '6046'),
  ],
  [
    'Recolour the cells of colour 4 in one column of every 2, starting with the last, to colour 6.',
    G('4444', '4044', '4444'),
    G('4646', '4046', '4646'),
  ],
  [
    'Recolour the cells of colour 4 in one row of every 2, starting with the last, to colour 6.',
    G('444', '404', '444', '444'),
    G('444', '606', '444', '666'),
  ],
  [
    'Fill the inside of every box whose four corners are cells of colour 1 with colour 2.',
    G('10001', '00000', '10001'),
    G('10001', '02220', '10001'),
  ],
  [
    'Fill the inside of every box whose four corners are cells of colour 1 with colour 2.',
    G('10001', '00000', '00100', '00000', '10001'),
    null,
  ],
  [
    'Join each cell of colour 2 to the nearest cell of colour 3 with a line of colour 8 that goes across first and then turns.',
    G('2000', '0000', '0003'),
    G('2888', '0008', '0003'),
  ],
  [
    'Join each cell of colour 2 to the nearest cell of colour 3 with a line of colour 8 that goes up or down first and then turns.',
    G('2000', '0000', '0003'),
    G('2000', '8000', '8883'),
  ],
  [
    'Join each cell of colour 2 to the nearest cell of colour 3 with a line of colour 8 that goes across first and then turns.',
    G('2003', '0000', '3000'),
    G('2003', '8000', '3000'),
  ],
  [
    'Move each object of colour 2 so that its box is centred on the cells of colour 3.',
    G('30203', '00000', '00000', '00000', '30003'),
    G('30003', '00000', '00200', '00000', '30003'),
  ],
  [
    'Move each object of colour 2 one cell towards colour 3.',
    G('30203', '00000', '00000', '00000', '30003'),
    G('30003', '00200', '00000', '00000', '30003'),
  ],
  [
    'Move each object of colour 2 so that its box is centred on the cells of colour 3.',
    G('3003', '0000', '0220', '3003'),
    null,
  ],
  [
    'Move every other object in line with the object of colour 1, their top edges level.',
    lined,
    G('000000', '000000', '201040', '201000', '001100', '000000'),
  ],
  [
    'Move every other object in line with the object of colour 1, their bottom edges level.',
    lined,
    G('000000', '000000', '001000', '201000', '201140', '000000'),
  ],
  [
    'Move every other object in line with the object of colour 1, their left edges level.',
    lined,
    G('002000', '004000', '001000', '001000', '001100', '000000'),
  ],
  [
    'Move every other object in line with the object of colour 1, their right edges level.',
    lined,
    G('000200', '000400', '001000', '001000', '001100', '000000'),
  ],
  // Two objects of colour 1: none to line up with.
  [
    'Move every other object in line with the object of colour 1, their top edges level.',
    G('1001', '0000', '0220'),
    null,
  ],
];
