/** Primitive test cases, part E: the nearest other colour, parts laid over by a ranking of colours, repeated content, boxes of a colour, numbered parts, symmetry counts, stamps around objects. */
import { recolourToNearest } from '../../src/local/primitives/nearest.js';
import { repeatContent } from '../../src/local/primitives/repeat.js';
import { recolourInBoxOf } from '../../src/local/primitives/in-box.js';
import {
  connectParts,
  fillMostFilledParts,
  fillPartsByNumber,
  partNumbers,
} from '../../src/local/primitives/part-colours.js';
import { symmetryCount } from '../../src/local/primitives/symmetry-count.js';
import { choosePart, equalRuns, spans } from '../../src/local/primitives/split.js';
import { overlayRanked, splitInto } from '../../src/local/primitives/ranked-overlay.js';
import { continueParts } from '../../src/local/primitives/part-sequence.js';
import {
  copyPattern,
  patternTargets,
  placeCells,
  stampAround,
  stampedObjects,
} from '../../src/local/primitives/stamp.js';
import { makeObject } from '../../src/local/primitives/objects.js';
import { G } from './_meaning.js';

/** An L-shaped object: rows 1-2, columns 1-2, missing its top right cell. */
const ell = makeObject([
  [1, 1, 6],
  [2, 1, 6],
  [2, 2, 6],
]);
/** A 2 x 3 layout of one-cell parts: separator row 1, separator columns 1 and 3. */
const layout = G('05250', '55555', '35050');

