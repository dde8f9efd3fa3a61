/** Primitive test cases, part C: repeating patterns, off-centre mirrors and per-object properties. */
import * as pat from '../../src/local/primitives/pattern.js';
import * as prop from '../../src/local/primitives/properties.js';
import * as sym from '../../src/local/primitives/symmetry.js';
import { findObjects } from '../../src/local/primitives/objects.js';

const stripes = [[1, 2, 1, 2], [1, 0, 1, 2]];
const donut = [[3, 3, 3, 0, 4], [3, 0, 3, 0, 0], [3, 3, 3, 0, 4]];
const objs = findObjects(donut);
/** Mirror-symmetric about the line between columns 2 and 3 (not the centre), with one hole. */
const offset = [[5, 1, 2, 2, 1], [5, 3, 0, 4, 3]];

export const CASES_C: [string, unknown, unknown][] = [
  ['findPeriod', pat.findPeriod(stripes, 0), [1, 2]],
  ['completePeriodic', pat.completePeriodic(stripes, 0), [[1, 2, 1, 2], [1, 2, 1, 2]]],
  ['cutHoles', pat.cutHoles(stripes, pat.completePeriodic(stripes, 0), 0), [[2]]],
  ['holeCount', objs.map(prop.holeCount), [1, 0, 0]],
  ['sizeRanks', prop.sizeRanks(objs), [1, 2, 2]],
  ['objectProperties', prop.objectProperties(objs, 'height'), [3, 1, 1]],
  ['recolourByProperty', prop.recolourByProperty(donut, 'number of holes', { 1: 6, 0: 7 })[0], [6, 6, 6, 0, 7]],
  ['bestMirrorAxis', sym.bestMirrorAxis(offset, 'cols'), 5],
  ['completeMirrorAnyAxis', sym.completeMirrorAnyAxis(offset, 'left-right')[1], [5, 3, 4, 4, 3]],
];
