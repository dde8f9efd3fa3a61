import { describe, expect, it } from 'vitest';
import { mulberry32, seededShuffle } from '../../src/arc/random.js';
import { mean, pairedBootstrap, quantile } from '../../src/report/stats.js';

describe('seeded randomness', () => {
  it('mulberry32 repeats for a seed, differs across seeds, stays in [0, 1)', () => {
    const a = Array.from({ length: 1000 }, mulberry32(7));
    expect(Array.from({ length: 1000 }, mulberry32(7))).toEqual(a);
    expect(Array.from({ length: 5 }, mulberry32(8))).not.toEqual(a.slice(0, 5));
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...a)).toBeLessThan(1);
    expect(mean(a)).toBeCloseTo(0.5, 1);
  });

  it('seededShuffle is a permutation, repeatable per seed', () => {
    const xs = Array.from({ length: 50 }, (_, i) => i);
    const s = seededShuffle(xs, 3);
    expect([...s].sort((x, y) => x - y)).toEqual(xs);
    expect(seededShuffle(xs, 3)).toEqual(s);
    expect(s).not.toEqual(xs);
  });
});

describe('quantiles', () => {
  it.each([
    [0, 1],
    [0.5, 3],
    [1, 5],
    [0.25, 2],
    [0.125, 1.5],
  ])('quantile %f of 1..5 is %f', (q, v) => {
    expect(quantile([1, 2, 3, 4, 5], q)).toBeCloseTo(v);
  });
});

describe('paired bootstrap interval', () => {
  it('is zero-width when every pair differs by the same amount', () => {
    const ci = pairedBootstrap([0, 1, 0, 1], [1, 2, 1, 2]);
    expect(ci).toMatchObject({ diff: 1, lo: 1, hi: 1, n: 4 });
  });

  it('covers zero for a null effect and excludes it for a clear one', () => {
    const rand = mulberry32(11);
    const a = Array.from({ length: 200 }, () => (rand() < 0.3 ? 1 : 0));
    const same = a.map((x) => (rand() < 0.5 ? x : rand() < 0.3 ? 1 : 0));
    const nullCi = pairedBootstrap(a, same, { seed: 5 });
    expect(nullCi.lo).toBeLessThan(0);
    expect(nullCi.hi).toBeGreaterThan(0);
    const better = a.map((x) => (x === 1 ? 1 : rand() < 0.4 ? 1 : 0));
    const ci = pairedBootstrap(a, better, { seed: 5 });
    expect(ci.lo).toBeGreaterThan(0);
    expect(ci.diff).toBeGreaterThan(ci.lo);
    expect(ci.diff).toBeLessThan(ci.hi);
  });

  it('is repeatable for a seed and narrows as tasks are added', () => {
    const a = [0, 1, 0, 0, 1, 0, 1, 0],
      b = [1, 1, 0, 1, 1, 0, 1, 1];
    expect(pairedBootstrap(a, b, { seed: 9 })).toEqual(pairedBootstrap(a, b, { seed: 9 }));
    const wide = pairedBootstrap(a, b, { seed: 9 });
    const narrow = pairedBootstrap([...a, ...a, ...a, ...a], [...b, ...b, ...b, ...b], { seed: 9 });
    expect(narrow.hi - narrow.lo).toBeLessThan(wide.hi - wide.lo);
    expect(narrow.diff).toBeCloseTo(wide.diff);
  });

  it('matches the normal approximation on a large sample', () => {
    const rand = mulberry32(2);
    const a = Array.from({ length: 2000 }, () => rand());
    const b = a.map((x) => x + 0.1 + (rand() - 0.5));
    const ci = pairedBootstrap(a, b, { seed: 1, resamples: 4000 });
    const d = a.map((x, i) => b[i]! - x),
      m = mean(d);
    const se = Math.sqrt(d.reduce((s, x) => s + (x - m) ** 2, 0) / (d.length - 1) / d.length);
    expect(ci.lo).toBeCloseTo(m - 1.96 * se, 2);
    expect(ci.hi).toBeCloseTo(m + 1.96 * se, 2);
  });

  it('drops pairs with a missing side and refuses misaligned input', () => {
    expect(pairedBootstrap([1, NaN, 0], [1, 1, 1]).n).toBe(2);
    expect(() => pairedBootstrap([1], [1, 2])).toThrow(/line up/);
    expect(pairedBootstrap([], []).diff).toBeNaN();
  });
});
