/** Primitive test cases: whole rows and columns, the grid as a canvas, rays along any step, single-cell moves, object halves. */
import {
  castAlong,
  castAlongAll,
  castDashed,
  continueLines,
  cornerRays,
  extendDiagonalTails,
  raysTo,
} from '../../src/local/primitives/lines.js';
import {
  keepMiddleLine,
  completeLikeFullLine,
  paintEmptyLines,
  paintLinesByMajority,
  recolourEveryNth,
  recolourFromLineEnd,
} from '../../src/local/primitives/rows-columns.js';
import { fillBetweenCorners, joinWithBend } from '../../src/local/primitives/corner-marks.js';
import { diagonalRaysAll, growCanvas, overlayCorners } from '../../src/local/primitives/canvas.js';
import {
  centreOn,
  lineUpWith,
  moveByOwnLength,
  moveToOwnLine,
  nudgeTowards,
} from '../../src/local/primitives/nudge.js';
import { paintObjectHalves } from '../../src/local/primitives/object-halves.js';
import { G } from './_meaning.js';

/** Colour 5 cells keyed by colours along every edge. */
const keyed = G('0120', '3558', '0559', '4670');

export const CASES_LINES_CANVAS: [string, unknown, unknown][] = [
  ['castAlong', castAlong(G('1000', '0020'), 1, [[1, 1]]), G('1000', '0120')],
  ['castAlong', castAlong(G('1020'), 1, [[0, 1]], 0, false), G('1121')],
  ['castAlongAll', castAlongAll(G('100', '000', '002'), [[1, 1]]), G('100', '010', '002')],
  ['castAlongAll', castAlongAll(G('10', '02'), [[0, -1]]), G('10', '22')],
  ['castDashed', castDashed(G('100003'), [0, 1], 5), G('151513')],
  // The 2 meets both 1s at corners and runs away from each (up-left, down-left); each 1 runs away from the 2.
  [
    'extendDiagonalTails',
    extendDiagonalTails(G('0000', '0010', '0200', '0010', '0000')),
    G('0001', '2010', '0200', '2010', '0001'),
  ],
  ['extendDiagonalTails', extendDiagonalTails(G('000', '020', '000')), G('000', '020', '000')],
  ['castDashed', castDashed(G('200', '000', '000'), [1, 1], 4), G('200', '040', '002')],
  ['castDashed', castDashed(G('500', '000'), [0, 1], 5), G('500', '000')],
  ['continueLines', continueLines(G('1001000000'), 'horizontal'), G('1001001001')],
  ['continueLines', continueLines(G('0008340000'), 'horizontal'), G('8348348348')],
  ['continueLines', continueLines(G('0500', '0000', '0000'), 'vertical'), G('0500', '0000', '0000')],
  ['continueLines', continueLines(G('1434444'), 'horizontal', 4), G('1431431')],
  ['continueLines', continueLines(G('120', '004', '005'), 'vertical'), G('125', '004', '005')],
  ['continueLines', continueLines(G('120', '004', '005'), 'horizontal and vertical'), G('121', '004', '005')],
  // Towards 3 along rows only: the 1 reaches the 3 at its row's end; the 4 under that 3 is in its column, not its row.
  [
    'raysTo',
    raysTo(G('00300', '10003', '00004'), 3, [
      [0, 1],
      [0, -1],
    ]),
    G('00300', '11113', '00004'),
  ],
  // The 2 is in line with the 3 only past the 1, so only the 1 draws.
  ['raysTo', raysTo(G('20103'), 3, [[0, 1]]), G('20113')],
  // The open corner (2, 2) stays empty; the line starts past it and runs to the edge.
  ['cornerRays', cornerRays(G('0000', '0110', '0100', '0000')), G('0000', '0110', '0100', '0001')],
  // On background 5 the line stops at the 3 in its way.
  [
    'cornerRays',
    cornerRays(G('55555', '51155', '51555', '55535', '55555'), 5),
    G('55555', '51155', '51555', '55535', '55555'),
  ],
  [
    'cornerRays',
    cornerRays(G('55555', '51155', '51555', '55555', '55553'), 5),
    G('55555', '51155', '51555', '55515', '55553'),
  ],
  // Painting the hit cell: the 2 is blocked by the 1, the 1 runs into the 3 and paints it.
  ['raysTo', raysTo(G('20103'), 3, [[0, 1]], 0, 'hit'), G('20101')],
  ['raysTo', raysTo(G('41', '44', '43'), 3, [[1, 0]], 4), G('41', '41', '43')],
  ['keepMiddleLine', keepMiddleLine(G('123', '456', '789'), 'column'), G('020', '050', '080')],
  ['keepMiddleLine', keepMiddleLine(G('123', '456', '789'), 'row'), G('000', '456', '000')],
  ['keepMiddleLine', keepMiddleLine(G('12', '34'), 'column'), null],
  ['keepMiddleLine', keepMiddleLine(G('101', '101'), 'column'), null],
  ['completeLikeFullLine', completeLikeFullLine(G('1212', '3000'), 'row'), G('1212', '3030')],
  // Nothing to complete: no partly filled row, or none the full row can be renamed into.
  ['completeLikeFullLine', completeLikeFullLine(G('1212', '0000'), 'row'), null],
  ['completeLikeFullLine', completeLikeFullLine(G('1212', '3300'), 'row'), null],
  ['paintEmptyLines', paintEmptyLines(G('100', '000', '001'), 'rows', 5), G('100', '555', '001')],
  ['paintEmptyLines', paintEmptyLines(G('100', '000', '001'), 'rows and columns', 5), G('150', '555', '051')],
  ['paintEmptyLines', paintEmptyLines(G('12', '34'), 'columns', 5), null],
  ['recolourFromLineEnd', recolourFromLineEnd(keyed, 5, 'left end of its row'), G('0120', '3338', '0559', '4670')],
  ['recolourFromLineEnd', recolourFromLineEnd(keyed, 5, 'bottom of its column'), G('0120', '3678', '0679', '4670')],
  ['recolourFromLineEnd', recolourFromLineEnd(G('050'), 5, 'left end of its row'), null],
  ['growCanvas', growCanvas(G('12'), 2, 1, 'top left'), G('12', '00')],
  ['growCanvas', growCanvas(G('12'), 1, 2, 'bottom right'), G('0012')],
  ['overlayCorners', overlayCorners(G('1002', '0300', '0045'), 2, 2), G('12', '43')],
  ['overlayCorners', overlayCorners(G('12'), 1, 1), G('1')],
  ['overlayCorners', overlayCorners(G('12'), 2, 1), null],
  ['diagonalRaysAll', diagonalRaysAll(G('000', '010', '000'), 'up and left'), G('100', '010', '000')],
  ['diagonalRaysAll', diagonalRaysAll(G('000', '010', '000'), 'down and left'), G('000', '010', '100')],
  ['nudgeTowards', nudgeTowards(G('3000', '0000', '0004'), 3, 4), G('0000', '0300', '0004')],
  ['nudgeTowards', nudgeTowards(G('34'), 3, 4), null],
  // No full line of any colour: every cell is cleared.
  ['moveToOwnLine', moveToOwnLine(G('10', '02')), G('00', '00')],
  ['moveByOwnLength', moveByOwnLength(G('110', '000', '000'), 'down'), G('000', '110', '000')],
  ['moveByOwnLength', moveByOwnLength(G('110', '000', '000', '000'), 'right'), null],
  ['moveByOwnLength', moveByOwnLength(G('000', '000'), 'down'), null],
  [
    'moveByOwnLength',
    moveByOwnLength(G('10', '10', '02', '00'), 'down', { diagonal: true }),
    G('00', '00', '10', '12'),
  ],
  ['nudgeTowards', nudgeTowards(G('3000'), 3, 4), null],
  ['paintObjectHalves', paintObjectHalves(G('2000', '2033', '2033'), 'bottom', 8), G('2000', '2033', '8088')],
  ['paintObjectHalves', paintObjectHalves(G('2000', '2033', '2033'), 'left', 8), G('2000', '2083', '2083')],
  ['paintObjectHalves', paintObjectHalves(G('2'), 'top', 8), null],
  ['recolourEveryNth', recolourEveryNth(G('4444', '4044'), 'column', 3, 4, 6), G('6446', '6046')],
  ['paintLinesByMajority', paintLinesByMajority(G('12', '21'), 'row'), G('11', '11')],
  ['paintLinesByMajority', paintLinesByMajority(G('11', '22'), 'row'), null],
  [
    'paintLinesByMajority',
    paintLinesByMajority(G('12', '12'), 'row or every column (whichever changes fewer cells)'),
    null,
  ],
  [
    'paintLinesByMajority',
    paintLinesByMajority(G('13', '12'), 'row or every column (whichever changes fewer cells)'),
    G('12', '12'),
  ],
  ['recolourEveryNth', recolourEveryNth(G('4444', '4044', '4444'), 'row', 2, 4, 6), G('6666', '4044', '6666')],
  ['recolourEveryNth', recolourEveryNth(G('0444'), 'column', 3, 4, 6), G('0446')],
  ['recolourEveryNth', recolourEveryNth(G('0440'), 'column', 3, 4, 6), null],
  ['fillBetweenCorners', fillBetweenCorners(G('10001', '00000', '10001'), 1, 2), G('10001', '02220', '10001')],
  ['fillBetweenCorners', fillBetweenCorners(G('10001', '00000', '00100', '00000', '10001'), 1, 2), null],
  ['joinWithBend', joinWithBend(G('2000', '0000', '0003'), 2, 3, 'across', 8), G('2888', '0008', '0003')],
  ['joinWithBend', joinWithBend(G('2003', '0000', '3000'), 2, 3, 'across', 8), G('2003', '8000', '3000')],
  ['joinWithBend', joinWithBend(G('2000'), 2, 3, 'across', 8), null],
  [
    'centreOn',
    centreOn(G('30203', '00000', '00000', '00000', '30003'), 2, 3),
    G('30003', '00000', '00200', '00000', '30003'),
  ],
  ['centreOn', centreOn(G('3003', '0000', '0220', '3003'), 2, 3), null],
  // On background 4: the 2 and the 3 (touching by a corner, but of two colours: two objects) each move up level with the 1.
  ['lineUpWith', lineUpWith(G('1444', '4442', '4434'), 1, 'top', 4), G('1432', '4444', '4444')],
  ['lineUpWith', lineUpWith(G('1424'), 1, 'top', 4), null],
];
