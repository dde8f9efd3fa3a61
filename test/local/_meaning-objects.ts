/**
 * Hand-computed cases for the object sentences. For the steps that choose one object ("the largest
 * object made of one colour"), each scene is drawn with, by hand, the object the selector must choose;
 * the six actions on it (crop to it, cut it out, keep it, remove it, recolour it, output its colour)
 * then follow from that drawing by plain cell arithmetic here, independent of the engine's object code.
 * Scenes are built so that the chosen object is not simply the first one, and differs from what the
 * other selectors and the other ways of joining cells would choose.
 */
import type { Grid } from '../../src/arc/grid.js';
import { G, type MeaningCase } from './_meaning.js';

/** A scene, the selector and object kind, and the scene with only the object they choose (null: none qualifies). */
type Choice = readonly [scene: Grid, sel: string, objs: string, chosen: Grid | null];

/** The box [top, left, bottom, right] of the non-background cells. */
function box(g: Grid): [number, number, number, number] {
  const cells = g.flatMap((row, r) => row.flatMap((v, c) => (v ? [[r, c] as const] : [])));
  const rs = cells.map(([r]) => r),
    cs = cells.map(([, c]) => c);
  return [Math.min(...rs), Math.min(...cs), Math.max(...rs), Math.max(...cs)];
}
const cut = (g: Grid, [t, l, b, r]: readonly number[]): Grid => g.slice(t!, b! + 1).map((row) => row.slice(l!, r! + 1));
/** The most frequent colour among the chosen cells (ties to the lower colour). */
function mainColour(chosen: Grid): number {
  const counts = Array<number>(10).fill(0);
  for (const v of chosen.flat()) if (v) counts[v]!++;
  return counts.indexOf(Math.max(...counts));
}

/** The six single-object sentences for one choice, with their expected grids. */
function actions([scene, sel, objs, chosen]: Choice): MeaningCase[] {
  const on = (f: (k: Grid) => Grid): Grid | null => (chosen ? f(chosen) : null);
  return [
    [`Crop the grid to the ${sel} object ${objs}.`, scene, on((k) => cut(scene, box(k)))],
    [`Cut out the ${sel} object ${objs} on its own.`, scene, on((k) => cut(k, box(k)))],
    [`Keep only the ${sel} object ${objs} and clear the rest.`, scene, on((k) => k)],
    [
      `Remove the ${sel} object ${objs}.`,
      scene,
      on((k) => scene.map((row, r) => row.map((v, c) => (k[r]![c] ? 0 : v)))),
    ],
    [
      `Recolour the ${sel} object ${objs} to colour 9.`,
      scene,
      on((k) => scene.map((row, r) => row.map((v, c) => (k[r]![c] ? 9 : v)))),
    ],
    [`Output one cell of the colour of the ${sel} object ${objs}.`, scene, on((k) => [[mainColour(k)]])],
  ];
}
/** The scene with only the cells `rows` marks ('x' keeps the scene's cell; marking a background cell is a slip in the drawing). */
function only(scene: Grid, ...rows: string[]): Grid {
  return scene.map((row, r) =>
    row.map((v, c) => {
      if (rows[r]?.[c] !== 'x') return 0;
      if (!v) throw new Error(`the chosen object is drawn over a background cell at row ${r}, column ${c}`);
      return v;
    }),
  );
}

const ONE = 'made of one colour';
/**
 * Nine one-colour objects with a different one at each extreme: topmost (first), largest square,
 * tallest bar, widest bar, single smallest cell, bottommost, leftmost, rightmost, sparsest L.
 */
const many = G(
  '0000010009000',
  '0000011009000',
  '0000000009990',
  '2003000000000',
  '2200888040007',
  '0000888040007',
  '0000888040000',
  '0000000040000',
  '0000000040000',
  '0555555000000',
  '0000000006600',
);
/** The only full square (densest) is neither first, largest, tallest, widest nor at an edge of the picture. */
const dense = G(
  '1000000200',
  '1100000200',
  '0000000200',
  '0003300200',
  '0003300220',
  '0000000000',
  '0000000000',
  '0044440000',
  '0040000000',
);
/** Horizontal dominoes are the most common shape, but the first object is a vertical domino. */
const common = G('10220000', '10000000', '00000000', '00220010', '00000010', '22000000', '00000000', '00333000');
/** One domino of its own colour (uniquely coloured) and one L of its own shape (uniquely shaped). */
const uniques = G('1100110', '0000000', '0000010', '0220011');
/** The L tromino is the only shape that occurs once; its colour 3 is shared with a triomino no selector picks. */
const shapes = G(
  '111033300',
  '000000000',
  '000300000',
  '000330000',
  '000000000',
  '000000200',
  '200000200',
  '200000222',
  '222000000',
);
/** Objects of several colours: the three-coloured one is the most colourful. */
const colourful = G(
  '1100000700',
  '0000000700',
  '0002300700',
  '0000400700',
  '0000000000',
  '6666660000',
  '0000000000',
  '0080000000',
  '0080000000',
  '0088800000',
);
/**
 * Each way of joining cells has its own largest object, of its own main colour: a bar of 4s (by sides, one colour),
 * a chain of 5s (corners, one colour), a 6-and-7 block (sides, any colours), and 8s with 9s and a 3 at their corners.
 */
