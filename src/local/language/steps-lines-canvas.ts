/** Step kinds over whole rows and columns, the grid as a canvas, and single-cell moves. */
import {
  CANVAS_CORNERS,
  DIAGONAL_DIRECTIONS,
  diagonalRaysAll,
  growCanvas,
  overlayCorners,
} from '../primitives/canvas.js';
import type { CanvasCorner, DiagonalDirection } from '../primitives/canvas.js';
import { BENDS, fillBetweenCorners, joinWithBend, type Bend } from '../primitives/corner-marks.js';
import {
  centreOn,
  EDGES,
  lineUpWith,
  moveByOwnLength,
  moveToOwnLine,
  nudgeTowards,
  type Edge,
} from '../primitives/nudge.js';
import { OBJECT_KINDS, objectOptions } from './_objects-phrase.js';
import { HALVES, paintObjectHalves, type Half } from '../primitives/object-halves.js';
import {
  COUNT_STARTS,
  EMPTY_LINES,
  keepMiddleLine,
  LINE_ENDS,
  LINE_KINDS,
  MAJORITY_LINES,
  completeLikeFullLine,
  paintEmptyLines,
  paintLinesByMajority,
  recolourEveryNth,
  recolourFromLineEnd,
  type CountStart,
  type EmptyLines,
  type LineEnd,
  type LineKind,
  type MajorityLines,
} from '../primitives/rows-columns.js';
import { DELTA, DIRECTIONS, type Direction } from '../primitives/gravity.js';
import {
  continueLines,
  cornerRays,
  extendDiagonalTails,
  LINE_AXES,
  raysTo,
  type LineAxis,
} from '../primitives/lines.js';
import { fits } from './_guard.js';
import { colourArg, enumArg, intArg, num, opt, type StepDef } from './types.js';

