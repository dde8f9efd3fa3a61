/**
 * Hand-computed cases for the sentences that spread content over the grid whatever its colours. Each
 * scene has two colours whose drawings meet, so the order they are drawn in (lower colour first,
 * later drawings only over background) shows; the repeat scene's band is off-centre, so the phase of
 * the repetition shows, and each way gives another grid.
 */
import { G, type MeaningCase } from './_meaning.js';

const band = G('0000', '0120', '0000', '0000');

export const SPREAD_CASES: readonly MeaningCase[] = [
  [
    'Draw both diagonals through every non-background cell.',
    G('00000', '02000', '00000', '00030', '00000'),
    G('20200', '02000', '20203', '00030', '00302'),
  ],
  ['Draw both diagonals through every non-background cell.', G('00', '00'), G('00', '00')],
  [
    'Draw the whole row and column through every non-background cell.',
    G('000', '020', '000', '003'),
    G('023', '222', '023', '323'),
  ],
  ['Repeat the band holding the content up and down to fill the grid.', band, G('0120', '0120', '0120', '0120')],
  ['Repeat the band holding the content left and right to fill the grid.', band, G('0000', '2121', '0000', '0000')],
  ['Repeat the band holding the content in every direction to fill the grid.', band, G('2121', '2121', '2121', '2121')],
  ['Repeat the band holding the content up and down to fill the grid.', G('00', '00'), null],
];
