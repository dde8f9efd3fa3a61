/** Primitive test cases, part D: inner cells of shapes, the majority fill, lines in a chosen colour. */
import { fillWithMajority, paintInterior } from '../../src/local/primitives/interior.js';
import { connectSameColour } from '../../src/local/primitives/lines.js';
import { G } from './_meaning.js';

export const CASES_D: [string, unknown, unknown][] = [
  ['paintInterior', paintInterior(G('2220', '2220', '2220', '0000'), 5), G('2220', '2520', '2220', '0000')],
  ['paintInterior', paintInterior(G('222', '222'), 5), G('222', '222')],
  ['fillWithMajority', fillWithMajority(G('10', '12')), G('11', '11')],
  ['connectSameColour', connectSameColour(G('3003', '0000'), 'horizontal', 0, 7), G('3773', '0000')],
];
