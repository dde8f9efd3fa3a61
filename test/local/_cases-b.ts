/** Primitive test cases, part B: scaling, symmetry, gravity, lines, filling, split grids, counting. */
import * as sc from '../../src/local/primitives/scale.js';
import * as sym from '../../src/local/primitives/symmetry.js';
import * as grav from '../../src/local/primitives/gravity.js';
import * as lines from '../../src/local/primitives/lines.js';
import * as fill from '../../src/local/primitives/fill.js';
import * as split from '../../src/local/primitives/split.js';
import * as count from '../../src/local/primitives/count.js';
import { findObjects } from '../../src/local/primitives/objects.js';
import { G } from './_meaning.js';

const g = [
  [1, 2],
  [3, 4],
];
const ring = [
  [0, 0, 0, 0, 0],
  [0, 1, 1, 1, 0],
  [0, 1, 0, 1, 0],
  [0, 1, 1, 1, 0],
  [0, 0, 0, 0, 0],
];
const halves = [
  [1, 0, 5, 1, 0],
  [0, 0, 5, 0, 1],
];
const falling = [
  [2, 0],
  [0, 0],
  [0, 3],
];

export const CASES_B: [string, unknown, unknown][] = [
  [
    'scaleUp',
    sc.scaleUp([[1, 2]], 2),
    [
      [1, 1, 2, 2],
      [1, 1, 2, 2],
    ],
  ],
  [
    'scaleDown',
    sc.scaleDown(
      [
        [1, 1, 2, 2],
        [1, 1, 2, 2],
      ],
      2,
    ),
    [[1, 2]],
  ],
  // Runs of 4 and 2 equal rows, of 6 and 3 equal columns: blocks 2 by 3, and the equal neighbouring blocks stay.
  [
    'shrinkBlocks',
    sc.shrinkBlocks([
      [1, 1, 1, 1, 1, 1, 2, 2, 2],
      [1, 1, 1, 1, 1, 1, 2, 2, 2],
      [1, 1, 1, 1, 1, 1, 2, 2, 2],
      [1, 1, 1, 1, 1, 1, 2, 2, 2],
      [3, 3, 3, 3, 3, 3, 4, 4, 4],
      [3, 3, 3, 3, 3, 3, 4, 4, 4],
    ]),
    [
      [1, 1, 2],
      [1, 1, 2],
      [3, 3, 4],
    ],
  ],
  // A run of one row: no blocks down; runs of 2 columns: halved across.
  [
    'shrinkBlocks',
    sc.shrinkBlocks([
      [1, 1, 2, 2],
      [1, 1, 2, 2],
      [3, 3, 0, 0],
    ]),
    [
      [1, 2],
      [1, 2],
      [3, 0],
    ],
  ],
  [
    'shrinkBlocks',
    sc.shrinkBlocks([
      [1, 2],
      [2, 1],
    ]),
    [
      [1, 2],
      [2, 1],
    ],
  ],
  [
    'scaleTo',
    sc.scaleTo([[1, 2]], 2, 4),
    [
      [1, 1, 2, 2],
      [1, 1, 2, 2],
    ],
  ],
  [
    'tile',
    sc.tile([[1, 2]], 2, 2),
    [
      [1, 2, 1, 2],
      [1, 2, 1, 2],
    ],
  ],
  ['tileMirrored', sc.tileMirrored([[1, 2]], 1, 2), [[1, 2, 2, 1]]],
  [
    'tileRotated',
    sc.tileRotated([[1, 2]]),
    [
      [1, 2, 2, 1],
      [2, 1, 1, 2],
    ],
  ],
  ['stack2x2', sc.stack2x2([[1]], [[2]], [[3]], [[4]]), g],
  ['mirrorRight', sc.mirrorRight([[1, 2]]), [[1, 2, 2, 1]]],
  ['mirrorDown', sc.mirrorDown([[1], [2]]), [[1], [2], [2], [1]]],
  ['mirrorShared', sc.mirrorShared([[1], [2], [3]], 'above'), [[3], [2], [1], [2], [3]]],
  ['isAcross', sc.SIDES.map(sc.isAcross), [true, false, true, false]],
  ['mirrorLeft', sc.mirrorLeft([[1, 2]]), [[2, 1, 1, 2]]],
  ['mirrorUp', sc.mirrorUp([[1], [2]]), [[2], [1], [1], [2]]],
  [
    'selfTile',
    sc.selfTile([
      [1, 0],
      [0, 0],
    ]),
    [
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ],
  ],
  ['completeSymmetry', sym.completeSymmetry([[1, 2, 0]], 'left-right'), [[1, 2, 1]]],
  ['isMirrorSymmetric', sym.isMirrorSymmetric([[1, 2, 1]]), true],
  ['isFlipSymmetric', sym.isFlipSymmetric(g), false],
  [
    'isDiagonalSymmetric',
    sym.isDiagonalSymmetric([
      [1, 2],
      [2, 1],
    ]),
    true,
  ],
  [
    'isRotationSymmetric',
    sym.isRotationSymmetric([
      [1, 1],
      [1, 1],
    ]),
    true,
  ],
  ['mirrorLeftHalf', sym.mirrorLeftHalf([[1, 2, 3, 4]]), [[1, 2, 2, 1]]],
  ['mirrorTopHalf', sym.mirrorTopHalf([[1], [2], [3]]), [[1], [2], [1]]],
  [
    'gravity',
    grav.gravity(falling, 'down'),
    [
      [0, 0],
      [0, 0],
      [2, 3],
    ],
  ],
  [
    'dropObjects',
    grav.dropObjects(falling, 'up', findObjects(falling)),
    [
      [2, 3],
      [0, 0],
      [0, 0],
    ],
  ],
  [
    'objectGravity',
    grav.objectGravity(
      [
        [1, 1, 0],
        [0, 0, 0],
        [0, 2, 0],
      ],
      'down',
    ),
    [
      [0, 0, 0],
      [1, 1, 0],
      [0, 2, 0],
    ],
  ],
  ['moveColourUntilContact', grav.moveColourUntilContact([[4, 0, 0, 5]], 4, 'right'), [[0, 0, 4, 5]]],
  [
    'connectSameColour',
    lines.connectSameColour(
      [
        [3, 0, 0, 3],
        [0, 0, 0, 0],
      ],
      'horizontal',
    ),
    [
      [3, 3, 3, 3],
      [0, 0, 0, 0],
    ],
  ],
  ['castRays', lines.castRays([[0, 6, 0, 0]], 6, ['right']), [[0, 6, 6, 6]]],
  [
    'crossLines',
    lines.crossLines(
      [
        [0, 0, 0],
        [0, 7, 0],
        [0, 0, 0],
      ],
      7,
    ),
    [
      [0, 7, 0],
      [7, 7, 7],
      [0, 7, 0],
    ],
  ],
  [
    'diagonalRays',
    lines.diagonalRays(
      [
        [0, 0, 0],
        [0, 7, 0],
        [0, 0, 0],
      ],
      7,
    ),
    [
      [7, 0, 7],
      [0, 7, 0],
      [7, 0, 7],
    ],
  ],
  ['fillEnclosed', fill.fillEnclosed(ring, 4)[2], [0, 1, 4, 1, 0]],
  ['floodFill', fill.floodFill(ring, 0, 0, 8)[0], [8, 8, 8, 8, 8]],
  [
    'outline',
    fill.outline(
      [
        [0, 0, 0],
        [0, 1, 0],
        [0, 0, 0],
      ],
      2,
    ),
    [
      [2, 2, 2],
      [2, 1, 2],
      [2, 2, 2],
    ],
  ],
  // On background 5: the 1s span the whole grid; its background cells become 1, the 0 and the 2 stay.
  ['fillColourBoxes', fill.fillColourBoxes(G('1505', '5521'), 5), G('1101', '1121')],
  [
    'fillBoundingBoxes',
    fill.fillBoundingBoxes(
      [
        [1, 0],
        [0, 1],
      ],
      3,
    ),
    [
      [1, 3],
      [3, 1],
    ],
  ],
  ['fillEnclosedSquares', fill.fillEnclosedSquares(G('555', '505', '555'), 3), G('555', '535', '555')],
  // Three cells of a 2 x 2 box are not a square.
  [
    'fillEnclosedSquares',
    fill.fillEnclosedSquares(G('5555', '5005', '5055', '5555'), 3),
    G('5555', '5005', '5055', '5555'),
  ],
  // Two 2 x 2 holes as large: the one whose top-left cell comes first. A grid without a 2 x 2 of background: null.
  [
    'fillLargestEmptyRectangle',
    fill.fillLargestEmptyRectangle(G('1111111', '1001001', '1001001', '1111111'), 5),
    G('1111111', '1551001', '1551001', '1111111'),
  ],
  ['fillLargestEmptyRectangle', fill.fillLargestEmptyRectangle(G('000', '101'), 5), null],
  ['recolourTouching', fill.recolourTouching([[1, 2, 0, 1]], 1, 2, 9), [[9, 2, 0, 1]]],
  // From the 3 every background cell is reached, the one behind the 2 round it; the 1 and the 2 stay.
  ['spreadFrom', fill.spreadFrom(G('1020', '0000', '0003'), 3, 'sides'), G('1323', '3333', '3333')],
  ['spreadFrom', fill.spreadFrom(G('12', '21'), 1, 'sides'), G('12', '21')],
  ['spreadFrom', fill.spreadFrom(G('10', '00'), 0, 'sides or corners'), null],
  ['separatorLines', split.separatorLines(halves), { rows: [], cols: [2] }],
  [
    'splitBySeparators',
    split.splitBySeparators(halves),
    [
      [
        [1, 0],
        [0, 0],
      ],
      [
        [1, 0],
        [0, 1],
      ],
    ],
  ],
  [
    'splitEqual',
    split.splitEqual(halves, 2, 'across'),
    [
      [
        [1, 0],
        [0, 0],
      ],
      [
        [1, 0],
        [0, 1],
      ],
    ],
  ],
  [
    'combineMasks',
    split.combineMasks(
      [
        [1, 0],
        [0, 0],
      ],
      [
        [1, 1],
        [0, 1],
      ],
      'exactly one',
      3,
    ),
    [
      [0, 3],
      [0, 3],
    ],
  ],
  ['overlay', split.overlay([[[1, 0]], [[0, 2]]]), [[1, 2]]],
  ['choosePart', split.choosePart([[[1, 0]], [[1, 1]], [[1, 0]]], 'odd one out'), [[1, 1]]],
  ['countObjects', count.countObjects(ring), 1],
  ['countColour', count.countColour(ring, 1), 8],
  ['countColours', count.countColours(halves), 2],
  ['barOfLength', count.barOfLength(3, 2), [[2, 2, 2]]],
  [
    'countToGrid',
    count.countToGrid(2, 2, 2, 1),
    [
      [1, 1],
      [0, 0],
    ],
  ],
  ['coloursByFrequency', count.coloursByFrequency([[1, 2, 2, 0]]), [2, 1]],
  ['colourHistogramColumn', count.colourHistogramColumn([[1, 2, 2, 0]]), [[2], [1]]],
  ['recolourBySize', count.recolourBySize([[1, 0, 1, 1]], { 1: 5, 2: 6 }), [[5, 0, 6, 6]]],
  ['recolourExtremes', count.recolourExtremes([[1, 0, 1, 1]], 8, 9), [[9, 0, 8, 8]]],
  ['recolourRepeatedShapes', count.recolourRepeatedShapes([[1, 0, 1, 0, 1, 1]], 4), [[4, 0, 4, 0, 1, 1]]],
  [
    'majorityFilter',
    count.majorityFilter([
      [1, 1, 1],
      [1, 2, 1],
      [1, 1, 1],
    ]),
    [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ],
  ],
  ['removeSmallObjects', count.removeSmallObjects([[1, 0, 2, 2]], 2), [[0, 0, 2, 2]]],
];
