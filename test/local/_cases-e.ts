/** Primitive test cases, part E: repeated content, symmetry counts. */
import { repeatContent } from '../../src/local/primitives/repeat.js';
import { symmetryCount } from '../../src/local/primitives/symmetry-count.js';
import { choosePart } from '../../src/local/primitives/split.js';
import { G } from './_meaning.js';

export const CASES_E: [string, unknown, unknown][] = [
  [
    'repeatContent',
    repeatContent(G('000', '100', '020', '000', '000'), 'up and down'),
    G('020', '100', '020', '100', '020'),
  ],
  ['repeatContent', repeatContent(G('0010'), 'left and right'), G('1111')],
  ['repeatContent', repeatContent(G('000', '000'), 'in every direction'), null],
  ['symmetryCount', symmetryCount(G('12', '21')), 3],
  ['symmetryCount', symmetryCount(G('11', '11')), 7],
  ['symmetryCount', symmetryCount(G('12', '34')), 0],
  ['choosePart', choosePart([G('12', '21'), G('31', '10'), G('20', '02')], 'least symmetric'), G('31', '10')],
  ['choosePart', choosePart([G('12', '34'), G('13', '24')], 'least symmetric'), undefined],
];
