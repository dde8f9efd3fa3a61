/** Step kinds for symmetry, gravity, lines, filling and split grids. */
import {
  completeMirrorAnyAxis,
  mirrorAround,
  MIRROR_WAYS,
  type MirrorWays,
  completeSymmetry,
  completeTurn,
  mirrorLeftHalf,
  mirrorTopHalf,
  SYMMETRIES,
  TURNS,
  type Symmetry,
  type Turn,
} from '../primitives/symmetry.js';
import {
  DELTA,
  DIRECTIONS,
  gravity,
  moveColourUntilContact,
  objectGravity,
  slideTowards,
  type Direction,
} from '../primitives/gravity.js';
import {
  castAlongAll,
  castDashed,
  castRays,
  connectSameColour,
  fullLines,
  crossLines,
  diagonalRays,
  LINE_AXES,
  type LineAxis,
} from '../primitives/lines.js';
import {
  fillBoundingBoxes,
  fillEnclosed,
  fillEnclosedBySurrounding,
  fillEnclosedSquares,
  fillLargestEmptyRectangle,
  outline,
  recolourTouching,
  SPREAD_JOINS,
  spreadFrom,
  type SpreadJoin,
} from '../primitives/fill.js';
import {
  choosePart,
  combineMasks,
  MASK_OPS,
  overlay,
  PART_CHOICES,
  partsToCells,
  separatorLines,
  splitBySeparators,
  splitEqual,
  type MaskOp,
  type PartChoice,
} from '../primitives/split.js';
import { flipHorizontal, flipVertical, rotate180, rotate90, transpose } from '../primitives/geometry.js';
import { overlayWith } from '../primitives/scale.js';
import type { Grid } from '../../arc/grid.js';
import { completePeriodic, cutHoles } from '../primitives/pattern.js';
import { overlayIntoParts, overlaySeparated } from '../primitives/piece-lists.js';
import { colourArg, enumArg, intArg, num, opt, type StepDef } from './types.js';

const dir = enumArg(DIRECTIONS);
const COPIES: Record<string, (g: Grid) => Grid> = {
  'left-right mirror image': flipHorizontal,
  'top-bottom mirror image': flipVertical,
  'half-turned copy': rotate180,
  'transposed copy': transpose,
  'quarter-turned copy': rotate90,
};
const HALVES = ['side by side', 'one above the other'] as const;
const OPS: Record<string, MaskOp> = {
  'both halves are': 'both',
  'either half is': 'either',
  'exactly one half is': 'exactly one',
  'neither half is': 'neither',
  'only the first half is': 'only the first',
  'only the second half is': 'only the second',
};
const along = (a: string) => (a === 'side by side' ? 'across' : 'down') as 'across' | 'down';

