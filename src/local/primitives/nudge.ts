/** Moving objects towards another colour: a single cell, onto its centre, or in line with its object. Pure and immutable. */
import type { Colour, Grid } from '../../arc/grid.js';
import type { ObjectOptions } from '../../arc/toolkit/objects.js';
import { DELTA, type Direction } from './gravity.js';
import { findObjects, type Obj } from './objects.js';
import { fullLines } from './split.js';

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

/** Moves every object of `colour` by the step `by` gives it (over background only; an object whose cells would land off the grid or on another colour stays); null when nothing moves. */
function moveEach(
  g: Grid,
  colour: Colour,
  by: (o: Obj) => readonly [number, number] | undefined,
  bg: Colour,
): Grid | null {
  const out = g.map((row) => [...row]);
  let moved = false;
  for (const o of findObjects(g, { bg }).filter((o) => o.colour === colour)) {
    const [dr, dc] = by(o) ?? [0, 0];
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
const boxCentre = (o: Obj): [number, number] => [(o.top + o.bottom) / 2, (o.left + o.right) / 2];

/**
 * Moves every object of `colour` one cell towards the cells of `target` (diagonally when it is off in
 * both directions), over background only; null when nothing can move.
 */
export function nudgeTowards(g: Grid, colour: Colour, target: Colour, bg: Colour = 0): Grid | null {
  const goal = centreOf(g, target);
  if (colour === target || colour === bg || !goal) return null;
  return moveEach(g, colour, (o) => [Math.sign(goal[0] - boxCentre(o)[0]), Math.sign(goal[1] - boxCentre(o)[1])], bg);
}

/**
 * Moves every object of `colour` so that its box is centred on the box of the cells of `target`
 * (objects that cannot be centred exactly, or would cover other cells, stay); null when nothing moves.
 */
export function centreOn(g: Grid, colour: Colour, target: Colour, bg: Colour = 0): Grid | null {
  const goal = centreOf(g, target);
  if (colour === target || colour === bg || !goal) return null;
  return moveEach(
    g,
    colour,
    (o) => {
      const [dr, dc] = [goal[0] - boxCentre(o)[0], goal[1] - boxCentre(o)[1]];
      return Number.isInteger(dr) && Number.isInteger(dc) ? [dr, dc] : undefined;
    },
    bg,
  );
}

/** The edges of an object's box that `lineUpWith` makes level: top and bottom move objects up or down, left and right across. */
export const EDGES = ['top', 'bottom', 'left', 'right'] as const;
export type Edge = (typeof EDGES)[number];

/**
 * Moves every other object (cells of one colour joined by their sides or corners) straight up or down (for
 * the top or bottom edge) or across (left or right) until that edge of its box is level with the
 * same edge of the one object of `target`; later objects are painted over earlier ones where they
 * meet. Null when `target` is not one object, an object would leave the grid, or nothing moves.
 */
export function lineUpWith(g: Grid, target: Colour, edge: Edge, bg: Colour = 0): Grid | null {
  const objs = findObjects(g, { bg, diagonal: true });
  const refs = objs.filter((o) => o.colour === target);
  if (refs.length !== 1) return null;
  const ref = refs[0]!;
  const moves: [Obj, number, number][] = [];
  for (const o of objs) {
    if (o === ref) continue;
    const d = ref[edge] - o[edge];
    const [dr, dc] = edge === 'top' || edge === 'bottom' ? [d, 0] : [0, d];
    if (o.top + dr < 0 || o.bottom + dr >= g.length || o.left + dc < 0 || o.right + dc >= g[0]!.length) return null;
    if (d !== 0) moves.push([o, dr, dc]);
  }
  if (!moves.length) return null;
  const out = g.map((row) => [...row]);
  for (const [o] of moves) for (const [r, c] of o.cells) out[r]![c] = bg;
  for (const [o, dr, dc] of moves) for (const [r, c, v] of o.cells) out[r + dr]![c + dc] = v;
  return out;
}

/**
 * Moves every object (joined as `opts` says) in direction `dir` by its own length that way: up or
 * down by its box's height, left or right by its width. All move at once, later objects painted
 * over earlier ones where they meet. Null when there is none or one would leave the grid.
 */
export function moveByOwnLength(g: Grid, dir: Direction, opts: ObjectOptions = {}): Grid | null {
  const bg = opts.bg ?? 0;
  const objs = findObjects(g, opts);
  const [ur, uc] = DELTA[dir];
  const shifts = objs.map((o): [number, number] => [ur * (o.bottom - o.top + 1), uc * (o.right - o.left + 1)]);
  const inside = objs.every((o, i) => {
    const [dr, dc] = shifts[i]!;
    return o.top + dr >= 0 && o.bottom + dr < g.length && o.left + dc >= 0 && o.right + dc < g[0]!.length;
  });
  if (!objs.length || !inside) return null;
  const out = g.map((row) => [...row]);
  for (const o of objs) for (const [r, c] of o.cells) out[r]![c] = bg;
  objs.forEach((o, i) => {
    const [dr, dc] = shifts[i]!;
    for (const [r, c, v] of o.cells) out[r + dr]![c + dc] = v;
  });
  return out;
}

/** A full row or column of one colour: its kind and index. */
interface FullLine {
  readonly rows: boolean;
  readonly at: number;
}
/** The cell beside `line` on the side of position `x` (a row index for rows, a column index for columns). */
const besideLine = (line: FullLine, x: number): number => (x < line.at ? line.at - 1 : line.at + 1);
/**
 * Every cell off the full lines (rows or columns of one non-background colour) moves straight to the
 * nearest full line of its own colour and stops beside it, on its own side; a cell whose colour has
 * no full line is cleared. Of two lines as near, the rows come first, then the earlier line.
 */
export function moveToOwnLine(g: Grid, bg: Colour = 0): Grid {
  const { rows, cols } = fullLines(g, bg);
  const byColour = new Map<Colour, FullLine[]>();
  const add = (v: Colour, line: FullLine) => byColour.set(v, [...(byColour.get(v) ?? []), line]);
  for (const r of rows) add(g[r]![0]!, { rows: true, at: r });
  for (const c of cols) add(g[0]![c]!, { rows: false, at: c });
  const rowSet = new Set(rows),
    colSet = new Set(cols);
  const onLine = (r: number, c: number) => rowSet.has(r) || colSet.has(c);
  const out = g.map((row, r) => row.map((v, c) => (onLine(r, c) ? v : bg)));
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === bg || onLine(r, c)) return;
      let best: FullLine | undefined,
        bestD = Infinity;
      for (const l of byColour.get(v) ?? []) {
        const d = Math.abs((l.rows ? r : c) - l.at);
        if (d < bestD) {
          best = l;
          bestD = d;
        }
      }
      if (!best) return;
      if (best.rows) out[besideLine(best, r)]![c] = v;
      else out[r]![besideLine(best, c)] = v;
    }),
  );
  return out;
}
