/** Gravity: cells or whole objects sliding until they hit something. Pure and immutable. */
import { height, width, type Colour, type Grid } from '../../arc/grid.js';
import { findObjects, type Obj } from './objects.js';
import { flipHorizontal, flipVertical, transpose } from './geometry.js';

export const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DELTA: Record<Direction, readonly [number, number]> = {
  up: [-1, 0],
  down: [1, 0],
  left: [0, -1],
  right: [0, 1],
};

/** Re-expresses a grid so that `dir` points down, and back. */
function toDown(g: Grid, dir: Direction): Grid {
  return dir === 'down'
    ? g
    : dir === 'up'
      ? flipVertical(g)
      : dir === 'right'
        ? transpose(g)
        : transpose(flipHorizontal(g));
}
function fromDown(g: Grid, dir: Direction): Grid {
  return dir === 'down'
    ? g
    : dir === 'up'
      ? flipVertical(g)
      : dir === 'right'
        ? transpose(g)
        : flipHorizontal(transpose(g));
}

/** Every non-background cell falls in `dir` until it rests on the edge or another cell. */
export function gravity(g: Grid, dir: Direction, bg: Colour = 0): Grid {
  const d = toDown(g, dir),
    h = height(d),
    w = width(d);
  const out = d.map((row) => row.map(() => bg));
  for (let c = 0; c < w; c++) {
    let fill = h - 1;
    for (let r = h - 1; r >= 0; r--) if (d[r]![c] !== bg) out[fill--]![c] = d[r]![c]!;
  }
  return fromDown(out, dir);
}

/** Moves objects one at a time (nearest the destination edge first) until each touches the edge or another cell. */
export function dropObjects(g: Grid, dir: Direction, objs: readonly Obj[], bg: Colour = 0): Grid {
  const [dr, dc] = DELTA[dir];
  const out = g.map((row) => [...row]);
  const order = [...objs].sort((a, b) =>
    dr ? dr * (b.bottom - a.bottom) || dr * (b.top - a.top) : dc * (b.right - a.right) || dc * (b.left - a.left),
  );
  for (const o of order) {
    for (const [r, c] of o.cells) out[r]![c] = bg;
    let k = 0;
    const free = (n: number) => o.cells.every(([r, c]) => out[r + dr * n]?.[c + dc * n] === bg);
    while (free(k + 1)) k++;
    for (const [r, c, v] of o.cells) out[r + dr * k]![c + dc * k] = v;
  }
  return out;
}
/** Every object (connected cells of any colours) slides in `dir` as a rigid body until it touches something. */
export const objectGravity = (g: Grid, dir: Direction, bg: Colour = 0): Grid =>
  dropObjects(g, dir, findObjects(g, { multicolour: true, diagonal: true, bg }), bg);
/** Objects of one colour slide in `dir` until they touch something; the rest stays still. */
export const moveColourUntilContact = (g: Grid, colour: Colour, dir: Direction, bg: Colour = 0): Grid =>
  dropObjects(
    g,
    dir,
    findObjects(g, { diagonal: true, bg }).filter((o) => o.colour === colour),
    bg,
  );
/**
 * Objects of colour `mover` slide, each towards the nearest cell of colour `target` along a row or
 * column, until they touch something. The objects nearest their target move first, so those behind
 * them in line stack up against them instead of stopping short.
 */
export function slideTowards(g: Grid, mover: Colour, target: Colour, bg: Colour = 0): Grid {
  const targets: [number, number][] = [];
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === target) targets.push([r, c]);
    }),
  );
  if (!targets.length) return g;
  const moves = findObjects(g, { diagonal: true, bg })
    .filter((x) => x.colour === mover)
    .map((o) => {
      const [tr, tc] = targets.reduce((best, t) =>
        Math.abs(t[0] - o.top) + Math.abs(t[1] - o.left) < Math.abs(best[0] - o.top) + Math.abs(best[1] - o.left)
          ? t
          : best,
      );
      const dir: Direction = tr > o.bottom ? 'down' : tr < o.top ? 'up' : tc > o.right ? 'right' : 'left';
      const gap = { down: tr - o.bottom, up: o.top - tr, right: tc - o.right, left: o.left - tc }[dir];
      return { o, dir, gap };
    })
    .sort((a, b) => a.gap - b.gap);
  let out = g;
  for (const { o, dir } of moves) {
    // An object no moved object has come to touch is still itself; only then is it looked up afresh.
    const moving = touchesOther(out, o, mover)
      ? findObjects(out, { diagonal: true, bg }).filter(
          (x) => x.colour === mover && x.top === o.top && x.left === o.left,
        )
      : [o];
    out = dropObjects(out, dir, moving, bg);
  }
  return out;
}

/** True when a cell of `colour` outside the object touches it (sides or corners). */
function touchesOther(g: Grid, o: Obj, colour: Colour): boolean {
  const own = new Set(o.cells.map(([r, c]) => r * 64 + c));
  return o.cells.some(([r, c]) => {
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        if (g[r + dr]?.[c + dc] === colour && !own.has((r + dr) * 64 + c + dc)) return true;
      }
    return false;
  });
}
