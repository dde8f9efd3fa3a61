/** Small, seeded statistics for the transfer experiment. Pure: same inputs, same numbers. */

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** The q-quantile (0..1) of sorted values, by linear interpolation. */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos),
    hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export interface Interval {
  /** Observed mean difference (b - a). */
  readonly diff: number;
  readonly lo: number;
  readonly hi: number;
  readonly level: number;
  /** Paired units (tasks) the interval is over. */
  readonly n: number;
  readonly resamples: number;
  readonly seed: number;
}

export interface BootstrapOptions {
  readonly resamples?: number;
  readonly level?: number;
  readonly seed?: number;
}

/**
 * Paired bootstrap percentile interval for mean(b - a) over paired units (tasks): resample
 * units with replacement, so the interval reflects which tasks happened to be in the set.
 * Pairs with a non-finite value on either side are dropped.
 */
export function pairedBootstrap(a: readonly number[], b: readonly number[], opts: BootstrapOptions = {}): Interval {
  if (a.length !== b.length)
    throw new RangeError(`pairedBootstrap: ${a.length} vs ${b.length} values; pairs must line up`);
  const { resamples = 2000, level = 0.95, seed = 1 } = opts;
  const d = a.map((x, i) => b[i]! - x).filter(Number.isFinite);
  const n = d.length;
  if (n === 0) return { diff: NaN, lo: NaN, hi: NaN, level, n, resamples, seed };
  const rand = mulberry32(seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += d[Math.floor(rand() * n)]!;
    means[r] = s / n;
  }
  const sorted = Array.from(means).sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { diff: mean(d), lo: quantile(sorted, tail), hi: quantile(sorted, 1 - tail), level, n, resamples, seed };
}

/** Fisher-Yates shuffle with a seeded PRNG (returns a new array). */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const rand = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
