/** Filling regions: enclosed areas, flood fill, outlines, bounding boxes. Pure and immutable. */
import { height, width, type Colour, type Grid } from '../../arc/grid.js';
import { findObjects } from './objects.js';

/** Cells of colour `target` reachable from the grid's edge through 4-neighbours of that colour. */
function reachableFromEdge(g: Grid, target: Colour): Uint8Array {
  const h = height(g),
    w = width(g),
    seen = new Uint8Array(h * w),
    stack: number[] = [];
  for (let r = 0; r < h; r++)
    for (let c = 0; c < w; c++) {
      if ((r === 0 || c === 0 || r === h - 1 || c === w - 1) && g[r]![c] === target) {
        seen[r * w + c] = 1;
        stack.push(r * w + c);
      }
    }
  while (stack.length) {
    const i = stack.pop()!,
      r = Math.floor(i / w),
      c = i % w;
    for (const [nr, nc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ] as const) {
      if (nr < 0 || nc < 0 || nr >= h || nc >= w || seen[nr * w + nc] || g[nr]![nc] !== target) continue;
      seen[nr * w + nc] = 1;
      stack.push(nr * w + nc);
    }
  }
  return seen;
}
/** Paints background cells that cannot reach the edge (enclosed holes) with `colour`. */
export function fillEnclosed(g: Grid, colour: Colour, bg: Colour = 0): Grid {
  const seen = reachableFromEdge(g, bg),
    w = width(g);
  return g.map((row, r) => row.map((v, c) => (v === bg && !seen[r * w + c] ? colour : v)));
}
/** Paints the 4-connected region of same colour around (r, c) with `colour`. */
export function floodFill(g: Grid, r0: number, c0: number, colour: Colour): Grid {
  const target = g[r0]?.[c0];
  if (target === undefined || target === colour) return g;
  const out = g.map((row) => [...row]),
    stack: [number, number][] = [[r0, c0]];
  while (stack.length) {
    const [r, c] = stack.pop()!;
    if (out[r]?.[c] !== target) continue;
    out[r]![c] = colour;
    stack.push([r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]);
  }
  return out;
}
/** Paints background cells touching (8-neighbourhood) any non-background cell with `colour`. */
export function outline(g: Grid, colour: Colour, bg: Colour = 0, diagonal = true): Grid {
  const near = (r: number, c: number) => {
    for (let dr = -1; dr <= 1; dr++)
      for (let dc = -1; dc <= 1; dc++) {
        if ((dr || dc) && (diagonal || !dr || !dc)) {
          const v = g[r + dr]?.[c + dc];
          if (v !== undefined && v !== bg) return true;
        }
      }
    return false;
  };
  return g.map((row, r) => row.map((v, c) => (v === bg && near(r, c) ? colour : v)));
}
/** Paints background cells inside each object's bounding box with `colour`. */
export function fillBoundingBoxes(g: Grid, colour: Colour, bg: Colour = 0): Grid {
  const out = g.map((row) => [...row]);
  for (const o of findObjects(g, { multicolour: true, diagonal: true, bg })) {
    for (let r = o.top; r <= o.bottom; r++)
      for (let c = o.left; c <= o.right; c++) if (out[r]![c] === bg) out[r]![c] = colour;
  }
  return out;
}
/** Paints cells of colour `from` that touch (4-neighbourhood) a cell of colour `near` with `to`. */
export function recolourTouching(g: Grid, from: Colour, near: Colour, to: Colour): Grid {
  return g.map((row, r) =>
    row.map((v, c) => (v === from && [g[r - 1]?.[c], g[r + 1]?.[c], row[c - 1], row[c + 1]].includes(near) ? to : v)),
  );
}
/** Paints each enclosed background region with the most frequent colour on its border (the colour that surrounds it). */
export function fillEnclosedBySurrounding(g: Grid, bg: Colour = 0): Grid {
  const open = reachableFromEdge(g, bg),
    h = height(g),
    w = width(g);
  const out = g.map((row) => [...row]),
    done = new Uint8Array(h * w);
  for (let r0 = 0; r0 < h; r0++)
    for (let c0 = 0; c0 < w; c0++) {
      if (g[r0]![c0] !== bg || open[r0 * w + c0] || done[r0 * w + c0]) continue;
      const region: [number, number][] = [],
        border = new Map<Colour, number>(),
        stack: [number, number][] = [[r0, c0]];
      done[r0 * w + c0] = 1;
      while (stack.length) {
        const [r, c] = stack.pop()!;
        region.push([r, c]);
        for (const [nr, nc] of [
          [r - 1, c],
          [r + 1, c],
          [r, c - 1],
          [r, c + 1],
        ] as const) {
          const v = g[nr]?.[nc];
          if (v === undefined) continue;
          if (v !== bg) {
            border.set(v, (border.get(v) ?? 0) + 1);
            continue;
          }
          if (!done[nr * w + nc]) {
            done[nr * w + nc] = 1;
            stack.push([nr, nc]);
          }
        }
      }
      const colour = [...border.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? bg;
      for (const [r, c] of region) out[r]![c] = colour;
    }
  return out;
}
