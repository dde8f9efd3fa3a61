/** Step kinds that find objects and act on one of them or on all of them. */
import {
  boundingBoxOf,
  eraseObjects,
  findObjects,
  objectGrid,
  onlyObjects,
  paintObjects,
} from '../primitives/objects.js';
import { SELECTORS, selectObject, withColour, type Selector } from '../primitives/select.js';
import * as count from '../primitives/count.js';
import { mostFrequentColour } from '../primitives/colour.js';
import { PROPERTIES, recolourByProperty, type Property } from '../primitives/properties.js';
import { OBJECT_KINDS, OBJECT_OR_AREA_KINDS, objectOptions } from './_objects-phrase.js';
import { colourArg, enumArg, intArg, num, opt, type Args, type StepDef } from './types.js';
import type { Grid } from '../../arc/grid.js';

const sel = enumArg(SELECTORS),
  objs = enumArg(OBJECT_KINDS),
  objsOrAreas = enumArg(OBJECT_OR_AREA_KINDS);
/** The chosen object, or undefined. */
const chosen = (g: Grid, a: Args) =>
  selectObject(findObjects(g, objectOptions(opt(a, 'objs'))), opt<Selector>(a, 'sel'));
/** Applies `f` to the chosen object, or null when there is none. */
const withChosen = (f: (g: Grid, o: NonNullable<ReturnType<typeof chosen>>, a: Args) => Grid) => (g: Grid, a: Args) => {
  const o = chosen(g, a);
  return o ? f(g, o, a) : null;
};

export const OBJECT_STEPS: readonly StepDef[] = [
  {
    name: 'crop-object',
    template: 'Crop the grid to the {sel} object {objs}.',
    args: { sel, objs },
    apply: withChosen((g, o) => boundingBoxOf(g, o)),
  },
  {
    name: 'crop-containing',
    template: 'Crop the grid to the object {objs} that contains {c}.',
    args: { objs, c: colourArg },
    apply: (g, a) => {
      const o = withColour(findObjects(g, objectOptions(opt(a, 'objs'))), num(a, 'c'))[0];
      return o ? boundingBoxOf(g, o) : null;
    },
  },
  {
    name: 'cut-object',
    template: 'Cut out the {sel} object {objs} on its own.',
    args: { sel, objs },
    apply: withChosen((_g, o) => objectGrid(o)),
  },
  {
    name: 'keep-object',
    template: 'Keep only the {sel} object {objs} and clear the rest.',
    args: { sel, objs },
    apply: withChosen((g, o) => onlyObjects(g, [o])),
  },
  {
    name: 'remove-object',
    template: 'Remove the {sel} object {objs}.',
    args: { sel, objs },
    apply: withChosen((g, o) => eraseObjects(g, [o])),
  },
  {
    name: 'recolour-object',
    template: 'Recolour the {sel} object {objs} to {c}.',
    args: { sel, objs: objsOrAreas, c: colourArg },
    apply: withChosen((g, o, a) => paintObjects(g, [o], num(a, 'c'))),
  },
  {
    name: 'remove-small',
    template: 'Remove the objects {objs} smaller than {n} cells.',
    args: { objs, n: intArg },
    apply: (g, a) => count.removeSmallObjects(g, num(a, 'n'), objectOptions(opt(a, 'objs'))),
  },
  {
    name: 'recolour-by',
    template: 'Recolour the objects {objs} by {prop}: {values}.',
    args: { objs, prop: enumArg(PROPERTIES), values: { kind: 'sizemap' } },
    apply: (g, a) =>
      recolourByProperty(
        g,
        opt<Property>(a, 'prop'),
        a.values as Record<number, number>,
        objectOptions(opt(a, 'objs')),
      ),
  },
  {
    name: 'recolour-extremes',
    template: 'Recolour the largest objects {objs} to {big} and the smallest to {small}.',
    args: { objs: objsOrAreas, big: colourArg, small: colourArg },
    apply: (g, a) => count.recolourExtremes(g, num(a, 'big'), num(a, 'small'), objectOptions(opt(a, 'objs'))),
  },
  {
    name: 'recolour-repeated',
    template: 'Recolour every object {objs} whose shape appears more than once to {c}.',
    args: { objs, c: colourArg },
    apply: (g, a) => count.recolourRepeatedShapes(g, num(a, 'c'), objectOptions(opt(a, 'objs'))),
  },
  {
    name: 'denoise-colour',
    template: 'Replace every cell of {c} by the most common colour around it.',
    args: { c: colourArg },
    apply: (g, a) => count.replaceByNeighbours(g, num(a, 'c')),
  },
  {
    name: 'denoise-row-column',
    template:
      'Replace every cell of {c} by the colour beside it both in its row and in its column, or else background.',
    args: { c: colourArg },
    apply: (g, a) => count.replaceByRowAndColumn(g, num(a, 'c')),
  },
  {
    name: 'object-colour',
    template: 'Output one cell of the colour of the {sel} object {objs}.',
    args: { sel, objs },
    apply: withChosen((_g, o) => [[o.colour]]),
  },
  {
    name: 'denoise',
    template: 'Replace every cell by the most common colour around it.',
    args: {},
    apply: (g) => count.majorityFilter(g),
  },
  {
    name: 'count-objects',
    template: 'Output a row with one cell of {c} per object {objs}.',
    args: { c: colourArg, objs },
    apply: (g, a) => count.barOfLength(findObjects(g, objectOptions(opt(a, 'objs'))).length, num(a, 'c')),
  },
  {
    name: 'count-objects-own',
    template: 'Output a row with one cell per object {objs} in the most common object colour.',
    args: { objs },
    apply: (g, a) =>
      count.barOfLength(findObjects(g, objectOptions(opt(a, 'objs'))).length, mostFrequentColour(g, [0])),
  },
  {
    name: 'count-colours',
    template: 'Output a row with one cell of {c} per colour used.',
    args: { c: colourArg },
    apply: (g, a) => count.barOfLength(count.countColours(g), num(a, 'c')),
  },
  {
    name: 'count-into',
    template: 'Output a {h} by {w} grid filling one cell of {c} per object {objs} in reading order.',
    args: { h: intArg, w: intArg, c: colourArg, objs },
    apply: (g, a) =>
      count.countToGrid(findObjects(g, objectOptions(opt(a, 'objs'))).length, num(a, 'h'), num(a, 'w'), num(a, 'c')),
  },
  {
    name: 'count-cells',
    template: 'Output a row with one cell of the main colour per non-background cell.',
    args: {},
    apply: (g) => count.barOfLength(g.flat().filter((v) => v !== 0).length, mostFrequentColour(g, [0])),
  },
  {
    name: 'colour-order',
    template: 'List the colours in the order they first appear {order}.',
    args: {
      order: enumArg([
        'from left to right as a row',
        'from top to bottom as a row',
        'as a row or column following the direction they change in',
      ]),
    },
    apply: (g, a) => {
      const across =
        a.order === 'from left to right as a row' ||
        (a.order !== 'from top to bottom as a row' && new Set(g[0]).size > 1);
      const cs = count.coloursInOrder(g, across ? 'across' : 'down');
      return !cs.length
        ? null
        : opt(a, 'order').startsWith('as a row or column') && !across
          ? cs.map((c) => [c])
          : [cs];
    },
  },
  {
    name: 'colour-list',
    template: 'List the colours from most to least frequent as a column.',
    args: {},
    apply: (g) => count.colourHistogramColumn(g),
  },
];
