/** Step kinds that fill whole regions: the inside of shapes, the box each colour spans, the whole grid, and lines of a chosen colour between cells. */
import { extendEdges, fillWithMajority, linesThroughFilled, paintInterior } from '../primitives/interior.js';
import { fits } from './_guard.js';
import { fillColourBoxes } from '../primitives/fill.js';
import { recolourByNeighbours } from '../primitives/neighbours.js';
import { connectSameColour, LINE_AXES, type LineAxis } from '../primitives/lines.js';
import { cmap, colourArg, enumArg, num, opt, type StepDef } from './types.js';

const THROUGH = ['rows', 'columns', 'rows and columns'] as const;

export const FILL_STEPS: readonly StepDef[] = [
  {
    name: 'paint-inside',
    template: 'Recolour every filled cell whose eight neighbours are all filled to {c}.',
    args: { c: colourArg },
    apply: (g, a) => paintInterior(g, num(a, 'c')),
  },
  {
    name: 'fill-colour-boxes',
    template: 'Fill the background inside the box spanned by each colour with that colour.',
    args: {},
    apply: (g) => fillColourBoxes(g),
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
  {
    name: 'lines-through',
    template: 'Paint {c} over the background along the {axis} through every non-background cell.',
    args: { axis: enumArg(THROUGH), c: colourArg },
    apply: (g, a) => linesThroughFilled(g, num(a, 'c'), a.axis !== 'columns', a.axis !== 'rows'),
  },
  {
    name: 'extend-edges',
    template: 'Add a border of one cell that repeats the edge cell next to it, leaving the corners empty.',
    args: {},
    apply: (g) => (fits(g, 1, 1, 2) ? extendEdges(g) : null),
  },
  {
    name: 'recolour-by-neighbours',
    template: 'Recolour each filled cell by how many of its eight neighbours are filled: {values}.',
    args: { values: { kind: 'sizemap' } },
    apply: (g, a) => recolourByNeighbours(g, cmap(a, 'values')),
  },
];
