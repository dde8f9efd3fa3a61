/** A grid cut into parts of one shape, laid on top of each other with some colours always over others. Pure and immutable. */
import { fromFn, height, sameShape, width, type Colour, type Grid } from '../../arc/grid.js';
import { equalParts } from './piece-lists.js';
import { splitEqual } from './split.js';

export const PART_SPLITS = [
  'along its separator lines',
  'into halves side by side',
  'into halves one above the other',
  'into quarters',
] as const;
export type PartSplit = (typeof PART_SPLITS)[number];

/** The parts a split gives when there are two or more of one shape, else null. */
export function splitInto(g: Grid, how: PartSplit, bg: Colour = 0): readonly Grid[] | null {
  const parts =
    how === 'along its separator lines'
      ? equalParts(g, bg)
      : how === 'into halves side by side'
        ? splitEqual(g, 2, 'across')
        : how === 'into halves one above the other'
          ? splitEqual(g, 2, 'down')
          : splitEqual(g, 2, 'down').flatMap((half) => splitEqual(half, 2, 'across'));
  return parts && parts.length > 1 && parts.every((p) => sameShape(p, parts[0]!)) ? parts : null;
}

/**
 * Each cell takes, of the colours the parts show there, the one ranked highest (`ranking[0]` on
 * top); null when a part shows a colour the ranking leaves out, since where it lies is unknown.
 * Parts share one shape.
 */
export function overlayRanked(parts: readonly Grid[], ranking: readonly Colour[], bg: Colour = 0): Grid | null {
  const rank = new Map(ranking.map((c, i) => [c, i]));
  let unranked = false;
  const out = fromFn(height(parts[0]!), width(parts[0]!), (r, c) => {
    let best = bg;
    for (const p of parts) {
      const v = p[r]![c]!;
      if (v === bg) continue;
      if (!rank.has(v)) unranked = true;
      else if (best === bg || rank.get(v)! < rank.get(best)!) best = v;
    }
    return best;
  });
  return unranked ? null : out;
}