export const CASES_E: [string, unknown, unknown][] = [
  // The 3 object is 1 step from colour 2 and 2 from colour 1; the lone 3 is 2 steps from each of 1 and 2.
  ['recolourToNearest', recolourToNearest(G('1000', '0330', '0020'), 3), G('1000', '0220', '0020')],
  ['recolourToNearest', recolourToNearest(G('10302'), 3), G('10302')],
  // Each cell of this 3 object is 2 steps from another colour: a tie over the object keeps it too.
  ['recolourToNearest', recolourToNearest(G('103302'), 3), G('103302')],
  ['recolourToNearest', recolourToNearest(G('030'), 3), G('030')],
  [
    'repeatContent',
    repeatContent(G('000', '100', '020', '000', '000'), 'up and down'),
    G('020', '100', '020', '100', '020'),
  ],
  ['repeatContent', repeatContent(G('0010'), 'left and right'), G('1111')],
  ['repeatContent', repeatContent(G('000', '000'), 'in every direction'), null],
  ['recolourInBoxOf', recolourInBoxOf(G('1111', '1822', '1118'), 1, 8, 3), G('1111', '1822', '1338')],
  ['recolourInBoxOf', recolourInBoxOf(G('11'), 1, 8, 3), null],
  [
    'spans',
    spans(5, [1, 3]),
    [
      [0, 1],
      [2, 1],
      [4, 1],
    ],
  ],
  ['spans', spans(4, [0, 1]), [[2, 2]]],
  [
    'partNumbers',
    partNumbers(layout),
    [
      [1, 0, 2, 0, 3],
      [0, 0, 0, 0, 0],
      [4, 0, 5, 0, 6],
    ],
  ],
  ['partNumbers', partNumbers(G('000')), null],
  ['fillPartsByNumber', fillPartsByNumber(layout, { 3: 7, 4: 8, 5: 9 }), G('05257', '55555', '35950')],
  // The top part's main colour is 1 (two cells against one 2); no separator line: no parts.
  ['fillMostFilledParts', fillMostFilledParts(G('112', '555', '000')), G('111', '555', '000')],
  ['fillMostFilledParts', fillMostFilledParts(G('12', '00')), null],
  ['fillPartsByNumber', fillPartsByNumber(G('12'), { 1: 7 }), null],
  ['symmetryCount', symmetryCount(G('12', '21')), 3],
  ['symmetryCount', symmetryCount(G('11', '11')), 7],
  ['symmetryCount', symmetryCount(G('12', '34')), 0],
  ['choosePart', choosePart([G('12', '21'), G('31', '10'), G('20', '02')], 'least symmetric'), G('31', '10')],
  ['choosePart', choosePart([G('12', '34'), G('13', '24')], 'least symmetric'), undefined],
  ['splitInto', splitInto(G('1020', '0304'), 'into quarters'), [G('10'), G('20'), G('03'), G('04')]],
  ['splitInto', splitInto(G('15253', '05054'), 'along its separator lines'), [G('1', '0'), G('2', '0'), G('3', '4')]],
  ['splitInto', splitInto(G('1020', '0304'), 'along its separator lines'), null],
  // 2 over 1 over 3; the empty cell stays empty. Without 3 in the ranking, where it lies is unknown.
  ['overlayRanked', overlayRanked([G('130'), G('210'), G('300')], [2, 1, 3]), G('210')],
  ['overlayRanked', overlayRanked([G('130'), G('210'), G('300')], [2, 1]), null],
  // Parts two cells wide: the empty middle part is filled between two 1s and two 2s, and not where a 3 is in it.
  [
    'connectParts',
    connectParts(G('10500501', '55555555', '20500502'), 'horizontal'),
    G('10511501', '55555555', '20522502'),
  ],
  ['connectParts', connectParts(G('10530501'), 'horizontal'), null],
  [
    'connectParts',
    connectParts(G('10530501', '55555555', '00500500'), 'horizontal'),
    G('10530501', '55555555', '00500500'),
  ],
  ['connectParts', connectParts(G('10301'), 'horizontal'), null],
  // Down the longer side, with one-cell separator rows skipped: the empty third part copies the second.
  ['continueParts', continueParts(G('12', '55', '34', '55', '00'), 3, 'as it is'), G('12', '55', '34', '55', '34')],
  ['continueParts', continueParts(G('12', '00', '00'), 2, 'turned a half turn'), G('12', '00', '21')],
  ['continueParts', continueParts(G('12', '34'), 2, 'as it is'), null],
  ['equalRuns', equalRuns(11, 3), { starts: [0, 4, 8], size: 3 }],
  ['equalRuns', equalRuns(7, 3), { starts: [0, 2, 4], size: 2 }],
  ['equalRuns', equalRuns(2, 3), null],
  // An L of three cells in a 2 by 2 box at rows 1-2, columns 1-2: its corner is one cell, its side two.
  ['placeCells', placeCells(ell, 1), [[0, 0]]],
  [
    'placeCells',
    placeCells(ell, 5),
    [
      [1, 3],
      [2, 3],
    ],
  ],
  [
    'placeCells',
    placeCells(ell, 7),
    [
      [3, 1],
      [3, 2],
    ],
  ],
  [
    'placeCells',
    placeCells(ell, 0),
    [
      [1, 1],
      [2, 1],
      [2, 2],
    ],
  ],
  // On background 4: the 1s are two objects (joined by a corner only), the 2 is not a 1.
  ['stampedObjects', stampedObjects(G('1444', '4144', '4442'), 1, 4).length, 2],
  ['stampAround', stampAround(G('4444', '4144', '4442'), 1, { 2: 3, 8: 5 }, 4), G('4344', '4144', '4452')],
  ['stampAround', stampAround(G('44', '42'), 1, { 2: 3 }, 4), null],
  // On background 4: the pattern 1,2 over the one-coloured 2-cell object of 3, not over the L of 5.
  [
    'copyPattern',
    copyPattern(G('1244', '4444', '3344', '4445', '4555'), 'over every one-coloured object of its size', false, 4),
    G('1244', '4444', '1244', '4445', '4555'),
  ],
  ['copyPattern', copyPattern(G('1244', '4444', '4555'), 'over every one-coloured object of its size', false, 4), null],
  // The 3 by 3 pattern has a middle: the two lone cells are its targets, not the two-cell object.
  [
    'patternTargets',
    patternTargets(G('01000', '12100', '01000', '00088', '80000', '00080'), 'centred on every lone cell')?.targets.map(
      (o) => [o.top, o.left],
    ),
    [
      [4, 0],
      [5, 3],
    ],
  ],
  [
    'patternTargets',
    patternTargets(G('0100', '1210', '0000', '0008'), 'over every one-coloured object of its size'),
    null,
  ],
  // The row of 5s is a separator line: the pattern is the 1,2 pair above it, its target the 3s below.
  [
    'patternTargets',
    ((t) => t && [t.pattern.top, t.pattern.left, t.pattern.cells.length, t.targets.map((o) => [o.top, o.left])])(
      patternTargets(G('1200', '5555', '0033'), 'over every one-coloured object of its size'),
    ),
    [0, 0, 2, [[2, 2]]],
  ],
];