const joins = G('4440000', '0000000', '5000067', '0500067', '0050060', '0005000', '0000090', '0088800', '0300090');
/**
 * The T of 2s is the only object that mirrors onto itself (left to right); the first is an L and the largest a bigger L.
 * With a bar of 4s added (mirrored top to bottom too) no object is the only symmetric one.
 */
const mirrors = G(
  '1100000000',
  '0100000000',
  '0000000000',
  '0002220000',
  '0000200000',
  '0000000000',
  '3330000000',
  '3000000000',
  '3000000000',
);
const twoMirrors = G(
  '1100000000',
  '0100000000',
  '0000000004',
  '0002220004',
  '0000200004',
  '0000000000',
  '3330000000',
  '3000000000',
  '3000000000',
);
/** A square of 1s and 2s crosswise has a mirrored shape but not mirrored colours; the block of 3,4,3 rows has both. */
const mirroredColours = G('1200000', '2100343', '0000343');

/** The 2 inside the ring of 4s is the enclosed object; the 2 at the top left is as small and comes first. */
const framed = G('2000000', '0444000', '0424000', '0444000', '0000020');
/** Two objects inside the ring: no one enclosed object. */
const twoFramed = G('44444', '42024', '44444');

const CHOICES: readonly Choice[] = [
  [many, 'largest', ONE, only(many, '', '', '', '', '....xxx', '....xxx', '....xxx')],
  [many, 'smallest', ONE, only(many, '', '', '', '...x')],
  [many, 'tallest', ONE, only(many, '', '', '', '', '........x', '........x', '........x', '........x', '........x')],
  [many, 'widest', ONE, only(many, '', '', '', '', '', '', '', '', '', '.xxxxxx')],
  [many, 'topmost', ONE, only(many, '.....x', '.....xx')],
  [many, 'bottommost', ONE, only(many, '', '', '', '', '', '', '', '', '', '', '.........xx')],
  [many, 'leftmost', ONE, only(many, '', '', '', 'x', 'xx')],
  [many, 'rightmost', ONE, only(many, '', '', '', '', '............x', '............x')],
  [many, 'sparsest', ONE, only(many, '.........x', '.........x', '.........xxx')],
  [many, 'uniquely coloured', ONE, null],
  [dense, 'densest', ONE, only(dense, '', '', '', '...xx', '...xx')],
  [dense, 'leftmost', ONE, only(dense, 'x', 'xx')],
  [dense, 'smallest', ONE, only(dense, 'x', 'xx')],
  [common, 'most common', ONE, only(common, '..xx')],
  [common, 'topmost', ONE, only(common, 'x', 'x')],
  [uniques, 'uniquely coloured', ONE, only(uniques, '', '', '', '.xx')],
  [uniques, 'uniquely shaped', ONE, only(uniques, '', '', '.....x', '.....xx')],
  [shapes, 'uniquely shaped', ONE, only(shapes, '', '', '...x', '...xx')],
  [colourful, 'most colourful', 'of any colours', only(colourful, '', '', '...xx', '....x')],
  [colourful, 'topmost', 'of any colours', only(colourful, 'xx')],
  [mirrors, 'symmetric', ONE, only(mirrors, '', '', '', '...xxx', '....x')],
  [mirrors, 'largest', ONE, only(mirrors, '', '', '', '', '', '', 'xxx', 'x', 'x')],
  [mirrors, 'densest', ONE, only(mirrors, 'xx', '.x')],
  [twoMirrors, 'symmetric', ONE, null],
  [framed, 'enclosed', ONE, only(framed, '', '', '..x')],
  [framed, 'smallest', ONE, only(framed, 'x')],
  [twoFramed, 'enclosed', ONE, null],
  [mirroredColours, 'symmetric', 'of any colours', only(mirroredColours, '', '....xxx', '....xxx')],
  [joins, 'largest', ONE, only(joins, 'xxx')],
  [
    joins,
    'largest',
    'made of one colour with diagonal neighbours joined',
    only(joins, '', '', 'x', '.x', '..x', '...x'),
  ],
  [joins, 'largest', 'of any colours', only(joins, '', '', '.....xx', '.....xx', '.....x')],
  [
    joins,
    'largest',
    'of any colours with diagonal neighbours joined',
    only(joins, '', '', '', '', '', '', '.....x', '..xxx', '.x...x'),
  ],
];

