/**
 * Step kinds whose new colour for a cell is read from its surroundings: the nearest other colour,
 * the box another colour spans, the number of the part it lies in, its place next to an object, or
 * the grid's pattern copied onto the placeholder it lies in.
 */
import { recolourInBoxOf } from '../primitives/in-box.js';
import { recolourToNearest } from '../primitives/nearest.js';
import { fillMostFilledParts, fillPartsByNumber } from '../primitives/part-colours.js';
import { copyPattern, PATTERN_PLACES, stampAround, type PatternPlace } from '../primitives/stamp.js';
import { colourArg, cmap, enumArg, num, opt, type StepDef } from './types.js';

export const CONTEXT_STEPS: readonly StepDef[] = [
  {
    name: 'recolour-nearest',
    template: 'Recolour each object of {c} with the colour of the nearest cell of another colour.',
    args: { c: colourArg },
    apply: (g, a) => recolourToNearest(g, num(a, 'c')),
  },
  {
    name: 'recolour-in-box',
    template: 'Recolour the cells of {from} inside the box spanned by {box} to {to}.',
    args: { from: colourArg, box: colourArg, to: colourArg },
    apply: (g, a) => recolourInBoxOf(g, num(a, 'from'), num(a, 'box'), num(a, 'to')),
  },
  {
    name: 'fill-parts-by-number',
    template: 'Fill the background of each part between separator lines by its number in reading order: {values}.',
    args: { values: { kind: 'sizemap' } },
    apply: (g, a) => fillPartsByNumber(g, cmap(a, 'values')),
  },
  {
    name: 'fill-most-filled-parts',
    template:
      'Fill the parts between separator lines that hold the most filled cells with their main colour and clear the other parts.',
    args: {},
    apply: (g) => fillMostFilledParts(g),
  },
  {
    name: 'stamp-around',
    template: 'Paint around every object of {c}, next to its box: {places}.',
    args: { c: colourArg, places: { kind: 'placemap' } },
    apply: (g, a) => stampAround(g, num(a, 'c'), cmap(a, 'places')),
  },
  {
    name: 'copy-pattern',
    template: 'Copy the object of several colours {place}, and {original} the original.',
    args: { place: enumArg(PATTERN_PLACES), original: enumArg(['keep', 'remove']) },
    apply: (g, a) => copyPattern(g, opt<PatternPlace>(a, 'place'), a.original === 'remove'),
  },
];
