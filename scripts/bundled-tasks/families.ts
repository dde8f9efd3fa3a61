/** The bundled task families: name, one-line rule (for data/tasks/README.md), input maker, rule. */
import { sized, type G, type Rng } from './grid-kit.js';
import * as I from './inputs.js';
import * as R from './rules.js';

export interface Family {
  readonly name: string;
  readonly about: string;
  readonly input: (rng: Rng, pairIndex: number) => G;
  readonly output: (g: G) => G;
}

const { ALL } = I;
const noisy =
  (lo: number, hi: number, density: number, colours: readonly number[] = ALL) =>
  (r: Rng): G =>
    sized(r, lo, hi, density, colours);

export const FAMILIES: readonly Family[] = [
  { name: 'flip-horizontal', about: 'geometry: mirror left-right', input: noisy(3, 6, 0.45), output: R.flipH },
  { name: 'flip-vertical', about: 'geometry: mirror top-bottom', input: noisy(3, 6, 0.45), output: R.flipV },
  { name: 'rotate-90', about: 'geometry: rotate clockwise a quarter turn', input: noisy(3, 5, 0.45), output: R.rot90 },
  { name: 'rotate-180', about: 'geometry: rotate a half turn', input: noisy(3, 5, 0.45), output: R.rot180 },
  { name: 'transpose', about: 'geometry: swap rows and columns', input: noisy(3, 5, 0.45), output: R.transpose },
  {
    name: 'recolor-map',
    about: 'recolouring: 1→2, 3→4, 6→7, 8→9',
    input: noisy(4, 7, 0.6, [1, 3, 6, 8]),
    output: R.recolor({ 1: 2, 3: 4, 6: 7, 8: 9 }),
  },
  {
    name: 'recolor-swap',
    about: 'recolouring: swap blue and red, others stay',
    input: noisy(4, 7, 0.6, [1, 2, 4]),
    output: R.recolor({ 1: 2, 2: 1 }),
  },
  {
    name: 'remove-noise',
    about: 'recolouring: delete the grey noise cells',
    input: I.objectsWithNoise,
    output: R.recolor({ 5: 0 }),
  },
  {
    name: 'crop-object',
    about: 'cropping: cut out the bounding box of the only object',
    input: I.oneObject,
    output: R.cropObject,
  },
  {
    name: 'crop-largest-object',
    about: 'largest object: cut out the biggest rectangle',
    input: I.rectanglesOfThreeSizes,
    output: R.cropLargest,
  },
  {
    name: 'upscale-2x',
    about: 'scaling: every cell becomes a 2x2 block',
    input: noisy(2, 4, 0.5),
    output: R.upscale(2),
  },
  {
    name: 'upscale-3x',
    about: 'scaling: every cell becomes a 3x3 block',
    input: noisy(2, 3, 0.5),
    output: R.upscale(3),
  },
  {
    name: 'downscale-2x',
    about: 'scaling: every 2x2 block becomes one cell',
    input: (r) => R.upscale(2)(sized(r, 2, 4, 0.5, ALL)),
    output: R.downscale2,
  },
  { name: 'tile-2x2', about: 'tiling: repeat the grid twice down and across', input: noisy(2, 4, 0.5), output: R.tile },
  {
    name: 'tile-mirror',
    about: 'tiling: the grid followed by its mirror image',
    input: noisy(2, 4, 0.5),
    output: R.tileMirror,
  },
  {
    name: 'gravity-down',
    about: 'object moves: every coloured cell falls to the bottom',
    input: noisy(4, 7, 0.3),
    output: R.gravity,
  },
  {
    name: 'move-to-contact',
    about: 'object moves: the red object slides right until it touches the azure wall',
    input: I.objectAndWall,
    output: R.moveToContact,
  },
  {
    name: 'symmetry-complete',
    about: 'symmetry completion: restore the erased cells of a left-right symmetric picture',
    input: I.erodedSymmetric,
    output: R.completeSymmetry,
  },
  {
    name: 'count-objects',
    about: 'counting: a 1xN row where N is the number of objects',
    input: I.separateObjects,
    output: R.countObjectsBar,
  },
  {
    name: 'count-colors',
    about: 'counting: a 1xN grey row where N is the number of colours used',
    input: I.barsInSomeColors,
    output: R.countColorsBar,
  },
  {
    name: 'fill-enclosed',
    about: 'fill: paint yellow every empty cell enclosed by a green wall (open shapes stay empty)',
    input: I.hollowRectangles,
    output: R.fillEnclosed,
  },
  {
    name: 'draw-row-lines',
    about: 'lines: each coloured cell extends into a full horizontal line',
    input: I.cellsOnEvenRows,
    output: R.rowLines,
  },
  {
    name: 'draw-column-lines',
    about: 'lines: each coloured cell shoots a line down to the bottom edge',
    input: I.cellsInColumns,
    output: R.columnLinesDown,
  },
  {
    name: 'overlay-halves',
    about: 'overlay: lay the left half (blue) over the right half (red), split by a grey column',
    input: I.twoHalves,
    output: R.overlayHalves,
  },
];
