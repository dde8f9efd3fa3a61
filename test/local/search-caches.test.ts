/**
 * What a search remembers goes with it: the grids of the programs it returns carry none of the
 * toolkit's per-grid caches (objects, splits, ...) that the search filled, so a remembered plan or
 * a second search does not keep them alive; and the step memo never holds more than its bound.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { hasMemo } from '../../src/arc/toolkit/memo.js';
import { search } from '../../src/local/index.js';
import { searchWithColourView } from '../../src/local/search/colour-view.js';

/** Three objects of colour `c` on black; the output keeps the largest (a rule that asks for objects). */
const scene = (c: number, big: readonly [number, number]): [Grid, Grid] => {
  const g = Array.from({ length: 8 }, () => Array<number>(8).fill(0));
  g[0]![0] = c;
  g[7]![7] = c;
  for (let r = big[0]; r < big[0] + 2; r++) for (let k = big[1]; k < big[1] + 3; k++) g[r]![k] = c;
  const out = Array.from({ length: 8 }, (_, r) =>
    g[r]!.map((v, k) => (r >= big[0] && r < big[0] + 2 && k >= big[1] && k < big[1] + 3 ? v : 0)),
  );
  return [g, out];
};
const pairs = [scene(3, [3, 2]), scene(5, [2, 4]), scene(3, [5, 1])];
const problem = { ins: pairs.map((p) => p[0]), outs: pairs.map((p) => p[1]), tests: [scene(4, [4, 4])[0]] };

describe("a search's caches", () => {
  it.each([
    ['search', search],
    ['searchWithColourView', searchWithColourView],
  ] as const)(
    '%s: what the toolkit remembered for the grids it expanded or returns is gone when it ends',
    async (_n, run) => {
      const ins = problem.ins.map((g) => g.map((row) => [...row])); // grids of this test only
      const found = await run({ ...problem, ins }, { applications: 4000 });
      expect(found.length).toBeGreaterThan(50);
      // the search started from these grids and asked for their objects to expand them
      expect(ins.filter(hasMemo)).toEqual([]);
      expect(found.flatMap((f) => f.grids).filter(hasMemo)).toEqual([]);
    },
  );
});