export const PATTERN_STEPS: readonly StepDef[] = [
  {
    name: 'symmetry',
    template: 'Fill the cells of {c} so that the grid becomes {sym} symmetric.',
    args: { c: colourArg, sym: enumArg(SYMMETRIES) },
    apply: (g, a) => completeSymmetry(g, opt<Symmetry>(a, 'sym'), num(a, 'c')),
  },
  {
    name: 'symmetry-cut',
    template: 'Fill the cells of {c} so that the grid becomes {sym} symmetric and keep only the filled area.',
    args: { c: colourArg, sym: enumArg(SYMMETRIES) },
    apply: (g, a) => cutHoles(g, completeSymmetry(g, opt<Symmetry>(a, 'sym'), num(a, 'c')), num(a, 'c')),
  },
  {
    name: 'mirror-fill',
    template: 'Fill the cells of {c} by mirroring the picture {ways} around its own axis.',
    args: { c: colourArg, ways: enumArg(MIRROR_WAYS) },
    apply: (g, a) => completeMirrorAnyAxis(g, opt<MirrorWays>(a, 'ways'), num(a, 'c')),
  },
  {
    name: 'mirror-around',
    template: 'Fill the background by mirroring the picture {ways} around the middle of the cells of {c}.',
    args: { ways: enumArg(MIRROR_WAYS), c: colourArg },
    apply: (g, a) => mirrorAround(g, opt<MirrorWays>(a, 'ways'), num(a, 'c')),
  },
  {
    name: 'mirror-fill-cut',
    template:
      'Fill the cells of {c} by mirroring the picture {ways} around its own axis and keep only the filled area.',
    args: { c: colourArg, ways: enumArg(MIRROR_WAYS) },
    apply: (g, a) => cutHoles(g, completeMirrorAnyAxis(g, opt<MirrorWays>(a, 'ways'), num(a, 'c')), num(a, 'c')),
  },
  {
    name: 'periodic',
    template: 'Fill the cells of {c} by continuing the repeating pattern.',
    args: { c: colourArg },
    apply: (g, a) => completePeriodic(g, num(a, 'c')),
  },
  {
    name: 'periodic-cut',
    template: 'Fill the cells of {c} by continuing the repeating pattern and keep only the filled area.',
    args: { c: colourArg },
    apply: (g, a) => cutHoles(g, completePeriodic(g, num(a, 'c')), num(a, 'c')),
  },
  {
    name: 'overlay-mirror',
    template: 'Lay the {copy} of the grid over it.',
    args: { copy: enumArg(Object.keys(COPIES)) },
    apply: (g, a) => overlayWith(g, COPIES[opt(a, 'copy')]!),
  },
  {
    name: 'parts-to-cells',
    template: 'Shrink each part between separator lines to one cell of its main colour.',
    args: {},
    apply: (g) => (separatorLines(g).rows.length + separatorLines(g).cols.length ? partsToCells(g) : null),
  },
  {
    name: 'mirror-half',
    template: 'Copy the {which} half onto the other half as its mirror image.',
    args: { which: enumArg(['left', 'top']) },
    apply: (g, a) => (a.which === 'left' ? mirrorLeftHalf(g) : mirrorTopHalf(g)),
  },
  {
    name: 'gravity',
    template: 'Let every non-background cell fall {dir}.',
    args: { dir },
    apply: (g, a) => gravity(g, opt<Direction>(a, 'dir')),
  },
  {
    name: 'slide-objects',
    template: 'Slide every object {dir} until it touches something.',
    args: { dir },
    apply: (g, a) => objectGravity(g, opt<Direction>(a, 'dir')),
  },
  {
    name: 'slide-colour',
    template: 'Slide the objects of {c} {dir} until they touch something.',
    args: { c: colourArg, dir },
    apply: (g, a) => moveColourUntilContact(g, num(a, 'c'), opt<Direction>(a, 'dir')),
  },
  {
    name: 'slide-towards',
    template: 'Slide the objects of {c} towards {target} until they touch something.',
    args: { c: colourArg, target: colourArg },
    apply: (g, a) => slideTowards(g, num(a, 'c'), num(a, 'target')),
  },
  {
    name: 'connect',
    template: 'Join same-coloured cells in the same line with {axis} lines.',
    args: { axis: enumArg(LINE_AXES) },
    apply: (g, a) => connectSameColour(g, opt<LineAxis>(a, 'axis')),
  },
  {
    name: 'ray',
    template: 'From every cell of {c} draw a line {dir} until something is in the way.',
    args: { c: colourArg, dir },
    apply: (g, a) => castRays(g, num(a, 'c'), [opt<Direction>(a, 'dir')]),
  },
  {
    name: 'ray-all',
    template: 'From every non-background cell draw a line {dir} until something is in the way.',
    args: { dir },
    apply: (g, a) => castAlongAll(g, [DELTA[opt<Direction>(a, 'dir')]]),
  },
  {
    name: 'ray-all-dashed',
    template:
      "From every non-background cell draw a dashed line {dir} until something is in the way: {c} next to the cell, then the cell's own colour, and so on.",
    args: { dir, c: colourArg },
    apply: (g, a) => castDashed(g, DELTA[opt<Direction>(a, 'dir')], num(a, 'c')),
  },
  {
    name: 'line-all',
    template: 'Extend every non-background cell into a full {axis} line.',
    args: { axis: enumArg(['horizontal', 'vertical']) },
    apply: (g, a) =>
      castAlongAll(g, a.axis === 'horizontal' ? [DELTA.left, DELTA.right] : [DELTA.up, DELTA.down], 0, false),
  },
  {
    name: 'line-colour',
    template: 'Extend every cell of {c} into a full {axis} line.',
    args: { c: colourArg, axis: enumArg(['horizontal', 'vertical']) },
    apply: (g, a) => fullLines(g, num(a, 'c'), opt(a, 'axis')),
  },
  {
    name: 'ray-every-way',
    template: 'From every cell of {c} draw lines up, down, left and right until something is in the way.',
    args: { c: colourArg },
    apply: (g, a) => castRays(g, num(a, 'c'), ['up', 'down', 'left', 'right']),
  },
  {
    name: 'cross',
    template: 'Draw the whole row and column through every cell of {c}.',
    args: { c: colourArg },
    apply: (g, a) => crossLines(g, num(a, 'c')),
  },
  {
    name: 'diagonals',
    template: 'Draw both diagonals through every cell of {c}.',
    args: { c: colourArg },
    apply: (g, a) => diagonalRays(g, num(a, 'c')),
  },
  {
    name: 'fill-enclosed',
    template: 'Fill the enclosed background areas with {c}.',
    args: { c: colourArg },
    apply: (g, a) => fillEnclosed(g, num(a, 'c')),
  },
  {
    name: 'fill-enclosed-squares',
    template: 'Fill the enclosed background areas that are squares with {c}.',
    args: { c: colourArg },
    apply: (g, a) => fillEnclosedSquares(g, num(a, 'c')),
  },
  {
    name: 'fill-largest-empty-rectangle',
    template: 'Fill the largest rectangle of background cells at least two cells tall and wide with {c}.',
    args: { c: colourArg },
    apply: (g, a) => fillLargestEmptyRectangle(g, num(a, 'c')),
  },
  {
    name: 'fill-enclosed-own',
    template: 'Fill each enclosed background area with the colour around it.',
    args: {},
    apply: (g) => fillEnclosedBySurrounding(g),
  },
  {
    name: 'spread-colour',
    template: 'Spread {c} over every background cell it reaches across {joins}.',
    args: { c: colourArg, joins: enumArg(SPREAD_JOINS) },
    apply: (g, a) => spreadFrom(g, num(a, 'c'), opt<SpreadJoin>(a, 'joins')),
  },
  {
    name: 'outline',
    template: 'Surround every object with {c}.',
    args: { c: colourArg },
    apply: (g, a) => outline(g, num(a, 'c')),
  },
  {
    name: 'fill-boxes',
    template: "Fill the background inside each object's bounding box with {c}.",
    args: { c: colourArg },
    apply: (g, a) => fillBoundingBoxes(g, num(a, 'c')),
  },
  {
    name: 'recolour-touching',
    template: 'Recolour the cells of {from} that touch {near} to {to}.',
    args: { from: colourArg, near: colourArg, to: colourArg },
    apply: (g, a) => recolourTouching(g, num(a, 'from'), num(a, 'near'), num(a, 'to')),
  },
  {
    name: 'combine-halves',
    template: 'Split the grid into two halves {along} and paint {c} where {op} filled clearing the rest.',
    args: { along: enumArg(HALVES), c: colourArg, op: enumArg(Object.keys(OPS)) },
    apply: (g, a) => {
      const [x, y] = splitEqual(g, 2, along(opt(a, 'along')));
      return x && y ? combineMasks(x, y, OPS[opt(a, 'op')]!, num(a, 'c')) : null;
    },
  },
  {
    name: 'overlay-parts',
    template:
      'Split the grid into {n} equal parts {along} and lay them on top of each other with the {top} part on top.',
    args: { n: intArg, along: enumArg(HALVES), top: enumArg(['last', 'first']) },
    apply: (g, a) => {
      const parts = splitEqual(g, num(a, 'n'), along(opt(a, 'along')));
      return parts.length > 1 ? overlay(a.top === 'first' ? [...parts].reverse() : parts) : null;
    },
  },
  {
    name: 'overlay-separated',
    template: 'Split the grid along its separator lines and lay the parts on top of each other.',
    args: {},
    apply: (g) => overlaySeparated(g, false),
  },
  {
    name: 'overlay-into-parts',
    template:
      'Split the grid along its separator lines and paint every part with all the parts laid on top of each other.',
    args: {},
    apply: (g) => overlayIntoParts(g),
  },
  {
    name: 'choose-part',
    template: 'Split the grid along its separator lines and keep the {choice} part.',
    args: { choice: enumArg(PART_CHOICES) },
    apply: (g, a) => {
      const parts = splitBySeparators(g);
      return parts.length > 1 ? (choosePart(parts, opt<PartChoice>(a, 'choice')) ?? null) : null;
    },
  },
  {
    name: 'choose-equal-part',
    template: 'Split the grid into {n} equal parts {along} and keep the {choice} one.',
    args: { n: intArg, along: enumArg(HALVES), choice: enumArg(PART_CHOICES) },
    apply: (g, a) => {
      const parts = splitEqual(g, num(a, 'n'), along(opt(a, 'along')));
      return parts.length > 1 ? (choosePart(parts, opt<PartChoice>(a, 'choice')) ?? null) : null;
    },
  },
  {
    name: 'turn-fill',
    template: 'Fill the cells of {c} so that the picture maps onto itself under {turn} about its own centre.',
    args: { c: colourArg, turn: enumArg(TURNS) },
    apply: (g, a) => completeTurn(g, opt<Turn>(a, 'turn'), num(a, 'c')),
  },
];
