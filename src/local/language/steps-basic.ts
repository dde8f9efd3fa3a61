/** Step kinds for geometry and colour. */
import type { Grid } from '../../arc/grid.js';
import * as geo from '../primitives/geometry.js';
import * as col from '../primitives/colour.js';
import { DIRECTIONS, DELTA, type Direction } from '../primitives/gravity.js';
import { cmap, colourArg, enumArg, intArg, num, opt, type StepDef } from './types.js';

const RANKS = ['most frequent', 'least frequent'] as const;
/** The most or least frequent non-background colour. */
const rankedColour = (g: Grid, which: string) =>
  which === 'most frequent' ? col.mostFrequentColour(g, [0]) : col.leastFrequentColour(g, [0]);
const TURNS = ['a quarter turn clockwise', 'half a turn', 'a quarter turn anticlockwise'] as const;

export const BASIC_STEPS: readonly StepDef[] = [
  {
    name: 'rotate',
    template: 'Rotate the grid {turn}.',
    args: { turn: enumArg(TURNS) },
    apply: (g, a) =>
      a.turn === TURNS[0] ? geo.rotate90(g) : a.turn === TURNS[1] ? geo.rotate180(g) : geo.rotate270(g),
  },
  {
    name: 'flip',
    template: 'Mirror the grid {axis}.',
    args: { axis: enumArg(['left to right', 'top to bottom']) },
    apply: (g, a) => (a.axis === 'left to right' ? geo.flipHorizontal(g) : geo.flipVertical(g)),
  },
  {
    name: 'transpose',
    template: 'Mirror the grid along its {diagonal} diagonal.',
    args: { diagonal: enumArg(['main', 'other']) },
    apply: (g, a) => (a.diagonal === 'main' ? geo.transpose(g) : geo.antiTranspose(g)),
  },
  {
    name: 'shift',
    template: 'Shift everything {n} cells {dir}, wrapping around the edges.',
    args: { n: intArg, dir: enumArg(DIRECTIONS) },
    apply: (g, a) => {
      const [dr, dc] = DELTA[opt<Direction>(a, 'dir')];
      return geo.roll(g, dr * num(a, 'n'), dc * num(a, 'n'));
    },
  },
  {
    name: 'recolour',
    template: 'Recolour {map}.',
    args: { map: { kind: 'map' } },
    apply: (g, a) => col.mapColours(g, cmap(a, 'map')),
  },
  {
    name: 'swap',
    template: 'Swap {a} and {b}.',
    args: { a: colourArg, b: colourArg },
    apply: (g, a) => col.swapColours(g, num(a, 'a'), num(a, 'b')),
  },
  {
    name: 'paint-all',
    template: 'Paint every non-background cell {c}.',
    args: { c: colourArg },
    apply: (g, a) => col.recolourAll(g, num(a, 'c')),
  },
  {
    name: 'keep-colour',
    template: 'Keep only the cells of {c} and clear the rest.',
    args: { c: colourArg },
    apply: (g, a) => col.keepColour(g, num(a, 'c')),
  },
  {
    name: 'clear-colour',
    template: 'Clear every cell of {c}.',
    args: { c: colourArg },
    apply: (g, a) => col.removeColour(g, num(a, 'c')),
  },
  {
    name: 'invert',
    template: 'Paint the background {c} and clear every other cell.',
    args: { c: colourArg },
    apply: (g, a) => col.invert(g, num(a, 'c')),
  },
  {
    name: 'keep-ranked-colour',
    template: 'Keep only the cells of the {which} non-background colour and clear the rest.',
    args: { which: enumArg(RANKS) },
    apply: (g, a) => col.keepColour(g, rankedColour(g, opt(a, 'which'))),
  },
  {
    name: 'clear-ranked-colour',
    template: 'Clear every cell of the {which} non-background colour.',
    args: { which: enumArg(RANKS) },
    apply: (g, a) => col.removeColour(g, rankedColour(g, opt(a, 'which'))),
  },
  {
    name: 'swap-ranked',
    template: 'Swap the most frequent and the least frequent non-background colours.',
    args: {},
    apply: (g) => col.swapColours(g, rankedColour(g, 'most frequent'), rankedColour(g, 'least frequent')),
  },
  {
    name: 'paint-rarest',
    template: 'Paint every non-background cell with the least frequent colour.',
    args: {},
    apply: (g) => col.recolourToRarest(g),
  },
  {
    name: 'single-colour',
    template: 'Output one cell of the {which} non-background colour.',
    args: { which: enumArg(['most frequent', 'least frequent']) },
    apply: (g, a) => [[a.which === 'most frequent' ? col.mostFrequentColour(g, [0]) : col.leastFrequentColour(g, [0])]],
  },
];
