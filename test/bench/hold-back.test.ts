import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/arc/task.js';
import { holdBackLastPair } from '../../bench/_hold-back.js';

const pair = (n: number) => ({ input: [[n]], output: [[n + 1]] });
const task = (pairs: number): Task => ({
  id: 't',
  train: Array.from({ length: pairs }, (_, i) => pair(i)),
  test: [{ input: [[9]], output: [[8]] }],
});

describe('holding back the last train pair', () => {
  it('makes the last train pair the only test and keeps the others, in order, for the search', () => {
    const held = holdBackLastPair(task(4))!;
    expect(held.train).toEqual([pair(0), pair(1), pair(2)]);
    expect(held.test).toEqual([pair(3)]);
    expect(held.id).toBe('t');
  });

  it.each([1, 2])('skips a task with %i train pairs (the search would keep fewer than two)', (n) => {
    expect(holdBackLastPair(task(n))).toBeNull();
  });

  it('never exposes the real test pair', () => {
    const held = holdBackLastPair(task(3))!;
    expect(JSON.stringify(held)).not.toContain('[[9]]');
  });
});
