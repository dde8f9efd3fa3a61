/**
 * Hand-computed cases for symmetry, repetition, overlays, gravity, lines, filling and split grids.
 * Each scene makes the options of a sentence disagree: holes whose mirror images under different
 * symmetries hold different colours, directions that move cells to different places, halves whose
 * filled cells cover all four both/either/only combinations.
 */
import { G, type MeaningCase } from './_meaning.js';

/**
 * Holes (colour 5) at the top corners and down the left edge: left-right can only fill the edge,
 * top-bottom only the corners, four-way both, and the diagonal and rotational images hold other colours.
 */
const holesA = G('5125', '5346', '5789', '2346');
/** Holes whose left-right, top-bottom and half-turn images are all holes: only the diagonal mirrors of eight-way reach them. */
const holesB = G('1234', '5675', '5895', '1234');
/** Left-right and top-bottom symmetric picture with a left-right pair of holes (top corners) and a top-bottom pair (inner left). */
const mirrorHoles = G('5225', '3543', '3543', '1221');
/**
 * A chiral 4 x 4 picture (it maps onto itself under quarter turns, not under mirrors) off the grid's
 * centre, with holes (the background) at three cells: the half turn reaches only the bottom one
 * (its image holds 2); the other two are each other's half-turn images, so only quarter turns fill them.
 */
const turnHoles = G('000000', '001231', '003440', '000443', '001301', '000000');
/** An eight-way symmetric 5 x 5 picture whose four holes are each other's quarter-turn images: only mirrors reach them. */
const mirrorOnlyHoles = G('0103210', '0245400', '0356530', '0045420', '0123010');
const overlayScene = G('100', '200', '003');
const fall = G('100', '002', '030');
/** Two cells with room on every side for a dashed line. */
const dashes = G('00000', '01000', '00000', '00020', '00000');
const rays = G('0000', '2010', '0000');
const halves = G('1120', '0020');
/** Six parts between grey lines: first, most filled, empty, two-coloured, another single cell, last. */
const parts = G('10522500', '00522500', '55555555', '34560570', '00500570');
/** Three parts, the middle one the odd one out (also neither first nor last). */
const oddParts = G('10501510', '01510501');
/** Five equal 2 x 2 parts side by side: first, most filled, empty, two-coloured, last. */
const equalParts = G('1022003460', '0022000060');

