/**
 * Hand-computed cases for the sentences that treat a grid as a list of pieces. The layer scene has a
 * colour for each property, worked out by hand: 1 at two far corners (largest box, 7 x 7), 2 as two
 * cells in a 1 x 3 box (smallest box), 3 as three separate cells (most objects), 4 as one 2 x 2
 * block (fewest objects). The parts scenes overlap where first and last on top disagree, and a
 * three-part vote differs from every single part.
 */
import { G, type MeaningCase } from './_meaning.js';

const layers = G('1044000', '0044000', '0000202', '0000000', '3030000', '0000000', '0030001');
const only = (colour: number) => layers.map((row) => row.map((v) => (v === colour ? v : 0)));
const overlapping = G('11502', '00530');
const threeParts = G('12512572', '30504534');
const INTO_PARTS =
  'Split the grid along its separator lines and paint every part with all the parts laid on top of each other.';

const STACK =
  'Lay the objects on top of each other with their cells of colour 5 at one place, and keep the box round them.';

export const LIST_CASES: readonly MeaningCase[] = [
  // Two objects, each with one 5: their cells laid round a single 5, in the box that holds them all.
  [STACK, G('16000', '05000', '00000', '00052', '00002'), G('160', '052', '002')],
  // Where two objects put a cell at the same place, the later one in reading order is on top.
  [STACK, G('530', '000', '540'), G('54')],
  [STACK, G('53'), null],
  ['Crop the grid to the colour whose cells span the largest box.', layers, layers],
  ['Crop the grid to the colour whose cells span the smallest box.', layers, G('202')],
  ['Crop the grid to the colour whose cells form the most objects.', layers, G('303', '000', '003')],
  ['Crop the grid to the colour whose cells form the fewest objects.', layers, G('44', '44')],
  ['Crop the grid to the colour whose cells span the largest box.', G('12'), null],
  ['Keep only the colour whose cells span the largest box and clear the rest.', layers, only(1)],
  ['Keep only the colour whose cells span the smallest box and clear the rest.', layers, only(2)],
  ['Keep only the colour whose cells form the most objects and clear the rest.', layers, only(3)],
  ['Keep only the colour whose cells form the fewest objects and clear the rest.', layers, only(4)],
  [
    'Split the grid along its separator lines and lay the parts on top of each other with the first part on top.',
    overlapping,
    G('11', '30'),
  ],
  ['Split the grid along its separator lines and lay the parts on top of each other.', overlapping, G('12', '30')],
  // Every part shows the overlay, the last part on top where two disagree; four parts in two rows.
  [INTO_PARTS, overlapping, G('12512', '30530')],
  [INTO_PARTS, G('10501', '55555', '00502'), G('12512', '55555', '12512')],
  [INTO_PARTS, G('12512', '30530'), G('12512', '30530')],
  [INTO_PARTS, G('12'), null],
  [
    'Split the grid along its separator lines and give each cell the colour most parts have there.',
    threeParts,
    G('12', '34'),
  ],
  ['Split the grid along its separator lines and give each cell the colour most parts have there.', overlapping, null],
];
