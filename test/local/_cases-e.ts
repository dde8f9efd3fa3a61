/** Primitive test cases, part E: repeated content. */
import { repeatContent } from '../../src/local/primitives/repeat.js';
import { G } from './_meaning.js';

export const CASES_E: [string, unknown, unknown][] = [
  [
    'repeatContent',
    repeatContent(G('000', '100', '020', '000', '000'), 'up and down'),
    G('020', '100', '020', '100', '020'),
  ],
  ['repeatContent', repeatContent(G('0010'), 'left and right'), G('1111')],
  ['repeatContent', repeatContent(G('000', '000'), 'in every direction'), null],
];
