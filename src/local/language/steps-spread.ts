/**
 * Step kinds that spread what is there over the grid whatever its colours: lines through every
 * filled cell, and the content repeated with its own period. They serve tasks whose colours differ
 * from pair to pair, where a step naming a colour fits one pair only.
 */
import { castAlongAll, DIAGONALS } from '../primitives/lines.js';
import { DELTA } from '../primitives/gravity.js';
import { REPEAT_WAYS, repeatContent, type RepeatWay } from '../primitives/repeat.js';
import { enumArg, opt, type StepDef } from './types.js';

export const SPREAD_STEPS: readonly StepDef[] = [
  {
    name: 'diagonals-all',
    template: 'Draw both diagonals through every non-background cell.',
    args: {},
    apply: (g) => castAlongAll(g, DIAGONALS, 0, false),
  },
  {
    name: 'cross-all',
    template: 'Draw the whole row and column through every non-background cell.',
    args: {},
    apply: (g) => castAlongAll(g, [DELTA.up, DELTA.down, DELTA.left, DELTA.right], 0, false),
  },
  {
    name: 'repeat-content',
    template: 'Repeat the band holding the content {way} to fill the grid.',
    args: { way: enumArg(REPEAT_WAYS) },
    apply: (g, a) => repeatContent(g, opt<RepeatWay>(a, 'way')),
  },
];
