/** Step kinds that cut the grid into parts of one shape and combine them. */
import { overlayRanked, PART_SPLITS, splitInto, type PartSplit } from '../primitives/ranked-overlay.js';
import { cmap, enumArg, opt, type StepDef } from './types.js';

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
];
