/** Hand-computed cases for the sentences that change a grid's shape: crops, borders, scaling, tiling, mirroring out. */
import { G, type MeaningCase } from './_meaning.js';

const numbers = G('1234', '5678', '9123', '4567');
const corner = G('12', '30');
/** Two colours, three objects (the 2s touch only at a corner), four non-background cells. */
const counted = G('11', '02', '20');

export const SHAPE_CASES: readonly MeaningCase[] = [
  ['Crop the grid to its non-background cells.', G('0000', '0120', '0030', '0000'), G('12', '03')],
  ['Crop the grid to the cells of colour 3.', G('00000', '01200', '00030', '00003'), G('30', '03')],
  [
    'Crop the grid to the cells of the most frequent non-background colour.',
    G('01000', '01102', '00000'),
    G('10', '11'),
  ],
  ['Crop the grid to the cells of the least frequent non-background colour.', G('01000', '01102', '00000'), G('2')],
  ['Keep the 2 by 3 block whose top-left cell is at row 1 and column 0, counting from 0.', numbers, G('567', '912')],
  ['Crop the grid to the inside of the colour 5 frame.', G('05555', '05125', '05555'), G('12')],
  ['Remove the outer border of the grid.', G('1111', '1231', '1111'), G('23')],
  ['Add a border of 1 cells of colour 3 around the grid.', G('12'), G('3333', '3123', '3333')],
  ['Add a border of 2 cells of colour 3 around the grid.', G('1'), G('33333', '33333', '33133', '33333', '33333')],
  ['Keep the top half of the grid.', numbers, G('1234', '5678')],
  ['Keep the bottom half of the grid.', numbers, G('9123', '4567')],
  ['Keep the left half of the grid.', numbers, G('12', '56', '91', '45')],
  ['Keep the right half of the grid.', numbers, G('34', '78', '23', '67')],
  ['Keep the top left quarter of the grid.', numbers, G('12', '56')],
  ['Keep the top right quarter of the grid.', numbers, G('34', '78')],
  ['Keep the bottom left quarter of the grid.', numbers, G('91', '45')],
  ['Keep the bottom right quarter of the grid.', numbers, G('23', '67')],
  ['Merge repeated neighbouring rows and columns into one.', G('1122', '1122', '3344'), G('12', '34')],
  ["Draw a border of colour 4 along the grid's edge.", G('111', '121', '111'), G('444', '424', '444')],
  ['Scale the grid up 2 times.', corner, G('1122', '1122', '3300', '3300')],
  ['Stretch the grid 2 times downwards and 3 times across.', G('12'), G('111222', '111222')],
  ['Scale the grid up as many times as it has colours.', counted, G('1111', '1111', '0022', '0022', '2200', '2200')],
  [
    'Scale the grid up as many times as it has objects.',
    counted,
    G('111111', '111111', '111111', '000222', '000222', '000222', '222000', '222000', '222000'),
  ],
  [
    'Scale the grid up as many times as it has non-background cells.',
    counted,
    G(
      '11111111',
      '11111111',
      '11111111',
      '11111111',
      '00002222',
      '00002222',
      '00002222',
      '00002222',
      '22220000',
      '22220000',
      '22220000',
      '22220000',
    ),
  ],
  ['Cut out one copy of the repeating pattern.', G('121212', '343434'), G('12', '34')],
  ['Shrink the grid 2 times, each block becoming one cell.', G('1122', '1122', '3344', '3340'), G('12', '34')],
  // Blocks 2 down by 3 across (runs of 4 and 2 rows, 6 and 3 columns); equal neighbouring blocks stay two cells.
  [
    'Shrink the grid to one cell per block of repeated rows and columns.',
    G('111111222', '111111222', '111111222', '111111222', '333333444', '333333444'),
    G('112', '112', '334'),
  ],
  ['Tile the grid 2 times down and 3 times across.', G('12'), G('121212', '121212')],
  // Period 2 across in a grid 3 wide: the pattern goes on where tiling would restart it (121121).
  [
    'Continue the repeating pattern until the grid is 1 times as tall and 2 times as wide.',
    G('121', '343'),
    G('121212', '343434'),
  ],
  [
    'Continue the repeating pattern until the grid is 2 times as tall and 1 times as wide.',
    G('12', '12', '34'),
    G('12', '12', '34', '12', '12', '34'),
  ],
  [
    'Tile the grid 2 times down and 2 times across mirroring every other copy.',
    corner,
    G('1221', '3003', '3003', '1221'),
  ],
  [
    'Make a 2 by 2 block of the grid with half-turned copies on the other diagonal.',
    corner,
    G('1203', '3021', '0312', '2130'),
  ],
  // Clockwise round the block: top left as given, top right a quarter turn, bottom right a half turn, bottom left three quarters.
  [
    'Make a 2 by 2 block of the grid turning a quarter turn clockwise from each copy to the next.',
    G('12', '34'),
    G('1231', '3442', '2443', '1321'),
  ],
  ['Put a mirror image of the grid to the right of it.', corner, G('1221', '3003')],
  ['Put a mirror image of the grid below it.', corner, G('12', '30', '30', '12')],
  ['Put a mirror image of the grid to the left of it.', corner, G('2112', '0330')],
  ['Put a mirror image of the grid above it.', corner, G('30', '12', '12', '30')],
  // The shared line is the edge the image is put against: column 1 on the right, row 0 above.
  [
    'Put a mirror image of the grid to the right of it, the two sharing the line of cells where they meet.',
    corner,
    G('121', '303'),
  ],
  [
    'Put a mirror image of the grid below it, the two sharing the line of cells where they meet.',
    corner,
    G('12', '30', '12'),
  ],
  [
    'Put a mirror image of the grid to the left of it, the two sharing the line of cells where they meet.',
    corner,
    G('212', '030'),
  ],
  [
    'Put a mirror image of the grid above it, the two sharing the line of cells where they meet.',
    corner,
    G('30', '12', '30'),
  ],
  [
    'Replace every non-background cell with a copy of the whole grid and the others with empty blocks.',
    G('10', '02'),
    G('1000', '0200', '0010', '0002'),
  ],
  [
    'Replace every background cell with a copy of the whole grid and the others with empty blocks.',
    G('10', '02'),
    G('0010', '0002', '1000', '0200'),
  ],
];
