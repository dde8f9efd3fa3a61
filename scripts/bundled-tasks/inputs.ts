/** Input makers of the bundled tasks that need more than random noise. `i` is the pair's index. */
import { blank, H, int, noise, pick, scatter, sized, W, type G, type Rng } from './grid-kit.js';

export const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** Two small objects plus grey noise on empty cells. */
export function objectsWithNoise(r: Rng): G {
  const g = sized(r, 6, 9, 0, ALL);
  scatter(
    r,
    g,
    2,
    () => [int(r, 2, 3), int(r, 2, 3)],
    () => pick(r, [1, 2, 3, 4]),
  );
  return g.map((row) => row.map((v) => (v === 0 && r() < 0.15 ? 5 : v)));
}

/** One single-colour object with a full outline on its top and left edges. */
export function oneObject(r: Rng): G {
  const g = blank(int(r, 7, 10), int(r, 7, 10));
  const h = int(r, 2, 4),
    w = int(r, 2, 4),
    y = int(r, 0, H(g) - h),
    x = int(r, 0, W(g) - w),
    col = pick(r, ALL);
  for (let a = 0; a < h; a++)
    for (let b = 0; b < w; b++) if (a === 0 || b === 0 || a === h - 1 || r() < 0.6) g[y + a]![x + b] = col;
  g[y + h - 1]![x + w - 1] = col;
  return g;
}

/** Three solid rectangles of different sizes and colours. */
export function rectanglesOfThreeSizes(r: Rng, i: number): G {
  const g = blank(int(r, 8, 10), int(r, 8, 10));
  const sizes: [number, number][] = [
    [1, 2],
    [2, 2],
    [3, 3 + (i % 2)],
  ];
  const cols = [1, 2, 3, 4, 6, 7, 8].sort(() => r() - 0.5);
  sizes.forEach((s, k) =>
    scatter(
      r,
      g,
      1,
      () => s,
      () => cols[k]!,
    ),
  );
  return g;
}

/** A red object at the left edge and an azure wall in the last column. */
export function objectAndWall(r: Rng): G {
  const g = blank(int(r, 5, 8), int(r, 8, 10));
  g.forEach((row) => (row[W(g) - 1] = 8));
  const h = int(r, 2, 3),
    y = int(r, 0, H(g) - h);
  for (let a = 0; a < h; a++) for (let b = 0; b < 3; b++) if (b === 1 || r() < 0.5) g[y + a]![b] = 2;
  return g;
}

/** A left-right symmetric picture with some right-half cells erased. */
export function erodedSymmetric(r: Rng): G {
  const h = int(r, 4, 7),
    half = int(r, 2, 4);
  const left = noise(r, h, half, 0.7, [1, 3, 4, 6]);
  const full = left.map((row) => [...row, ...[...row].reverse()]);
  return full.map((row) => row.map((v, c) => (c >= half && v && r() < 0.4 ? 0 : v)));
}

/** 1-5 separate one-colour objects (single cells or dominoes). */
export function separateObjects(r: Rng): G {
  const g = blank(int(r, 6, 8), int(r, 6, 8));
  const col = pick(r, ALL);
  scatter(
    r,
    g,
    int(r, 1, 5),
    () => (r() < 0.5 ? [1, 1] : [1, 2]),
    () => col,
  );
  return g;
}

/** Small bars in 1-5 different colours. */
export function barsInSomeColors(r: Rng): G {
  const g = blank(int(r, 5, 7), int(r, 5, 7));
  const cols = [...ALL].sort(() => r() - 0.5).slice(0, int(r, 1, 5));
  cols.forEach((c) =>
    scatter(
      r,
      g,
      int(r, 1, 2),
      () => [1, int(r, 1, 2)],
      () => c,
    ),
  );
  return g;
}

/** Breaks the top wall of the first hollow rectangle found (its inside then touches the outside). */
function openOneWall(g: G): void {
  for (let r = 0; r + 1 < H(g); r++) {
    for (let c = 1; c + 1 < W(g); c++) {
      if (
        g[r]![c] === 3 &&
        g[r]![c - 1] === 3 &&
        g[r]![c + 1] === 3 &&
        g[r + 1]![c] === 0 &&
        (r === 0 || g[r - 1]![c] === 0)
      ) {
        g[r]![c] = 0;
        return;
      }
    }
  }
}

/** Green hollow rectangles; in odd pairs one of them is opened. */
export function hollowRectangles(r: Rng, i: number): G {
  const g = blank(int(r, 8, 10), int(r, 8, 10));
  const n = scatter(
    r,
    g,
    i % 2 ? 3 : int(r, 1, 3),
    () => [int(r, 3, 4), int(r, 3, 5)],
    () => 3,
    true,
  );
  if (i % 2 && n >= 2) openOneWall(g);
  return g;
}

/** At most one coloured cell on each even row. */
export function cellsOnEvenRows(r: Rng): G {
  const g = blank(int(r, 5, 8), int(r, 5, 8));
  const rows = [...Array(H(g)).keys()].filter((y) => y % 2 === 0 && r() < 0.7);
  rows.forEach((y) => (g[y]![int(r, 0, W(g) - 1)] = pick(r, ALL)));
  if (!rows.length) g[0]![0] = 1;
  return g;
}

/** Coloured cells above the bottom row, about 40% of the columns. */
export function cellsInColumns(r: Rng): G {
  const g = blank(int(r, 5, 8), int(r, 5, 8));
  for (let x = 0; x < W(g); x++) if (r() < 0.4) g[int(r, 0, H(g) - 2)]![x] = pick(r, ALL);
  g[0]![0] ||= 6;
  return g;
}

/** Blue left half, grey divider, red right half. */
export function twoHalves(r: Rng): G {
  const h = int(r, 3, 5),
    w = int(r, 3, 4);
  const a = noise(r, h, w, 0.4, [1]),
    b = noise(r, h, w, 0.4, [2]);
  return a.map((row, y) => [...row, 5, ...b[y]!]);
}
