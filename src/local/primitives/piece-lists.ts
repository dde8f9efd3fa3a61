/**
 * A grid as a list of pieces, in icecuber's spirit: its colour layers, or the parts between its
 * separator lines; one piece picked by a property, or all of them combined cell by cell. Pure and immutable.
 */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { boxWhere } from './crop.js';
import { keepColour } from './colour.js';
import { coloursPresent } from '../../arc/toolkit/colours.js';
import { findObjects } from './objects.js';
import { overlay, separatorLines, spans, splitBySeparators } from './split.js';

export const LAYER_PROPERTIES = [
  'span the largest box',
  'span the smallest box',
  'form the most objects',
  'form the fewest objects',
] as const;
export type LayerProperty = (typeof LAYER_PROPERTIES)[number];

/** The value a colour's cells have for a property, larger meaning "more" (objects join side neighbours). */
function layerValue(g: Grid, colour: Colour, prop: LayerProperty): number {
  if (prop === 'span the largest box' || prop === 'span the smallest box') {
    const b = boxWhere(g, (v) => v === colour)!;
    return b.h * b.w;
  }
  return findObjects(keepColour(g, colour)).length;
}

/** The one non-background colour whose cells have the most (or, for "smallest"/"fewest", the least) of a property; undefined on a tie or with fewer than two colours. */
export function pickLayer(g: Grid, prop: LayerProperty, bg: Colour = 0): Colour | undefined {
  const colours = coloursPresent(g).filter((c) => c !== bg);
  if (colours.length < 2) return undefined;
  const sign = prop.includes('smallest') || prop.includes('fewest') ? -1 : 1;
  const scored = colours.map((c) => ({ c, v: sign * layerValue(g, c, prop) })).sort((a, b) => b.v - a.v);
  return scored[0]!.v === scored[1]!.v ? undefined : scored[0]!.c;
}

/** The parts between separator lines when there are two or more and all have one shape, else null. */
export function equalParts(g: Grid, bg: Colour = 0): Grid[] | null {
  const parts = splitBySeparators(g, bg);
  const [h, w] = [height(parts[0]!), width(parts[0]!)];
  return parts.length > 1 && parts.every((p) => height(p) === h && width(p) === w) ? parts : null;
}

/** The parts between separator lines laid on top of each other, the last (or the first) part on top; null without equal parts. */
export function overlaySeparated(g: Grid, firstOnTop: boolean, bg: Colour = 0): Grid | null {
  const parts = equalParts(g, bg);
  return parts ? overlay(firstOnTop ? [...parts].reverse() : parts, bg) : null;
}

/**
 * Every part between separator lines painted with all the parts laid on top of each other (the last
 * on top): what any part shows, every part shows. Null without equal parts.
 */
export function overlayIntoParts(g: Grid, bg: Colour = 0): Grid | null {
  const parts = equalParts(g, bg);
  if (!parts) return null;
  const top = overlay(parts, bg);
  const { rows, cols } = separatorLines(g, bg);
  const out = g.map((row) => [...row]);
  for (const [r0] of spans(height(g), rows))
    for (const [c0] of spans(width(g), cols))
      top.forEach((row, r) => row.forEach((v, c) => (out[r0 + r]![c0 + c] = v)));
  return out;
}

/** Each cell of the parts between separator lines takes the colour most parts have there (ties go to the lower colour); null without three or more equal parts. */
export function majorityOfParts(g: Grid, bg: Colour = 0): Grid | null {
  const parts = equalParts(g, bg);
  if (!parts || parts.length < 3) return null;
  return fromFn(height(parts[0]!), width(parts[0]!), (r, c) => {
    const counts = Array<number>(10).fill(0);
    for (const p of parts) counts[p[r]![c]!]!++;
    return counts.indexOf(Math.max(...counts));
  });
}

/**
 * Every object (cells of any colours joined across sides and corners) that holds one cell of
 * `anchor` laid on top of the others with those cells at one place, later objects in reading order
 * on top; the result is the box round them all. Null unless two or more objects hold one such cell.
 */
export function stackOnAnchor(g: Grid, anchor: Colour, bg: Colour = 0): Grid | null {
  const placed: (readonly [number, number, Colour])[][] = [];
  for (const o of findObjects(g, { multicolour: true, diagonal: true, bg })) {
    const at = o.cells.filter(([, , v]) => v === anchor);
    if (at.length !== 1) continue;
    const [ar, ac] = at[0]!;
    placed.push(o.cells.map(([r, c, v]) => [r - ar, c - ac, v] as const));
  }
  if (placed.length < 2) return null;
  const cells = placed.flat();
  const top = Math.min(...cells.map(([r]) => r)),
    left = Math.min(...cells.map(([, c]) => c));
  const h = Math.max(...cells.map(([r]) => r)) - top + 1,
    w = Math.max(...cells.map(([, c]) => c)) - left + 1;
  const out = Array.from({ length: h }, () => new Array<Colour>(w).fill(bg));
  for (const [r, c, v] of cells) out[r - top]![c - left] = v;
  return out;
}
