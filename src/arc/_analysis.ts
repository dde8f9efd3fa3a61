/** Small pure grid analyses used by the fingerprint (private to arc/). */
import { fromFn, gridEquals, height, width, type Colour, type Grid } from './grid.js';

/** Cell counts per colour 0-9. */
export function histogram(g: Grid): number[] {
  const h = Array<number>(10).fill(0);
  for (const row of g) for (const c of row) h[c]!++;
  return h;
}

/** The most frequent colour (ties: the lower colour). */
export function backgroundOf(g: Grid): Colour {
  const h = histogram(g);
  return h.indexOf(Math.max(...h));
}

/** The set of colours present. */
export const colourSet = (g: Grid): Set<Colour> => new Set(g.flat());

/** Number of 4-connected single-colour components that are not the background colour. */
export function objectCount(g: Grid, bg: Colour = backgroundOf(g)): number {
  const h = height(g),
    w = width(g);
  const seen = new Uint8Array(h * w);
  let count = 0;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (seen[r * w + c] || g[r]![c] === bg) continue;
      count++;
      const colour = g[r]![c];
      const stack: [number, number][] = [[r, c]];
      seen[r * w + c] = 1;
      while (stack.length) {
        const [y, x] = stack.pop()!;
        for (const [dy, dx] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ] as const) {
          const ny = y + dy,
            nx = x + dx;
          if (ny < 0 || nx < 0 || ny >= h || nx >= w || seen[ny * w + nx] || g[ny]![nx] !== colour) continue;
          seen[ny * w + nx] = 1;
          stack.push([ny, nx]);
        }
      }
    }
  }
  return count;
}

/** The eight symmetries of the square (identity first), as grid functions. */
export const DIHEDRAL: readonly ((g: Grid) => Grid)[] = [
  (g) => g,
  (g) => g.map((row) => [...row].reverse()),
  (g) => [...g].reverse(),
  (g) => fromFn(width(g), height(g), (r, c) => g[c]![r]!),
  (g) => fromFn(width(g), height(g), (r, c) => g[height(g) - 1 - c]![r]!),
  (g) => fromFn(height(g), width(g), (r, c) => g[height(g) - 1 - r]![width(g) - 1 - c]!),
  (g) => fromFn(width(g), height(g), (r, c) => g[c]![width(g) - 1 - r]!),
  (g) => fromFn(width(g), height(g), (r, c) => g[height(g) - 1 - c]![width(g) - 1 - r]!),
];

/** True when `small` equals some window of `big`. */
export function isSubgrid(small: Grid, big: Grid): boolean {
  const sh = height(small),
    sw = width(small),
    bh = height(big),
    bw = width(big);
  for (let r0 = 0; r0 + sh <= bh; r0++) {
    for (let c0 = 0; c0 + sw <= bw; c0++) {
      let ok = true;
      for (let r = 0; r < sh && ok; r++) for (let c = 0; c < sw && ok; c++) ok = small[r]![c] === big[r0 + r]![c0 + c];
      if (ok) return true;
    }
  }
  return false;
}

/** True when `big` is `small` repeated (its shape an integer multiple of small's, at least 2x). */
export function isTiling(small: Grid, big: Grid): boolean {
  const sh = height(small),
    sw = width(small),
    bh = height(big),
    bw = width(big);
  if (bh % sh || bw % sw || bh * bw <= sh * sw) return false;
  return gridEquals(
    big,
    fromFn(bh, bw, (r, c) => small[r % sh]![c % sw]!),
  );
}

/** True when `big` is `small` with every cell blown up to a k x m block (at least 2x). */
export function isUpscale(small: Grid, big: Grid): boolean {
  const sh = height(small),
    sw = width(small),
    bh = height(big),
    bw = width(big);
  if (bh % sh || bw % sw || bh * bw <= sh * sw) return false;
  const k = bh / sh,
    m = bw / sw;
  return gridEquals(
    big,
    fromFn(bh, bw, (r, c) => small[Math.floor(r / k)]![Math.floor(c / m)]!),
  );
}
