/** Step kinds that change the grid's shape: cropping, padding, scaling, tiling, mirroring outwards. */
import * as crop from '../primitives/crop.js';
import { rotate180, rotate270, rotate90 } from '../primitives/geometry.js';
import * as sc from '../primitives/scale.js';
import { isAcross, SIDES, type Side } from '../primitives/scale.js';
import { height, width } from '../../arc/grid.js';
import { fits } from './_guard.js';
import { countColours, countObjects } from '../primitives/count.js';
import { leastFrequentColour, mostFrequentColour } from '../primitives/colour.js';
import { continuePattern, findPeriod } from '../primitives/pattern.js';
import { colourArg, enumArg, intArg, num, opt, type StepDef } from './types.js';

const mirrors = {
  'to the right of': sc.mirrorRight,
  below: sc.mirrorDown,
  'to the left of': sc.mirrorLeft,
  above: sc.mirrorUp,
};

export const SHAPE_STEPS: readonly StepDef[] = [
  {
    name: 'crop-content',
    template: 'Crop the grid to its non-background cells.',
    args: {},
    apply: (g) => crop.cropToContent(g),
  },
  {
    name: 'crop-colour',
    template: 'Crop the grid to the cells of {c}.',
    args: { c: colourArg },
    apply: (g, a) => crop.cropToColour(g, num(a, 'c')),
  },
  {
    name: 'crop-ranked-colour',
    template: 'Crop the grid to the cells of the {which} non-background colour.',
    args: { which: enumArg(['most frequent', 'least frequent']) },
    apply: (g, a) =>
      crop.cropToColour(g, a.which === 'most frequent' ? mostFrequentColour(g, [0]) : leastFrequentColour(g, [0])),
  },
  {
    name: 'crop-fixed',
    template: 'Keep the {h} by {w} block whose top-left cell is at row {r} and column {c}, counting from 0.',
    args: { h: intArg, w: intArg, r: intArg, c: intArg },
    apply: (g, a) =>
      num(a, 'r') + num(a, 'h') <= height(g) && num(a, 'c') + num(a, 'w') <= width(g)
        ? crop.crop(g, num(a, 'r'), num(a, 'c'), num(a, 'h'), num(a, 'w'))
        : null,
  },
  {
    name: 'crop-inside',
    template: 'Crop the grid to the inside of the {c} frame.',
    args: { c: colourArg },
    apply: (g, a) => crop.cropInsideColour(g, num(a, 'c')),
  },
  { name: 'trim', template: 'Remove the outer border of the grid.', args: {}, apply: (g) => crop.trimBorder(g) },
  {
    name: 'pad',
    template: 'Add a border of {n} cells of {c} around the grid.',
    args: { n: intArg, c: colourArg },
    apply: (g, a) => (fits(g, 1, 1, 2 * num(a, 'n')) ? crop.pad(g, num(a, 'n'), num(a, 'c')) : null),
  },
  {
    name: 'half',
    template: 'Keep the {which} half of the grid.',
    args: { which: enumArg(['top', 'bottom', 'left', 'right']) },
    apply: (g, a) => crop.half(g, opt(a, 'which')),
  },
  {
    name: 'quarter',
    template: 'Keep the {v} {h} quarter of the grid.',
    args: { v: enumArg(['top', 'bottom']), h: enumArg(['left', 'right']) },
    apply: (g, a) => crop.quarter(g, opt(a, 'v'), opt(a, 'h')),
  },
  {
    name: 'dedupe',
    template: 'Merge repeated neighbouring rows and columns into one.',
    args: {},
    apply: (g) => crop.dedupeLines(g),
  },
  {
    name: 'border',
    template: "Draw a border of {c} along the grid's edge.",
    args: { c: colourArg },
    apply: (g, a) => crop.drawBorder(g, num(a, 'c')),
  },
  {
    name: 'scale-up',
    template: 'Scale the grid up {f} times.',
    args: { f: intArg },
    apply: (g, a) => (fits(g, num(a, 'f'), num(a, 'f')) ? sc.scaleUp(g, num(a, 'f')) : null),
  },
  {
    name: 'stretch',
    template: 'Stretch the grid {fy} times downwards and {fx} times across.',
    args: { fy: intArg, fx: intArg },
    apply: (g, a) => (fits(g, num(a, 'fy'), num(a, 'fx')) ? sc.scaleUp(g, num(a, 'fy'), num(a, 'fx')) : null),
  },
  {
    name: 'scale-by-count',
    template: 'Scale the grid up as many times as it has {what}.',
    args: { what: enumArg(['colours', 'non-background cells', 'objects']) },
    apply: (g, a) => {
      const n =
        a.what === 'colours'
          ? countColours(g)
          : a.what === 'objects'
            ? countObjects(g)
            : g.flat().filter((v) => v !== 0).length;
      return n > 0 && fits(g, n, n) ? sc.scaleUp(g, n) : null;
    },
  },
  {
    name: 'motif',
    template: 'Cut out one copy of the repeating pattern.',
    args: {},
    apply: (g) => {
      const p = findPeriod(g);
      return p ? crop.crop(g, 0, 0, p[0], p[1]) : null;
    },
  },
  {
    name: 'scale-down',
    template: 'Shrink the grid {f} times, each block becoming one cell.',
    args: { f: intArg },
    apply: (g, a) => (num(a, 'f') >= 1 ? sc.scaleDown(g, num(a, 'f')) : null),
  },
  {
    name: 'shrink-blocks',
    template: 'Shrink the grid to one cell per block of repeated rows and columns.',
    args: {},
    apply: (g) => sc.shrinkBlocks(g),
  },
  {
    name: 'tile',
    template: 'Tile the grid {ny} times down and {nx} times across.',
    args: { ny: intArg, nx: intArg },
    apply: (g, a) => (fits(g, num(a, 'ny'), num(a, 'nx')) ? sc.tile(g, num(a, 'ny'), num(a, 'nx')) : null),
  },
  {
    name: 'continue-pattern',
    template: 'Continue the repeating pattern until the grid is {ny} times as tall and {nx} times as wide.',
    args: { ny: intArg, nx: intArg },
    apply: (g, a) =>
      num(a, 'ny') * num(a, 'nx') > 1 && fits(g, num(a, 'ny'), num(a, 'nx'))
        ? continuePattern(g, num(a, 'ny'), num(a, 'nx'))
        : null,
  },
  {
    name: 'tile-mirrored',
    template: 'Tile the grid {ny} times down and {nx} times across mirroring every other copy.',
    args: { ny: intArg, nx: intArg },
    apply: (g, a) => (fits(g, num(a, 'ny'), num(a, 'nx')) ? sc.tileMirrored(g, num(a, 'ny'), num(a, 'nx')) : null),
  },
  {
    name: 'tile-rotated',
    template: 'Make a 2 by 2 block of the grid with half-turned copies on the other diagonal.',
    args: {},
    apply: (g) => (fits(g, 2, 2) ? sc.tileRotated(g) : null),
  },
  {
    name: 'tile-turning',
    template: 'Make a 2 by 2 block of the grid turning a quarter turn clockwise from each copy to the next.',
    args: {},
    apply: (g) =>
      height(g) === width(g) && fits(g, 2, 2) ? sc.stack2x2(g, rotate90(g), rotate270(g), rotate180(g)) : null,
  },
  {
    name: 'mirror-out',
    template: 'Put a mirror image of the grid {side} it.',
    args: { side: enumArg(SIDES) },
    apply: (g, a) => {
      const side = opt<Side>(a, 'side');
      return fits(g, isAcross(side) ? 1 : 2, isAcross(side) ? 2 : 1) ? mirrors[side](g) : null;
    },
  },
  {
    name: 'mirror-out-shared',
    template: 'Put a mirror image of the grid {side} it, the two sharing the line of cells where they meet.',
    args: { side: enumArg(SIDES) },
    apply: (g, a) => {
      const side = opt<Side>(a, 'side');
      // The image shares one line, so a side of n cells becomes 2n - 1; a side of one cell has no line to share.
      const along = isAcross(side) ? width(g) : height(g);
      return along >= 2 && fits(g, isAcross(side) ? 1 : 2, isAcross(side) ? 2 : 1, -1)
        ? sc.mirrorShared(g, side)
        : null;
    },
  },
  {
    name: 'self-tile',
    template: 'Replace every {which} cell with a copy of the whole grid and the others with empty blocks.',
    args: { which: enumArg(['non-background', 'background']) },
    apply: (g, a) => (fits(g, height(g), width(g)) ? sc.selfTile(g, 0, a.which === 'background') : null),
  },
];
