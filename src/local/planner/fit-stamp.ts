/** Reads from the train pairs what is painted around the objects of a colour, for the stamp step. */
import { sameShape, type Colour } from '../../arc/grid.js';
import { PLACES, placeCells, stampedObjects } from '../primitives/stamp.js';
import type { Frame } from './frame.js';

/**
 * Place → colour for the places around the objects of `c` that every object of every pair shows
 * in one colour, other than the one they already have (background next to the box, `c` on the
 * object). Undefined when a pair changes shape, fewer than two objects of `c` are seen, or no
 * place changes.
 */
export function fitStamp(f: Frame, c: Colour): Record<number, Colour> | undefined {
  /** Per place: the one colour its cells become so far, undefined before any cell, null once two disagree. */
  const seen: (Colour | null | undefined)[] = PLACES.map(() => undefined);
  let objects = 0;
  for (let i = 0; i < f.ins.length; i++) {
    const g = f.ins[i]!,
      o = f.outs[i]!;
    if (!sameShape(g, o)) return undefined;
    for (const obj of stampedObjects(g, c)) {
      objects++;
      for (let p = 0; p < PLACES.length; p++)
        for (const [r, col] of placeCells(obj, p)) {
          if (r < 0 || col < 0 || r >= g.length || col >= g[0]!.length || (p > 0 && g[r]![col] !== 0)) continue;
          const v = o[r]![col]!;
          seen[p] = seen[p] === undefined || seen[p] === v ? v : null;
        }
    }
  }
  if (objects < 2) return undefined;
  const map: Record<number, Colour> = {};
  seen.forEach((v, p) => {
    if (v !== undefined && v !== null && v !== (p === 0 ? c : 0)) map[p] = v;
  });
  return Object.keys(map).length ? map : undefined;
}
