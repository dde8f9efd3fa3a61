/** Colours read from the surroundings: each object takes the colour of the nearest cell of another colour. Pure and immutable. */
import { height, width, type Colour, type Grid } from '../../arc/grid.js';
import { findObjects } from './objects.js';

/** No colour reached the cell yet, or two colours reached it at the same distance. */
const NONE = -1,
  TIED = -2;

/**
 * For every cell, the colour of the nearest cell (in steps to a side neighbour) that is neither
 * background nor `skip`, and that distance; TIED where two colours are equally near.
 */
function nearestOther(g: Grid, skip: Colour, bg: Colour): { dist: Int32Array; colour: Int32Array } {
  const [h, w] = [height(g), width(g)];
  const dist = new Int32Array(h * w).fill(-1),
    colour = new Int32Array(h * w).fill(NONE);
  let queue: number[] = [];
  for (let i = 0; i < h * w; i++) {
    const v = g[Math.floor(i / w)]![i % w]!;
    if (v === bg || v === skip) continue;
    dist[i] = 0;
    colour[i] = v;
    queue.push(i);
  }
  for (let d = 1; queue.length; d++) {
    const next: number[] = [];
    for (const i of queue)
      for (const j of [i - w, i + w, i % w ? i - 1 : -1, (i + 1) % w ? i + 1 : -1]) {
        if (j < 0 || j >= h * w) continue;
        if (dist[j] === -1) {
          dist[j] = d;
          colour[j] = colour[i]!;
          next.push(j);
        } else if (dist[j] === d && colour[j] !== colour[i]) colour[j] = TIED;
      }
    queue = next;
  }
  return { dist, colour };
}

/**
 * Recolours every object of `c` (side neighbours joined) to the colour of the nearest cell that is
 * neither background nor `c`; an object with two colours equally near, or none at all, keeps `c`.
 */
export function recolourToNearest(g: Grid, c: Colour, bg: Colour = 0): Grid {
  const w = width(g);
  const { dist, colour } = nearestOther(g, c, bg);
  const out = g.map((row) => [...row]);
  for (const o of findObjects(g)) {
    if (o.colour !== c) continue;
    let best = Infinity,
      pick = NONE;
    for (const [r, col] of o.cells) {
      const i = r * w + col,
        d = dist[i]!;
      if (d < 0) continue;
      if (d < best) [best, pick] = [d, colour[i]!];
      else if (d === best && colour[i] !== pick) pick = TIED;
    }
    if (pick >= 0) for (const [r, col] of o.cells) out[r]![col] = pick;
  }
  return out;
}