export const PATTERN_CASES: readonly MeaningCase[] = [
  [
    'Fill the cells of colour 5 so that the grid becomes left-right symmetric.',
    holesA,
    G('5125', '6346', '9789', '2346'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes top-bottom symmetric.',
    holesA,
    G('2126', '5346', '5789', '2346'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes four-way symmetric.',
    holesA,
    G('2126', '6346', '9789', '2346'),
  ],
  ['Fill the cells of colour 5 so that the grid becomes four-way symmetric.', holesB, holesB],
  [
    'Fill the cells of colour 5 so that the grid becomes diagonal symmetric.',
    holesA,
    G('5122', '1346', '2789', '2346'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes rotational symmetric.',
    holesA,
    G('6126', '2346', '1789', '2346'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes eight-way symmetric.',
    holesA,
    G('2126', '6346', '9789', '2346'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes eight-way symmetric.',
    holesB,
    G('1234', '2672', '3893', '1234'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes left-right symmetric and keep only the filled area.',
    holesA,
    G('5125', '6346', '9789'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes top-bottom symmetric and keep only the filled area.',
    holesA,
    G('2126', '5346', '5789'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes four-way symmetric and keep only the filled area.',
    holesA,
    G('2126', '6346', '9789'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes four-way symmetric and keep only the filled area.',
    holesB,
    G('5675', '5895'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes diagonal symmetric and keep only the filled area.',
    holesA,
    G('5122', '1346', '2789'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes rotational symmetric and keep only the filled area.',
    holesA,
    G('6126', '2346', '1789'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes eight-way symmetric and keep only the filled area.',
    holesA,
    G('2126', '6346', '9789'),
  ],
  [
    'Fill the cells of colour 5 so that the grid becomes eight-way symmetric and keep only the filled area.',
    holesB,
    G('2672', '3893'),
  ],
  [
    'Fill the cells of colour 5 by mirroring the picture left-right around its own axis.',
    mirrorHoles,
    G('5225', '3443', '3443', '1221'),
  ],
  [
    'Fill the cells of colour 5 by mirroring the picture top-bottom around its own axis.',
    mirrorHoles,
    G('1221', '3543', '3543', '1221'),
  ],
  [
    'Fill the cells of colour 5 by mirroring the picture both ways around its own axis.',
    mirrorHoles,
    G('1221', '3443', '3443', '1221'),
  ],
  // Mirrored around the 2, not the grid's or the picture's middle; the 5 mirrors off the grid left-right.
  [
    'Fill the background by mirroring the picture both ways around the middle of the cells of colour 2.',
    G('110005', '100000', '002000', '000000', '000000', '000000'),
    G('110115', '100010', '002000', '100010', '110115', '000000'),
  ],
  [
    'Fill the background by mirroring the picture left-right around the middle of the cells of colour 2.',
    G('110005', '100000', '002000', '000000', '000000', '000000'),
    G('110115', '100010', '002000', '000000', '000000', '000000'),
  ],
  // Two cells of 3 one above the other: the axis is the line between them.
  [
    'Fill the background by mirroring the picture top-bottom around the middle of the cells of colour 3.',
    G('100', '030', '030', '000'),
    G('100', '030', '030', '100'),
  ],
  [
    'Fill the background by mirroring the picture top-bottom around the middle of the cells of colour 3.',
    G('10'),
    null,
  ],
  // The axis is found from the picture, not assumed at the centre: this one mirrors about the line between columns 2 and 3.
  [
    'Fill the cells of colour 5 by mirroring the picture left-right around its own axis.',
    G('81225', '83443'),
    G('81221', '83443'),
  ],
  [
    'Fill the cells of colour 5 by mirroring the picture left-right around its own axis and keep only the filled area.',
    mirrorHoles,
    G('5225', '3443', '3443'),
  ],
  [
    'Fill the cells of colour 5 by mirroring the picture top-bottom around its own axis and keep only the filled area.',
    mirrorHoles,
    G('1221', '3543', '3543'),
  ],
  [
    'Fill the cells of colour 5 by mirroring the picture both ways around its own axis and keep only the filled area.',
    mirrorHoles,
    G('1221', '3443', '3443'),
  ],
  [
    'Fill the cells of colour 0 so that the picture maps onto itself under a half turn about its own centre.',
    turnHoles,
    G('000000', '001231', '003440', '000443', '001321', '000000'),
  ],
  [
    'Fill the cells of colour 0 so that the picture maps onto itself under a quarter turn about its own centre.',
    turnHoles,
    G('000000', '001231', '003442', '002443', '001321', '000000'),
  ],
  [
    'Fill the cells of colour 0 so that the picture maps onto itself under a quarter turn about its own centre.',
    mirrorOnlyHoles,
    mirrorOnlyHoles,
  ],
  [
    'Fill the cells of colour 0 so that the picture maps onto itself under quarter turns and mirrors about its own centre.',
    mirrorOnlyHoles,
    G('0123210', '0245420', '0356530', '0245420', '0123210'),
  ],
  [
    'Fill the cells of colour 5 by continuing the repeating pattern.',
    G('1212', '3434', '1255'),
    G('1212', '3434', '1212'),
  ],
  [
    'Fill the cells of colour 5 by continuing the repeating pattern and keep only the filled area.',
    G('1212', '3434', '1255'),
    G('12'),
  ],
  ['Lay the left-right mirror image of the grid over it.', overlayScene, G('101', '202', '303')],
  ['Lay the top-bottom mirror image of the grid over it.', overlayScene, G('103', '200', '103')],
  ['Lay the half-turned copy of the grid over it.', overlayScene, G('300', '202', '001')],
  ['Lay the transposed copy of the grid over it.', overlayScene, G('120', '200', '003')],
  ['Lay the quarter-turned copy of the grid over it.', overlayScene, G('121', '200', '303')],
  [
    'Shrink each part between separator lines to one cell of its main colour.',
    G('11502', '21522', '55555', '03500', '33500'),
    G('12', '30'),
  ],
  ['Copy the left half onto the other half as its mirror image.', G('1234', '5678'), G('1221', '5665')],
  ['Copy the top half onto the other half as its mirror image.', G('1234', '5678'), G('1234', '1234')],
  ['Let every non-background cell fall down.', fall, G('000', '000', '132')],
  ['Let every non-background cell fall up.', fall, G('132', '000', '000')],
  ['Let every non-background cell fall left.', fall, G('100', '200', '300')],
  ['Let every non-background cell fall right.', fall, G('001', '002', '003')],
  [
    'Slide every object down until it touches something.',
    G('1100', '0000', '0000', '0020'),
    G('0000', '0000', '0000', '1120'),
  ],
  [
    'Slide every object up until it touches something.',
    G('1100', '0000', '0000', '0020'),
    G('1120', '0000', '0000', '0000'),
  ],
  [
    'Slide every object left until it touches something.',
    G('1100', '0000', '0000', '0020'),
    G('1100', '0000', '0000', '2000'),
  ],
  [
    'Slide every object right until it touches something.',
    G('1100', '0000', '0000', '0020'),
    G('0011', '0000', '0000', '0002'),
  ],
  [
    'Slide the objects of colour 1 down until they touch something.',
    G('00000', '40100', '00000'),
    G('00000', '40000', '00100'),
  ],
  [
    'Slide the objects of colour 1 up until they touch something.',
    G('00000', '40100', '00000'),
    G('00100', '40000', '00000'),
  ],
  [
    'Slide the objects of colour 1 left until they touch something.',
    G('00000', '40100', '00000'),
    G('00000', '41000', '00000'),
  ],
  [
    'Slide the objects of colour 1 right until they touch something.',
    G('00000', '40100', '00000'),
    G('00000', '40001', '00000'),
  ],
  ['Slide the objects of colour 1 towards colour 2 until they touch something.', G('1002', '0000'), G('0012', '0000')],
  [
    'Slide the objects of colour 1 towards colour 2 until they touch something.',
    G('10', '00', '00', '20'),
    G('00', '00', '10', '20'),
  ],
  [
    'Join same-coloured cells in the same line with horizontal lines.',
    G('1001', '0000', '0000', '1000'),
    G('1111', '0000', '0000', '1000'),
  ],
  [
    'Join same-coloured cells in the same line with vertical lines.',
    G('1001', '0000', '0000', '1000'),
    G('1001', '1000', '1000', '1000'),
  ],
  [
    'Join same-coloured cells in the same line with horizontal and vertical lines.',
    G('1001', '0000', '0000', '1000'),
    G('1111', '1000', '1000', '1000'),
  ],
  [
    'Join same-coloured cells in the same line with diagonal lines.',
    G('1001', '0000', '0000', '1000'),
    G('1001', '0010', '0100', '1000'),
  ],
  ['From every cell of colour 1 draw a line up until something is in the way.', rays, G('0010', '2010', '0000')],
  ['From every cell of colour 1 draw a line down until something is in the way.', rays, G('0000', '2010', '0010')],
  ['From every cell of colour 1 draw a line left until something is in the way.', rays, G('0000', '2110', '0000')],
  ['From every cell of colour 1 draw a line right until something is in the way.', rays, G('0000', '2011', '0000')],
  [
    'From every non-background cell draw a line up until something is in the way.',
    G('000', '100', '002'),
    G('102', '102', '002'),
  ],
  [
    'From every non-background cell draw a line down until something is in the way.',
    G('000', '100', '002'),
    G('000', '100', '102'),
  ],
  [
    'From every non-background cell draw a line left until something is in the way.',
    G('000', '100', '002'),
    G('000', '100', '222'),
  ],
  [
    'From every non-background cell draw a line right until something is in the way.',
    G('000', '100', '002'),
    G('000', '111', '002'),
  ],
  [
    "From every non-background cell draw a dashed line right until something is in the way: colour 5 next to the cell, then the cell's own colour, and so on.",
    dashes,
    G('00000', '01515', '00000', '00025', '00000'),
  ],
  [
    "From every non-background cell draw a dashed line left until something is in the way: colour 5 next to the cell, then the cell's own colour, and so on.",
    dashes,
    G('00000', '51000', '00000', '52520', '00000'),
  ],
  [
    "From every non-background cell draw a dashed line up until something is in the way: colour 5 next to the cell, then the cell's own colour, and so on.",
    dashes,
    G('05050', '01020', '00050', '00020', '00000'),
  ],
  [
    "From every non-background cell draw a dashed line down until something is in the way: colour 5 next to the cell, then the cell's own colour, and so on.",
    dashes,
    G('00000', '01000', '05000', '01020', '05050'),
  ],
  ['Extend every non-background cell into a full horizontal line.', G('100', '000', '002'), G('111', '000', '222')],
  ['Extend every non-background cell into a full vertical line.', G('100', '000', '002'), G('102', '102', '102')],
  ['Extend every cell of colour 1 into a full horizontal line.', G('000', '310', '020'), G('000', '111', '020')],
  ['Extend every cell of colour 1 into a full vertical line.', G('000', '310', '020'), G('010', '310', '010')],
  [
    'From every cell of colour 1 draw lines up, down, left and right until something is in the way.',
    G('00000', '01020', '00000'),
    G('01000', '11120', '01000'),
  ],
  ['Draw the whole row and column through every cell of colour 1.', G('000', '012', '000'), G('010', '112', '010')],
  ['Draw both diagonals through every cell of colour 1.', G('200', '010', '000'), G('201', '010', '101')],
  [
    'Fill the enclosed background areas with colour 4.',
    G('1110', '1010', '1110', '0000'),
    G('1110', '1410', '1110', '0000'),
  ],
  [
    'Fill each enclosed background area with the colour around it.',
    G('222333', '202303', '222333'),
    G('222333', '222333', '222333'),
  ],
  ['Surround every object with colour 4.', G('0000', '0100', '0000'), G('4440', '4140', '4440')],
  [
    "Fill the background inside each object's bounding box with colour 4.",
    G('1010', '0100', '0000'),
    G('1410', '4140', '0000'),
  ],
  ['Recolour the cells of colour 1 that touch colour 2 to colour 3.', G('1201', '1000'), G('3201', '1000')],
  [
    'Split the grid into two halves side by side and paint colour 4 where both halves are filled clearing the rest.',
    halves,
    G('40', '00'),
  ],
  [
    'Split the grid into two halves side by side and paint colour 4 where either half is filled clearing the rest.',
    halves,
    G('44', '40'),
  ],
  [
    'Split the grid into two halves side by side and paint colour 4 where exactly one half is filled clearing the rest.',
    halves,
    G('04', '40'),
  ],
  [
    'Split the grid into two halves side by side and paint colour 4 where neither half is filled clearing the rest.',
    halves,
    G('00', '04'),
  ],
  [
    'Split the grid into two halves side by side and paint colour 4 where only the first half is filled clearing the rest.',
    halves,
    G('04', '00'),
  ],
  [
    'Split the grid into two halves side by side and paint colour 4 where only the second half is filled clearing the rest.',
    halves,
    G('00', '40'),
  ],
  [
    'Split the grid into two halves one above the other and paint colour 4 where both halves are filled clearing the rest.',
    halves,
    G('0040'),
  ],
  [
    'Split the grid into 2 equal parts side by side and lay them on top of each other with the last part on top.',
    G('1120', '0002'),
    G('21', '02'),
  ],
  [
    'Split the grid into 2 equal parts side by side and lay them on top of each other with the first part on top.',
    G('1120', '0002'),
    G('11', '02'),
  ],
  [
    'Split the grid into 2 equal parts one above the other and lay them on top of each other with the last part on top.',
    G('1120', '0002'),
    G('1122'),
  ],
  [
    'Split the grid along its separator lines and lay the parts on top of each other.',
    G('10502', '00530'),
    G('12', '30'),
  ],
  ['Split the grid along its separator lines and keep the most filled part.', parts, G('22', '22')],
  ['Split the grid along its separator lines and keep the least filled part.', parts, G('00', '00')],
  ['Split the grid along its separator lines and keep the most colourful part.', parts, G('34', '00')],
  ['Split the grid along its separator lines and keep the odd one out part.', parts, null],
  ['Split the grid along its separator lines and keep the odd one out part.', oddParts, G('01', '10')],
  ['Split the grid along its separator lines and keep the first part.', parts, G('10', '00')],
  ['Split the grid along its separator lines and keep the last part.', parts, G('70', '70')],
  ['Split the grid into 5 equal parts side by side and keep the most filled one.', equalParts, G('22', '22')],
  ['Split the grid into 5 equal parts side by side and keep the least filled one.', equalParts, G('00', '00')],
  ['Split the grid into 5 equal parts side by side and keep the most colourful one.', equalParts, G('34', '00')],
  ['Split the grid into 5 equal parts side by side and keep the first one.', equalParts, G('10', '00')],
  ['Split the grid into 5 equal parts side by side and keep the last one.', equalParts, G('60', '60')],
  [
    'Split the grid into 3 equal parts side by side and keep the odd one out one.',
    G('100110', '011001'),
    G('01', '10'),
  ],
  [
    'Split the grid into 5 equal parts one above the other and keep the most filled one.',
    G('10', '00', '22', '22', '00', '00', '30', '40', '66', '00'),
    G('22', '22'),
  ],
];
