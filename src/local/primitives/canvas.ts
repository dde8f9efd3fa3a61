/** The grid as a canvas: grown with background, its corner blocks stacked, diagonal rays from every filled cell. Pure and immutable. */
import { fromFn, height, width, type Colour, type Grid } from '../../arc/grid.js';
import { castAlongAll } from './lines.js';

export const CANVAS_CORNERS = ['top left', 'top right', 'bottom left', 'bottom right'] as const;
export type CanvasCorner = (typeof CANVAS_CORNERS)[number];
/** The grid placed in the named corner of a `fy` x `fx` times larger background canvas. */
export function growCanvas(g: Grid, fy: number, fx: number, corner: CanvasCorner, bg: Colour = 0): Grid {
  const h = height(g),
    w = width(g);
  const dr = corner.startsWith('bottom') ? h * (fy - 1) : 0,
    dc = corner.endsWith('right') ? w * (fx - 1) : 0;
  return fromFn(h * fy, w * fx, (r, c) => g[r - dr]?.[c - dc] ?? bg);
}

/**
 * The four `h` x `w` blocks at the grid's corners laid on top of each other: a cell takes the first
 * filled value in the order top left, top right, bottom left, bottom right. Null when a block does not fit
 * or is the whole grid.
 */
export function overlayCorners(g: Grid, h: number, w: number, bg: Colour = 0): Grid | null {
  const gh = height(g),
    gw = width(g);
  if (h < 1 || w < 1 || h > gh || w > gw || (h === gh && w === gw)) return null;
  const origins = [
    [0, 0],
    [0, gw - w],
    [gh - h, 0],
    [gh - h, gw - w],
  ] as const;
  return fromFn(h, w, (r, c) => {
    for (const [r0, c0] of origins) {
      const v = g[r0 + r]![c0 + c]!;
      if (v !== bg) return v;
    }
    return bg;
  });
}

export const DIAGONAL_DIRECTIONS = ['down and right', 'down and left', 'up and right', 'up and left'] as const;
export type DiagonalDirection = (typeof DIAGONAL_DIRECTIONS)[number];
const DIAGONAL_DELTA: Readonly<Record<DiagonalDirection, readonly [number, number]>> = {
  'down and right': [1, 1],
  'down and left': [1, -1],
  'up and right': [-1, 1],
  'up and left': [-1, -1],
};
/** From every filled cell, a ray of its colour in the diagonal direction over background, stopping at the first filled cell. */
export const diagonalRaysAll = (g: Grid, dir: DiagonalDirection, bg: Colour = 0): Grid =>
  castAlongAll(g, [DIAGONAL_DELTA[dir]], bg);
