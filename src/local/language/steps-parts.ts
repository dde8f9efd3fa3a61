/** Step kinds that cut the grid into parts and combine them, or treat each part as one cell. */
import { overlayRanked, PART_SPLITS, splitInto, type PartSplit } from '../primitives/ranked-overlay.js';
import { connectParts } from '../primitives/part-colours.js';
import { LINE_AXES, type LineAxis } from '../primitives/lines.js';
import { continueParts, PART_TURNS, type PartTurn } from '../primitives/part-sequence.js';
import { cmap, enumArg, intArg, num, opt, type StepDef } from './types.js';

/** The colours of a rank → colour map, rank 1 first ("others" ignored). */
const ranked = (m: Readonly<Record<number, number>>): number[] =>
  Object.keys(m)
    .map(Number)
    .filter((k) => k >= 0)
    .sort((a, b) => a - b)
    .map((k) => m[k]!);

export const PART_STEPS: readonly StepDef[] = [
  {
    name: 'overlay-ranked',
    template: 'Split the grid {how} and lay the parts on top of each other, the colours ranked from the top: {ranks}.',
    args: { how: enumArg(PART_SPLITS), ranks: { kind: 'sizemap' } },
    apply: (g, a) => {
      const parts = splitInto(g, opt<PartSplit>(a, 'how'));
      return parts && overlayRanked(parts, ranked(cmap(a, 'ranks')));
    },
  },
  {
    name: 'connect-parts',
    template:
      'Join same-coloured parts between separator lines with {axis} lines of parts, filling the empty parts between.',
    args: { axis: enumArg(LINE_AXES) },
    apply: (g, a) => connectParts(g, opt<LineAxis>(a, 'axis')),
  },
  {
    name: 'continue-parts',
    template:
      'Split the grid into {n} equal parts along its longer side and fill each empty part with the part before it {turn}.',
    args: { n: intArg, turn: enumArg(Object.keys(PART_TURNS)) },
    apply: (g, a) => continueParts(g, num(a, 'n'), opt<PartTurn>(a, 'turn')),
  },
];
