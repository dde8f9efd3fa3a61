/**
 * Caches that live as long as the process hold a bounded number of entries: the oldest is dropped
 * when a new key comes, a held key is computed once, and the lines cache (one entry per grid shape
 * and axis) stays within its bound however many shapes a run meets.
 */
import { describe, expect, it } from 'vitest';
import { filled, type Grid } from '../../src/arc/grid.js';
import { BoundedCache } from '../../src/local/bounded-cache.js';
import { connectSameColour, LINE_CACHE } from '../../src/local/primitives/lines.js';

describe('BoundedCache', () => {
  it('computes a held key once and drops the oldest key when full', () => {
    const made: string[] = [];
    const cache = new BoundedCache<string, string>(2);
    const get = (k: string) => cache.get(k, () => (made.push(k), k.toUpperCase()));
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
    expect(get('c')).toBe('C'); // full: 'a', the oldest, goes
    expect(cache.size).toBe(2);
    expect([get('b'), get('c'), get('a')]).toEqual(['B', 'C', 'A']);
    expect(made).toEqual(['a', 'b', 'c', 'a']);
    expect(cache.size).toBe(2);
  });
});

describe('the lines cache', () => {
  /** A grid of `h` x `w` with colour 1 at both ends of its first row (h, w >= 3). */
  const ends = (h: number, w: number): Grid => filled(h, w).map((row, r) => (r === 0 ? [1, ...row.slice(2), 1] : row));

  it('holds at most its bound of entries after lines on 200 shapes, and still draws right', () => {
    for (let h = 3; h < 23; h++)
      for (let w = 3; w < 13; w++) {
        const out = connectSameColour(ends(h, w), 'horizontal');
        expect(out[0]).toEqual(Array(w).fill(1));
        expect(out.slice(1).every((row) => row.every((v) => v === 0))).toBe(true);
      }
    expect(LINE_CACHE.size).toBeLessThanOrEqual(LINE_CACHE.capacity);
    expect(LINE_CACHE.capacity).toBe(64);
    // the first shape was dropped long ago: drawn again, it is computed afresh and still right
    expect(connectSameColour(ends(3, 3), 'horizontal')).toEqual([
      [1, 1, 1],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});
