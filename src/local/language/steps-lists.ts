/** Step kinds that treat the grid as a list of pieces: colour layers picked by a property, separated parts stacked or voted on. */
import { cropToColour } from '../primitives/crop.js';
import { keepColour } from '../primitives/colour.js';
import {
  LAYER_PROPERTIES,
  majorityOfParts,
  overlaySeparated,
  pickLayer,
  stackOnAnchor,
  type LayerProperty,
} from '../primitives/piece-lists.js';
import type { Colour, Grid } from '../../arc/grid.js';
import { colourArg, enumArg, num, opt, type Args, type StepDef } from './types.js';

const which = enumArg(LAYER_PROPERTIES);
/** Applies `f` with the colour the property picks, or null when none stands out. */
const withLayer = (f: (g: Grid, c: Colour) => Grid) => (g: Grid, a: Args) => {
  const c = pickLayer(g, opt<LayerProperty>(a, 'which'));
  return c === undefined ? null : f(g, c);
};

export const LIST_STEPS: readonly StepDef[] = [
  {
    name: 'stack-on-anchor',
    template: 'Lay the objects on top of each other with their cells of {c} at one place, and keep the box round them.',
    args: { c: colourArg },
    apply: (g, a) => stackOnAnchor(g, num(a, 'c')),
  },
  {
    name: 'crop-layer',
    template: 'Crop the grid to the colour whose cells {which}.',
    args: { which },
    apply: withLayer(cropToColour),
  },
  {
    name: 'keep-layer',
    template: 'Keep only the colour whose cells {which} and clear the rest.',
    args: { which },
    apply: withLayer(keepColour),
  },
  {
    name: 'overlay-separated-first',
    template:
      'Split the grid along its separator lines and lay the parts on top of each other with the first part on top.',
    args: {},
    apply: (g) => overlaySeparated(g, true),
  },
  {
    name: 'parts-majority',
    template: 'Split the grid along its separator lines and give each cell the colour most parts have there.',
    args: {},
    apply: (g) => majorityOfParts(g),
  },
];
