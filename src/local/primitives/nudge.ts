/** Moving objects a single cell: towards another colour. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';
import { findObjects } from './objects.js';

/** The centre of the box spanning every cell of `colour`, or undefined when it is absent. */
function centreOf(g: Grid, colour: Colour): [number, number] | undefined {
  let top = Infinity,
    left = Infinity,
    bottom = -Infinity,
    right = -Infinity;
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== colour) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  return top === Infinity ? undefined : [(top + bottom) / 2, (left + right) / 2];
}

/**
 * Moves every object of `colour` one cell towards the cells of `target` (diagonally when it is off in
 * both directions), over background only; null when nothing can move.
 */
export function nudgeTowards(g: Grid, colour: Colour, target: Colour, bg: Colour = 0): Grid | null {
  const goal = centreOf(g, target);
  if (colour === target || colour === bg || !goal) return null;
  const out = g.map((row) => [...row]);
  let moved = false;
  for (const o of findObjects(g, { bg }).filter((o) => o.colour === colour)) {
    const dr = Math.sign(goal[0] - (o.top + o.bottom) / 2),
      dc = Math.sign(goal[1] - (o.left + o.right) / 2);
    // A cell off the grid reads as undefined, so an object at the edge stays.
    const free = o.cells.every(([r, c]) => {
      const v = g[r + dr]?.[c + dc];
      return v === bg || v === colour;
    });
    if ((dr === 0 && dc === 0) || !free) continue;
    for (const [r, c] of o.cells) out[r]![c] = bg;
    for (const [r, c] of o.cells) out[r + dr]![c + dc] = colour;
    moved = true;
  }
  return moved ? out : null;
}