export const LINES_CANVAS_STEPS: readonly StepDef[] = [
  {
    name: 'keep-middle-line',
    template: 'Keep only the middle {line} of the grid and clear the rest.',
    args: { line: enumArg(LINE_KINDS) },
    apply: (g, a) => keepMiddleLine(g, opt<LineKind>(a, 'line')),
  },
  {
    name: 'majority-lines',
    template: 'Paint every {lines} in its most common colour.',
    args: { lines: enumArg(MAJORITY_LINES) },
    apply: (g, a) => paintLinesByMajority(g, opt<MajorityLines>(a, 'lines')),
  },
  {
    name: 'complete-like-full-line',
    template:
      'Complete every partly filled {line} like a full one, its colours renamed to agree with the cells already there.',
    args: { line: enumArg(LINE_KINDS) },
    apply: (g, a) => completeLikeFullLine(g, opt<LineKind>(a, 'line')),
  },
  {
    name: 'paint-empty-lines',
    template: 'Paint the empty {which} with {c}.',
    args: { which: enumArg(EMPTY_LINES), c: colourArg },
    apply: (g, a) => paintEmptyLines(g, opt<EmptyLines>(a, 'which'), num(a, 'c')),
  },
  {
    name: 'recolour-from-line-end',
    template: 'Give each cell of {c} the colour at the {end}.',
    args: { c: colourArg, end: enumArg(LINE_ENDS) },
    apply: (g, a) => recolourFromLineEnd(g, num(a, 'c'), opt<LineEnd>(a, 'end')),
  },
  {
    name: 'grow-canvas',
    template: 'Make the grid {fy} times as tall and {fx} times as wide with background, keeping it at the {corner}.',
    args: { fy: intArg, fx: intArg, corner: enumArg(CANVAS_CORNERS) },
    apply: (g, a) => {
      const fy = num(a, 'fy'),
        fx = num(a, 'fx');
      if (fy < 1 || fx < 1 || fy * fx < 2 || !fits(g, fy, fx)) return null;
      return growCanvas(g, fy, fx, opt<CanvasCorner>(a, 'corner'));
    },
  },
  {
    name: 'overlay-corners',
    template: 'Lay the four {h} by {w} corner blocks of the grid on top of each other, the top left first.',
    args: { h: intArg, w: intArg },
    apply: (g, a) => overlayCorners(g, num(a, 'h'), num(a, 'w')),
  },
  {
    name: 'diagonal-ray-all',
    template: 'From every non-background cell draw a diagonal line {dir} until something is in the way.',
    args: { dir: enumArg(DIAGONAL_DIRECTIONS) },
    apply: (g, a) => diagonalRaysAll(g, opt<DiagonalDirection>(a, 'dir')),
  },
  {
    name: 'diagonal-tails',
    template:
      'From every cell that touches others at corners only, draw a diagonal line away from them until something is in the way.',
    args: {},
    apply: (g) => extendDiagonalTails(g),
  },
  {
    name: 'corner-rays',
    template:
      'From every object of three cells bent at a corner, draw a diagonal line away from the bend, starting one cell past its open corner, until something is in the way.',
    args: {},
    apply: (g) => cornerRays(g),
  },
  {
    name: 'continue-lines',
    template: 'Continue the colours repeating along every {axis} line to both ends of it.',
    args: { axis: enumArg(LINE_AXES) },
    apply: (g, a) => continueLines(g, opt<LineAxis>(a, 'axis')),
  },
  {
    name: 'rays-to',
    template: 'From every cell in the same row or column as {target}, draw a line of its own colour up to it.',
    args: { target: colourArg },
    apply: (g, a) => raysTo(g, num(a, 'target'), Object.values(DELTA)),
  },
  {
    name: 'mark-on',
    template:
      "Paint the first cell of {target} that each other filled cell meets straight along its row or column with that cell's colour.",
    args: { target: colourArg },
    apply: (g, a) => raysTo(g, num(a, 'target'), Object.values(DELTA), 0, 'hit'),
  },
  {
    name: 'move-by-own-length',
    template: 'Move every object {objs} {dir} by its own length in that direction.',
    args: { objs: enumArg(OBJECT_KINDS), dir: enumArg(DIRECTIONS) },
    apply: (g, a) => moveByOwnLength(g, opt<Direction>(a, 'dir'), objectOptions(opt(a, 'objs'))),
  },
  {
    name: 'nudge-towards',
    template: 'Move each object of {c} one cell towards {target}.',
    args: { c: colourArg, target: colourArg },
    apply: (g, a) => nudgeTowards(g, num(a, 'c'), num(a, 'target')),
  },
  {
    name: 'move-to-own-line',
    template:
      'Move every cell off the full lines next to the nearest full line of its own colour, and clear those whose colour has none.',
    args: {},
    apply: (g) => moveToOwnLine(g),
  },
  {
    name: 'centre-on',
    template: 'Move each object of {c} so that its box is centred on the cells of {target}.',
    args: { c: colourArg, target: colourArg },
    apply: (g, a) => centreOn(g, num(a, 'c'), num(a, 'target')),
  },
  {
    name: 'line-up-with',
    template: 'Move every other object in line with the object of {target}, their {edge} edges level.',
    args: { target: colourArg, edge: enumArg(EDGES) },
    apply: (g, a) => lineUpWith(g, num(a, 'target'), opt<Edge>(a, 'edge')),
  },
  {
    name: 'paint-object-halves',
    template: 'Paint the {half} half of every object made of one colour with {c}, leaving an odd middle line.',
    args: { half: enumArg(HALVES), c: colourArg },
    apply: (g, a) => paintObjectHalves(g, opt<Half>(a, 'half'), num(a, 'c')),
  },
  {
    name: 'recolour-every-nth',
    template: 'Recolour the cells of {from} in one {line} of every {n}, starting with the {start}, to {to}.',
    args: { from: colourArg, line: enumArg(LINE_KINDS), start: enumArg(COUNT_STARTS), n: intArg, to: colourArg },
    apply: (g, a) =>
      recolourEveryNth(
        g,
        opt<LineKind>(a, 'line'),
        num(a, 'n'),
        num(a, 'from'),
        num(a, 'to'),
        opt<CountStart>(a, 'start'),
      ),
  },
  {
    name: 'fill-between-corners',
    template: 'Fill the inside of every box whose four corners are cells of {c} with {to}.',
    args: { c: colourArg, to: colourArg },
    apply: (g, a) => fillBetweenCorners(g, num(a, 'c'), num(a, 'to')),
  },
  {
    name: 'join-with-bend',
    template:
      'Join each cell of {from} to the nearest cell of {to} with a line of {c} that goes {first} first and then turns.',
    args: { from: colourArg, to: colourArg, first: enumArg(BENDS), c: colourArg },
    apply: (g, a) => joinWithBend(g, num(a, 'from'), num(a, 'to'), opt<Bend>(a, 'first'), num(a, 'c')),
  },
];
