/** Step kinds that act on the cells of one chosen colour: surround them, or put a copy of the whole grid in their place. */
import { height, width, type Grid } from '../../arc/grid.js';
import { leastFrequentColour, mostFrequentColour } from '../primitives/colour.js';
import { outline } from '../primitives/fill.js';
import { selfTileWhere } from '../primitives/scale.js';
import { fits } from './_guard.js';
import { colourArg, enumArg, num, type StepDef } from './types.js';

/** The grid with a copy of itself on every cell of `colour` and blank blocks elsewhere, when that fits. */
const tileOn = (g: Grid, colour: number): Grid | null =>
  fits(g, height(g), width(g)) ? selfTileWhere(g, (v) => v === colour) : null;

export const PER_COLOUR_STEPS: readonly StepDef[] = [
  {
    name: 'outline-colour',
    template: 'Surround every cell of {c} with {to}.',
    args: { c: colourArg, to: colourArg },
    apply: (g, a) => outline(g, num(a, 'to'), 0, true, num(a, 'c')),
  },
  {
    name: 'self-tile-colour',
    template: 'Replace every cell of {c} with a copy of the whole grid and the others with empty blocks.',
    args: { c: colourArg },
    apply: (g, a) => tileOn(g, num(a, 'c')),
  },
  {
    name: 'self-tile-ranked',
    template:
      'Replace every cell of the {which} non-background colour with a copy of the whole grid and the others with empty blocks.',
    args: { which: enumArg(['most frequent', 'least frequent']) },
    apply: (g, a) => tileOn(g, a.which === 'most frequent' ? mostFrequentColour(g, [0]) : leastFrequentColour(g, [0])),
  },
];
