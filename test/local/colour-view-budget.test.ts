/**
 * How the colour-rank view and the task's own search share one budget of step applications: the
 * view goes first, on at most its share, and the task's own search gets all it leaves. A view
 * that finds its rule at once (and so ends early) leaves the task's own search nearly the whole
 * budget; a view that finds nothing takes its share and no more, so the task never spends more
 * than its budget.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/arc/grid.js';
import { EFFORTS, search } from '../../src/local/index.js';
import { colourView, searchWithColourView, VIEW_SHARE } from '../../src/local/search/colour-view.js';
import { piecesReserve } from '../../src/local/search/pieces.js';
import type { Problem } from '../../src/local/search/found.js';
import { scene, swapPair } from './_colour-scenes.js';

/** Spent step applications of a search, read through its `onSpent`. */
async function spent(run: (onSpent: (n: number) => void) => Promise<unknown>): Promise<number> {
  let n = -1;
  await run((k) => (n = k));
  return n;
}

describe('the colour-rank view and the task share one budget', () => {
  const { maxDepth, widths } = EFFORTS.default;
  const applications = 20_000;
  const opts = { applications, maxDepth, widths };

  it('gives the task its own search every application a view that ended early left', async () => {
    // The second and third most common colours swap in every pair: one step on the view, where the
    // search stops at depth one; the task alone fits it only by stacking colour tables and spends all it gets.
    const pairs = [swapPair(0, 3, 5, 8, 1), swapPair(0, 6, 2, 4, 3), swapPair(7, 1, 9, 3, 5)];
    const p: Problem = { ins: pairs.map((x) => x[0]), outs: pairs.map((x) => x[1]), tests: [scene(1, 4, 6, 2, 2)] };
    const view = colourView(p)!;
    const onView = await spent((onSpent) =>
      search(view.problem, {
        ...opts,
        applications: Math.floor(applications * view.share),
        onSpent,
      }),
    );
    const onOwn = await spent((onSpent) => search(p, { ...opts, applications: applications - onView, onSpent }));
    const total = await spent((onSpent) => searchWithColourView(p, { ...opts, onSpent }));
    expect(onView).toBeLessThan(applications * VIEW_SHARE.otherColours * 0.5);
    expect(onOwn).toBeGreaterThan(applications * (1 - VIEW_SHARE.otherColours));
    expect(total).toBe(onView + onOwn);
    expect(total).toBeLessThanOrEqual(applications);
  });

  it.each([
    ['that show other colours', 'otherColours', [scene(0, 3, 5, 8, 1), scene(6, 2, 4, 0, 3)], scene(1, 4, 6, 2, 2)],
    [
      'that all show the same colours',
      'sameColours',
      [scene(0, 3, 5, 8, 1), scene(3, 0, 8, 5, 3)],
      scene(5, 8, 0, 3, 2),
    ],
  ] as const)(
    'gives a view that finds nothing, on inputs %s, its share and no more, and the task its own search the rest',
    async (_what, share, ins, test) => {
      // Each output is its input's cells shuffled by a fixed arithmetic pattern: no program fits, so
      // both searches spend all they are given.
      const shuffled = (g: Grid): Grid =>
        g.map((row, r) => row.map((_, c) => g[(r * 3 + c * 2 + 1) % 5]![(r + c * 4) % 5]!));
      const p: Problem = { ins, outs: ins.map(shuffled), tests: [test] };
      const view = colourView(p)!;
      expect(view.share).toBe(VIEW_SHARE[share]);
      // A budget both searches spend to the end on these grids: with more, the task's own search can
      // run out of states to expand first (at 20,000 it did, once the screen stopped moves that leave
      // the first train grid as it was), and what it was given would no longer show in what it spent.
      const bound = { ...opts, applications: 12_000 };
      const cap = Math.floor(bound.applications * view.share);
      const onView = await spent((onSpent) => search(view.problem, { ...bound, applications: cap, onSpent }));
      const total = await spent((onSpent) => searchWithColourView(p, { ...bound, onSpent }));
      // All of its share but what it held back for stacking pieces and did not need.
      expect(onView).toBeLessThanOrEqual(cap);
      expect(onView).toBeGreaterThanOrEqual(cap - piecesReserve(cap, 3));
      expect(total).toBe(bound.applications);
    },
  );
});
