/** Small, seeded statistics for reports and the transfer experiment. Pure: same inputs, same numbers. */
import { mulberry32 } from '../arc/random.js';

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
