/** Primitive test cases, part C: repeating patterns, off-centre mirrors, per-object properties, parts and overlays. */
import * as pat from '../../src/local/primitives/pattern.js';
import * as prop from '../../src/local/primitives/properties.js';
import * as sym from '../../src/local/primitives/symmetry.js';
import { findObjects } from '../../src/local/primitives/objects.js';
import { partLayout, partsToCells } from '../../src/local/primitives/split.js';
import { coloursInOrder, replaceByNeighbours, replaceByRowAndColumn } from '../../src/local/primitives/count.js';
import { overlayWith } from '../../src/local/primitives/scale.js';
import { flipHorizontal } from '../../src/local/primitives/geometry.js';
import { dedupeLines, quarter } from '../../src/local/primitives/crop.js';
import { fillEnclosedBySurrounding } from '../../src/local/primitives/fill.js';
import { slideTowards } from '../../src/local/primitives/gravity.js';
import { connectSameColour, fullLines } from '../../src/local/primitives/lines.js';
import { G } from './_meaning.js';

const stripes = [
  [1, 2, 1, 2],
  [1, 0, 1, 2],
];
const donut = [
  [3, 3, 3, 0, 4],
  [3, 0, 3, 0, 0],
  [3, 3, 3, 0, 4],
];
const objs = findObjects(donut);
/** Mirror-symmetric about the line between columns 2 and 3 (not the centre), with one hole. */
/** A 1 at each end of a half-turn pair about the centre of rows 0-1, columns 1-2, whose 2 has a hole for its image. */
const turnable = [
  [0, 1, 2, 0],
  [0, 0, 1, 0],
];
/** Shape cells (0,0), (0,1) and (2,2), of two colours. */
const threeCells = [
  [1, 1, 0],
  [0, 0, 0],
  [0, 0, 2],
];
const offset = [
  [5, 1, 2, 2, 1],
  [5, 3, 0, 4, 3],
];
/** Four parts split by grey lines, two of them holding a colour. */
const panes = [
  [1, 5, 0],
  [5, 5, 5],
  [0, 5, 2],
];

