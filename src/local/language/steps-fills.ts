/** Step kinds that fill whole regions: the inside of shapes, the whole grid, and lines of a chosen colour between cells. */
import { fillWithMajority, paintInterior } from '../primitives/interior.js';
import { connectSameColour, LINE_AXES, type LineAxis } from '../primitives/lines.js';
import { colourArg, enumArg, num, opt, type StepDef } from './types.js';

export const FILL_STEPS: readonly StepDef[] = [
  {
    name: 'paint-inside',
    template: 'Recolour every filled cell whose eight neighbours are all filled to {c}.',
    args: { c: colourArg },
    apply: (g, a) => paintInterior(g, num(a, 'c')),
  },
  {
    name: 'fill-majority',
    template: 'Paint every cell with the most frequent colour of the grid.',
    args: {},
    apply: (g) => fillWithMajority(g),
  },
  {
    name: 'connect-with',
    template: 'Join same-coloured cells in the same line with {axis} lines of {c}.',
    args: { axis: enumArg(LINE_AXES), c: colourArg },
    apply: (g, a) => connectSameColour(g, opt<LineAxis>(a, 'axis'), 0, num(a, 'c')),
  },
];