/** Objects under each way of joining cells: one colour by sides 6, by corners too 4, any colours by sides 5, by corners too 3. */
const kinds = G('110000', '001005', '000050', '230000');
/** Four objects whose size, height, width, size rank, holes and edge contact all differ in pattern. */
const props = G('1110000', '1010110', '1110000', '0000000', '0010001', '0010000', '0000000');
const holed = G('11111000', '10101000', '11111000', '00000000', '11100011', '10100000', '11100000');
const byProp = (prop: string) =>
  `Recolour the objects made of one colour by ${prop}: 1 to colour 2, 2 to colour 3, others to colour 4.`;

/**
 * Walls of 5 divide the background into four areas (4, 7, 2 and 10 cells, in reading order), and a
 * lone 2 sits in the second: the largest area is the last, the smallest the third, and the largest
 * and smallest objects made of one colour are the wall and the 2.
 */
const rooms = G('0050000', '0050020', '5555555', '0500000', '0500000');

export const OBJECT_CASES: readonly MeaningCase[] = [
  ...CHOICES.flatMap(actions),
  [
    'Recolour the largest objects of background cells to colour 7 and the smallest to colour 8.',
    rooms,
    G('0050000', '0050020', '5555555', '8577777', '8577777'),
  ],
  [
    'Recolour the smallest object of background cells to colour 9.',
    rooms,
    G('0050000', '0050020', '5555555', '9500000', '9500000'),
  ],
  ['Crop the grid to the object made of one colour that contains colour 3.', G('0000', '4300', '0030'), G('3')],
  [
    'Crop the grid to the object made of one colour with diagonal neighbours joined that contains colour 3.',
    G('0000', '4300', '0030'),
    G('30', '03'),
  ],
  ['Crop the grid to the object of any colours that contains colour 3.', G('0000', '4300', '0030'), G('43')],
  [
    'Crop the grid to the object of any colours with diagonal neighbours joined that contains colour 3.',
    G('0000', '4300', '0030'),
    G('430', '003'),
  ],
  ['Remove the objects made of one colour smaller than 2 cells.', kinds, G('110000', '000000', '000000', '000000')],
  [
    'Remove the objects made of one colour with diagonal neighbours joined smaller than 2 cells.',
    kinds,
    G('110000', '001005', '000050', '000000'),
  ],
  ['Remove the objects of any colours smaller than 2 cells.', kinds, G('110000', '000000', '000000', '230000')],
  ['Remove the objects of any colours with diagonal neighbours joined smaller than 2 cells.', kinds, kinds],
  [byProp('size'), props, G('4440000', '4040330', '4440000', '0000000', '0030002', '0030000', '0000000')],
  [byProp('height'), props, G('4440000', '4040220', '4440000', '0000000', '0030002', '0030000', '0000000')],
  [byProp('width'), props, G('4440000', '4040330', '4440000', '0000000', '0020002', '0020000', '0000000')],
  [
    byProp('size rank with 1 for the largest'),
    props,
    G('2220000', '2020330', '2220000', '0000000', '0030004', '0030000', '0000000'),
  ],
  [byProp('number of holes'), props, G('2220000', '2020440', '2220000', '0000000', '0040004', '0040000', '0000000')],
  // A shape with two holes, one with one hole, and a bar on the edge with none: "hole presence"
  // takes the first two alike, "number of holes" tells them apart, edge contact takes the bar.
  [
    'Recolour the objects made of one colour by hole presence with 1 for having a hole and 0 otherwise: 1 to colour 2.',
    holed,
    G('22222000', '20202000', '22222000', '00000000', '22200011', '20200000', '22200000'),
  ],
  [
    'Recolour the objects made of one colour by number of holes: 1 to colour 2.',
    holed,
    G('11111000', '10101000', '11111000', '00000000', '22200011', '20200000', '22200000'),
  ],
  [
    byProp('edge contact with 1 for touching the edge and 0 otherwise'),
    props,
    G('2220000', '2020440', '2220000', '0000000', '0040002', '0040000', '0000000'),
  ],
  [
    'Recolour the objects made of one colour by size: 1 to colour 7, others to colour 8.',
    kinds,
    G('880000', '007007', '000070', '770000'),
  ],
  [
    'Recolour the objects made of one colour with diagonal neighbours joined by size: 1 to colour 7, others to colour 8.',
    kinds,
    G('880000', '008008', '000080', '770000'),
  ],
  [
    'Recolour the objects of any colours by size: 1 to colour 7, others to colour 8.',
    kinds,
    G('880000', '007007', '000070', '880000'),
  ],
  [
    'Recolour the objects of any colours with diagonal neighbours joined by size: 1 to colour 7, others to colour 8.',
    kinds,
    G('880000', '008008', '000080', '880000'),
  ],
  [
    'Recolour the largest objects made of one colour to colour 7 and the smallest to colour 8.',
    kinds,
    G('770000', '008008', '000080', '880000'),
  ],
  [
    'Recolour the largest objects made of one colour with diagonal neighbours joined to colour 7 and the smallest to colour 8.',
    kinds,
    G('770000', '007005', '000050', '880000'),
  ],
  [
    'Recolour the largest objects of any colours to colour 7 and the smallest to colour 8.',
    kinds,
    G('770000', '008008', '000080', '770000'),
  ],
  [
    'Recolour the largest objects of any colours with diagonal neighbours joined to colour 7 and the smallest to colour 8.',
    kinds,
    G('770000', '007008', '000080', '880000'),
  ],
  [
    'Recolour every object made of one colour whose shape appears more than once to colour 7.',
    kinds,
    G('110000', '007007', '000070', '770000'),
  ],
  [
    'Recolour every object made of one colour with diagonal neighbours joined whose shape appears more than once to colour 7.',
    kinds,
    G('110000', '001005', '000050', '770000'),
  ],
  [
    'Recolour every object of any colours whose shape appears more than once to colour 7.',
    kinds,
    G('770000', '007007', '000070', '770000'),
  ],
  [
    'Recolour every object of any colours with diagonal neighbours joined whose shape appears more than once to colour 7.',
    G('110000', '001005', '000050', '230000', '000000', '000505'),
    G('110000', '001005', '000050', '230000', '000000', '000707'),
  ],
  [
    'Replace every cell of colour 5 by the most common colour around it.',
    G('1110', '1510', '1120'),
    G('1110', '1110', '1120'),
  ],
  ['Replace every cell by the most common colour around it.', G('111', '121', '111'), G('111', '111', '111')],
  // The box's corner cell meets 1 on its left and above (the most common colour around it is 0); the
  // cell outside meets 1 on one side only; the last has 2 on its left and below, 3 on its right and
  // above: the left neighbour is tried first.
  [
    'Replace every cell of colour 5 by the colour beside it both in its row and in its column, or else background.',
    G('11100', '11150', '11500', '00000', '03000', '25300', '02000'),
    G('11100', '11100', '11100', '00000', '03000', '22300', '02000'),
  ],
  ['Output a row with one cell of colour 4 per object made of one colour.', kinds, G('444444')],
  [
    'Output a row with one cell of colour 4 per object made of one colour with diagonal neighbours joined.',
    kinds,
    G('4444'),
  ],
  ['Output a row with one cell of colour 4 per object of any colours.', kinds, G('44444')],
  [
    'Output a row with one cell of colour 4 per object of any colours with diagonal neighbours joined.',
    kinds,
    G('444'),
  ],
  ['Output a row with one cell per object made of one colour in the most common object colour.', kinds, G('111111')],
  [
    'Output a row with one cell per object made of one colour with diagonal neighbours joined in the most common object colour.',
    kinds,
    G('1111'),
  ],
  ['Output a row with one cell per object of any colours in the most common object colour.', kinds, G('11111')],
  [
    'Output a row with one cell per object of any colours with diagonal neighbours joined in the most common object colour.',
    kinds,
    G('111'),
  ],
  // Two colours in three objects: counting colours is not counting objects.
  ['Output a row with one cell of colour 4 per colour used.', G('101', '020'), G('44')],
  [
    'Output a 2 by 3 grid filling one cell of colour 4 per object made of one colour in reading order.',
    kinds,
    G('444', '444'),
  ],
  [
    'Output a 2 by 3 grid filling one cell of colour 4 per object made of one colour with diagonal neighbours joined in reading order.',
    kinds,
    G('444', '400'),
  ],
  [
    'Output a 2 by 3 grid filling one cell of colour 4 per object of any colours in reading order.',
    kinds,
    G('444', '440'),
  ],
  [
    'Output a 2 by 3 grid filling one cell of colour 4 per object of any colours with diagonal neighbours joined in reading order.',
    kinds,
    G('444', '000'),
  ],
  ['Output a row with one cell of the main colour per non-background cell.', G('102', '100'), G('111')],
  ['List the colours in the order they first appear from left to right as a row.', G('000', '001', '200'), G('21')],
  ['List the colours in the order they first appear from top to bottom as a row.', G('000', '001', '200'), G('12')],
  [
    'List the colours in the order they first appear as a row or column following the direction they change in.',
    G('000', '001', '200'),
    G('1', '2'),
  ],
  ['List the colours from most to least frequent as a column.', G('1220', '3330', '0000'), G('3', '2', '1')],
];
