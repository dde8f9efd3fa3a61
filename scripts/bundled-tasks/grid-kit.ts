/** Mutable grid helpers and a seeded generator for the bundled-task script (not part of the package). */
export type G = number[][];
export type Rng = () => number;

/** A small seeded generator (mulberry32): the same seed gives the same tasks. */
export function mulberry32(seed: number): Rng {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
export const make = (h: number, w: number, f: (r: number, c: number) => number): G =>
  Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => f(r, c)));
export const blank = (h: number, w: number): G => make(h, w, () => 0);
export const copy = (g: G): G => g.map((r) => [...r]);
export const H = (g: G): number => g.length;
export const W = (g: G): number => g[0]!.length;

/** Each cell coloured with probability `density`. */
export function noise(rng: Rng, h: number, w: number, density: number, colours: readonly number[]): G {
  return make(h, w, () => (rng() < density ? pick(rng, colours) : 0));
}
/** Noise of a random size, each side in lo..hi. */
export const sized = (rng: Rng, lo: number, hi: number, density: number, colours: readonly number[]): G =>
  noise(rng, int(rng, lo, hi), int(rng, lo, hi), density, colours);

/** Rows r0..r1, columns c0..c1 (inclusive) of the cells that pass `keep`. */
export function bbox(g: G, keep: (c: number) => boolean): [number, number, number, number] {
  let r0 = H(g),
    r1 = -1,
    c0 = W(g),
    c1 = -1;
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!keep(v)) return;
      r0 = Math.min(r0, r);
      r1 = Math.max(r1, r);
      c0 = Math.min(c0, c);
      c1 = Math.max(c1, c);
    }),
  );
  return [r0, r1, c0, c1];
}
export const crop = (g: G, [r0, r1, c0, c1]: [number, number, number, number]): G =>
  g.slice(r0, r1 + 1).map((r) => r.slice(c0, c1 + 1));

/** Places a solid or hollow rectangle if the area (with a 1-cell margin) is free. */
export function place(g: G, r: number, c: number, h: number, w: number, color: number, hollow = false): boolean {
  if (r + h > H(g) || c + w > W(g)) return false;
  for (let y = r - 1; y <= r + h; y++) for (let x = c - 1; x <= c + w; x++) if (g[y]?.[x]) return false;
  for (let y = r; y < r + h; y++) {
    for (let x = c; x < c + w; x++)
      if (!hollow || y === r || x === c || y === r + h - 1 || x === c + w - 1) g[y]![x] = color;
  }
  return true;
}
/** Tries to place `n` rectangles at random free spots; returns how many fit. */
export function scatter(
  rng: Rng,
  g: G,
  n: number,
  size: () => [number, number],
  color: () => number,
  hollow = false,
): number {
  let placed = 0;
  for (let tries = 0; placed < n && tries < 500; tries++) {
    const [h, w] = size();
    if (place(g, int(rng, 0, H(g) - 1), int(rng, 0, W(g) - 1), h, w, color(), hollow)) placed++;
  }
  return placed;
}

/** Number of 4-connected single-colour regions of non-zero cells. */
export function countObjects(g: G): number {
  const seen = g.map((r) => r.map(() => false));
  let n = 0;
  g.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!v || seen[r]![c]) return;
      n++;
      const stack: [number, number][] = [[r, c]];
      while (stack.length) {
        const [y, x] = stack.pop()!;
        if (y < 0 || x < 0 || y >= H(g) || x >= W(g) || seen[y]![x] || g[y]![x] !== v) continue;
        seen[y]![x] = true;
        stack.push([y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]);
      }
    }),
  );
  return n;
}
