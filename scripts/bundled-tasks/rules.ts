/** The transformations of the bundled tasks (input grid → expected output). */
import { bbox, blank, countObjects, crop, H, make, W, type G } from './grid-kit.js';

export const flipH = (g: G): G => g.map((r) => [...r].reverse());
export const flipV = (g: G): G => [...g].reverse().map((r) => [...r]);
export const transpose = (g: G): G => make(W(g), H(g), (r, c) => g[c]![r]!);
export const rot90 = (g: G): G => make(W(g), H(g), (r, c) => g[H(g) - 1 - c]![r]!);
export const rot180 = (g: G): G => flipV(flipH(g));
export const upscale =
  (k: number) =>
  (g: G): G =>
    make(H(g) * k, W(g) * k, (r, c) => g[Math.floor(r / k)]![Math.floor(c / k)]!);
export const downscale2 = (g: G): G => make(H(g) / 2, W(g) / 2, (y, x) => g[2 * y]![2 * x]!);
export const tile = (g: G): G => make(H(g) * 2, W(g) * 2, (r, c) => g[r % H(g)]![c % W(g)]!);
export const tileMirror = (g: G): G => g.map((row) => [...row, ...[...row].reverse()]);
export const recolor =
  (map: Record<number, number>) =>
  (g: G): G =>
    g.map((r) => r.map((c) => map[c] ?? c));
export const cropObject = (g: G): G =>
  crop(
    g,
    bbox(g, (v) => v !== 0),
  );

/** Crops the bounding box of the colour with the most cells. */
export function cropLargest(g: G): G {
  const counts = new Map<number, number>();
  g.flat().forEach((v) => v && counts.set(v, (counts.get(v) ?? 0) + 1));
  const big = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  return crop(
    g,
    bbox(g, (v) => v === big),
  );
}

export function gravity(g: G): G {
  const out = blank(H(g), W(g));
  for (let c = 0; c < W(g); c++) {
    const cells = g.map((r) => r[c]!).filter((v) => v !== 0);
    cells.forEach((v, i) => (out[H(g) - cells.length + i]![c] = v));
  }
  return out;
}

/** Slides the red (2) cells right until the object touches the wall in the last column. */
export function moveToContact(g: G): G {
  const right = bbox(g, (v) => v === 2)[3];
  const d = W(g) - 2 - right;
  return g.map((row) => row.map((v, c) => (c - d >= 0 && row[c - d] === 2 ? 2 : v === 2 ? 0 : v)));
}

export const completeSymmetry = (g: G): G => g.map((row) => row.map((v, c) => v || row[W(g) - 1 - c]!));

export function countObjectsBar(g: G): G {
  const col = g.flat().find((v) => v)!;
  return make(1, countObjects(g), () => col);
}
export const countColorsBar = (g: G): G => make(1, new Set(g.flat().filter((v) => v)).size, () => 5);

/** Empty cells reachable from the border through empty cells. */
function floodOutside(g: G): boolean[][] {
  const out = g.map((r) => r.map(() => false));
  const stack: [number, number][] = [];
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === 0 && (r === 0 || c === 0 || r === H(g) - 1 || c === W(g) - 1)) stack.push([r, c]);
    }),
  );
  while (stack.length) {
    const [r, c] = stack.pop()!;
    if (r < 0 || c < 0 || r >= H(g) || c >= W(g) || out[r]![c] || g[r]![c] !== 0) continue;
    out[r]![c] = true;
    stack.push([r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]);
  }
  return out;
}
export function fillEnclosed(g: G): G {
  const outside = floodOutside(g);
  return g.map((row, r) => row.map((v, c) => (v === 0 && !outside[r]![c] ? 4 : v)));
}

export const rowLines = (g: G): G =>
  g.map((row) => {
    const v = row.find((x) => x) ?? 0;
    return row.map(() => v);
  });
export const columnLinesDown = (g: G): G =>
  make(H(g), W(g), (y, x) => {
    for (let a = y; a >= 0; a--) if (g[a]![x]) return g[a]![x]!;
    return 0;
  });

/** Left half over right half (split by a grey column): left colour wins. */
export function overlayHalves(g: G): G {
  const w = (W(g) - 1) / 2;
  return make(H(g), w, (y, x) => g[y]![x] || g[y]![x + w + 1]!);
}