export const CASES_C: [string, unknown, unknown][] = [
  ['findPeriod', pat.findPeriod(stripes, 0), [1, 2]],
  [
    'completePeriodic',
    pat.completePeriodic(stripes, 0),
    [
      [1, 2, 1, 2],
      [1, 2, 1, 2],
    ],
  ],
  [
    'continuePattern',
    pat.continuePattern(
      [
        [1, 2, 1],
        [3, 4, 3],
      ],
      1,
      2,
    ),
    [
      [1, 2, 1, 2, 1, 2],
      [3, 4, 3, 4, 3, 4],
    ],
  ],
  ['cutHoles', pat.cutHoles(stripes, pat.completePeriodic(stripes, 0), 0), [[2]]],
  ['holeCount', objs.map(prop.holeCount), [1, 0, 0]],
  ['sizeRanks', prop.sizeRanks(objs), [1, 2, 2]],
  ['objectProperties', prop.objectProperties(objs, 'height'), [3, 1, 1]],
  ['recolourByProperty', prop.recolourByProperty(donut, 'number of holes', { 1: 6, [-1]: 7 })[0], [6, 6, 6, 0, 7]],
  ['bestMirrorAxis', sym.bestMirrorAxis(offset, 'cols'), 5],
  ['completeMirrorAnyAxis', sym.completeMirrorAnyAxis(offset, 'left-right')[1], [5, 3, 4, 4, 3]],
  // Only background is filled: the 4 keeps its place where the 1 would mirror onto it.
  ['mirrorAround', sym.mirrorAround(G('1004', '0200'), 'left-right', 2), G('1014', '0200')],
  ['mirrorAround', sym.mirrorAround(G('1004', '0200'), 'left-right', 3), null],
  // The half turn about the 2 x 2 block's centre (rows 0-1, columns 1-2), doubled: [1, 3].
  ['bestTurnCentre', sym.bestTurnCentre(turnable, 'a half turn'), [1, 3]],
  // About the centre cell, (0,0) and (2,2) map onto each other and (0,1) onto a hole: two cells of three.
  ['turnShare', sym.turnShare(threeCells, 'a half turn'), 2 / 3],
  [
    'completeTurn',
    sym.completeTurn(turnable, 'a half turn'),
    [
      [0, 1, 2, 0],
      [0, 2, 1, 0],
    ],
  ],
  [
    'partLayout',
    partLayout(panes),
    [
      [[[1]], [[0]]],
      [[[0]], [[2]]],
    ],
  ],
  [
    'partsToCells',
    partsToCells(panes),
    [
      [1, 0],
      [0, 2],
    ],
  ],
  [
    'replaceByNeighbours',
    replaceByNeighbours(
      [
        [1, 1, 1],
        [1, 8, 2],
      ],
      8,
    ),
    [
      [1, 1, 1],
      [1, 1, 2],
    ],
  ],
  // On the grid's edge only the neighbours inside count: 1 on the right and below.
  [
    'replaceByRowAndColumn',
    replaceByRowAndColumn(
      [
        [5, 1],
        [1, 1],
      ],
      5,
    ),
    [
      [1, 1],
      [1, 1],
    ],
  ],
  [
    'replaceByRowAndColumn',
    replaceByRowAndColumn(
      [
        [5, 1],
        [0, 0],
      ],
      5,
    ),
    [
      [0, 1],
      [0, 0],
    ],
  ],
  [
    'fillEnclosedBySurrounding',
    fillEnclosedBySurrounding([
      [0, 3, 0],
      [3, 0, 3],
      [0, 3, 0],
      [0, 0, 0],
    ]),
    [
      [0, 3, 0],
      [3, 3, 3],
      [0, 3, 0],
      [0, 0, 0],
    ],
  ],
  [
    'slideTowards',
    slideTowards(
      [
        [0, 0, 0],
        [4, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
        [8, 8, 8],
      ],
      4,
      8,
    ).map((row) => row[0]),
    [0, 0, 0, 4, 8],
  ],
  // Two objects in line: the one nearer the target moves first and the other stacks against it.
  ['slideTowards', slideTowards([[1], [0], [1], [0], [0], [2]], 1, 2).map((row) => row[0]), [0, 0, 0, 1, 1, 2]],
  ['slideTowards', slideTowards([[2, 0, 1, 0, 0, 1]], 1, 2)[0], [2, 1, 1, 0, 0, 0]],
  [
    'connectSameColour',
    connectSameColour(
      [
        [2, 0, 0],
        [0, 0, 0],
        [0, 0, 2],
      ],
      'diagonal',
    ),
    [
      [2, 0, 0],
      [0, 2, 0],
      [0, 0, 2],
    ],
  ],
  [
    'fullLines',
    fullLines(
      [
        [0, 2, 0],
        [0, 0, 3],
      ],
      2,
      'vertical',
    ),
    [
      [0, 2, 0],
      [0, 2, 3],
    ],
  ],
  [
    'quarter',
    quarter(
      [
        [1, 2],
        [3, 4],
      ],
      'bottom',
      'left',
    ),
    [[3]],
  ],
  [
    'dedupeLines',
    dedupeLines([
      [1, 1, 2],
      [1, 1, 2],
      [3, 3, 4],
    ]),
    [
      [1, 2],
      [3, 4],
    ],
  ],
  ['touchesEdge', prop.touchesEdge(objs[0]!, [3, 5]), true],
  [
    'coloursInOrder',
    coloursInOrder(
      [
        [0, 3, 1],
        [2, 0, 0],
      ],
      'across',
    ),
    [2, 3, 1],
  ],
  ['overlayWith', overlayWith([[3, 0, 0]], flipHorizontal), [[3, 0, 3]]],
];
