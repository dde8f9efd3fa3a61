/**
 * Hand-computed cases for the geometry and colour sentences. Scenes are chosen so that the naive or
 * neighbouring reading gives a different grid: asymmetric grids for turns, the background as the most
 * frequent colour for "non-background" rankings, a least frequent colour that is not the first one.
 */
import { G, type MeaningCase } from './_meaning.js';

const wide = G('123', '456');
/** Non-background counts: colour 1 three times, colour 3 twice, colour 2 once; the background is the most frequent. */
const ranked = G('00000', '11123', '30000');

export const BASIC_CASES: readonly MeaningCase[] = [
  ['Rotate the grid a quarter turn clockwise.', wide, G('41', '52', '63')],
  ['Rotate the grid half a turn.', wide, G('654', '321')],
  ['Rotate the grid a quarter turn anticlockwise.', wide, G('36', '25', '14')],
  ['Mirror the grid left to right.', wide, G('321', '654')],
  ['Mirror the grid top to bottom.', wide, G('456', '123')],
  ['Mirror the grid along its main diagonal.', wide, G('14', '25', '36')],
  ['Mirror the grid along its other diagonal.', wide, G('63', '52', '41')],
  ['Shift everything 1 cells right, wrapping around the edges.', G('1200', '0000', '0000'), G('0120', '0000', '0000')],
  ['Shift everything 2 cells right, wrapping around the edges.', G('1200', '0000', '0000'), G('0012', '0000', '0000')],
  ['Shift everything 1 cells left, wrapping around the edges.', G('1200', '0000', '0000'), G('2001', '0000', '0000')],
  ['Shift everything 1 cells up, wrapping around the edges.', G('1200', '0000', '0000'), G('0000', '0000', '1200')],
  ['Shift everything 1 cells down, wrapping around the edges.', G('1200', '0000', '0000'), G('0000', '1200', '0000')],
  // All at once, not one after the other (which would turn 1 into 4).
  ['Recolour colour 1 to colour 3, colour 3 to colour 4.', G('13', '00'), G('34', '00')],
  ['Swap colour 1 and colour 2.', G('123', '012'), G('213', '021')],
  ['Paint every non-background cell colour 4.', G('120', '305'), G('440', '404')],
  ['Keep only the cells of colour 2 and clear the rest.', G('1220', '3020'), G('0220', '0020')],
  ['Clear every cell of colour 2.', G('1220', '3020'), G('1000', '3000')],
  ['Paint the background colour 5 and clear every other cell.', G('10', '02'), G('05', '50')],
  [
    'Keep only the cells of the most frequent non-background colour and clear the rest.',
    ranked,
    G('00000', '11100', '00000'),
  ],
  [
    'Keep only the cells of the least frequent non-background colour and clear the rest.',
    ranked,
    G('00000', '00020', '00000'),
  ],
  ['Clear every cell of the most frequent non-background colour.', ranked, G('00000', '00023', '30000')],
  ['Clear every cell of the least frequent non-background colour.', ranked, G('00000', '11103', '30000')],
  ['Swap the most frequent and the least frequent non-background colours.', ranked, G('00000', '22213', '30000')],
  ['Paint every non-background cell with the least frequent colour.', ranked, G('00000', '22222', '20000')],
  ['Output one cell of the most frequent non-background colour.', ranked, G('1')],
  ['Output one cell of the least frequent non-background colour.', ranked, G('2')],
];
