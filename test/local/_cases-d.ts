/** Primitive test cases, part D: inner cells of shapes, the majority fill, lines in a chosen colour. */
import {
  extendEdges,
  fillWithMajority,
  linesThroughFilled,
  paintInterior,
} from '../../src/local/primitives/interior.js';
import { connectSameColour } from '../../src/local/primitives/lines.js';
import * as lists from '../../src/local/primitives/piece-lists.js';
import { filledNeighbours, recolourByNeighbours } from '../../src/local/primitives/neighbours.js';
import { selfTileWhere } from '../../src/local/primitives/scale.js';
import { outline } from '../../src/local/primitives/fill.js';
import { G } from './_meaning.js';

/** Colour 1 spans a 3 x 3 box in two objects; colours 2 and 3 are one cell each. */
const scene = G('102', '000', '301');

export const CASES_D: [string, unknown, unknown][] = [
  ['paintInterior', paintInterior(G('2220', '2220', '2220', '0000'), 5), G('2220', '2520', '2220', '0000')],
  ['paintInterior', paintInterior(G('222', '222'), 5), G('222', '222')],
  ['fillWithMajority', fillWithMajority(G('10', '12')), G('11', '11')],
  ['connectSameColour', connectSameColour(G('3003', '0000'), 'horizontal', 0, 7), G('3773', '0000')],
  ['pickLayer', lists.pickLayer(scene, 'span the largest box'), 1],
  ['pickLayer', lists.pickLayer(scene, 'form the most objects'), 1],
  ['pickLayer', lists.pickLayer(scene, 'span the smallest box'), undefined],
  ['pickLayer', lists.pickLayer(G('22', '03'), 'span the smallest box'), 3],
  ['equalParts', lists.equalParts(G('10501', '00520')), [G('10', '00'), G('01', '20')]],
  ['equalParts', lists.equalParts(G('105011', '005200')), null],
  // The object with two 5s has no one place to be laid at and is left out.
  ['stackOnAnchor', lists.stackOnAnchor(G('5100', '0000', '0515', '0000', '2500'), 5), G('251')],
  ['overlaySeparated', lists.overlaySeparated(G('11502', '00530'), true), G('11', '30')],
  ['overlayIntoParts', lists.overlayIntoParts(G('30500', '00504')), G('30530', '04504')],
  ['overlayIntoParts', lists.overlayIntoParts(G('12')), null],
  ['majorityOfParts', lists.majorityOfParts(G('1515150', '0505152')), G('1', '0')],
  ['selfTileWhere', selfTileWhere(G('30', '03'), (v) => v === 3), G('3000', '0300', '0030', '0003')],
  ['outline', outline(G('000', '100', '000', '002'), 7, 0, false, 1), G('700', '170', '700', '002')],
  ['linesThroughFilled', linesThroughFilled(G('000', '030'), 6, true, false), G('000', '636')],
  ['extendEdges', extendEdges(G('5')), G('050', '555', '050')],
  ['filledNeighbours', filledNeighbours(G('110', '010', '001'), 1, 1), 3],
  ['filledNeighbours', filledNeighbours(G('110', '010', '001'), 0, 0), 2],
  ['recolourByNeighbours', recolourByNeighbours(G('11', '01'), { 2: 4 }), G('44', '04')],
];
