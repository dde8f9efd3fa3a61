import { describe, expect, it } from 'vitest';
import { budgetCurve } from '../../src/report/budget-curve.js';
import { budgetCurveHtml } from '../../src/report/budget-curve-html.js';
import type { ConditionRun } from '../../src/report/transfer-analysis.js';
import { outcome } from './transfer-fixtures.js';

const ids = Array.from({ length: 10 }, (_, i) => `t${i}`);

/** One repeat per condition and budget: `solved[budget] = [cold solves t0..t(c-1), warm t0..t(w-1)]`. */
function curveRuns(solved: Record<number, readonly [number, number]>): ConditionRun[] {
  return Object.entries(solved).flatMap(([b, [c, w]]) =>
    (['cold', 'warm'] as const).map((condition) => ({
      condition,
      repeat: 0,
      seed: 0,
      budget: Number(b),
      records: ids.map((id, i) => outcome(id, i < (condition === 'cold' ? c : w), Number(b) / 100)),
    })),
  );
}

describe('the budget curve', () => {
  it('gives one point per budget, ascending, in exactly the transfer.json shape', () => {
    const curve = budgetCurve(
      curveRuns({
        10_000: [5, 7],
        1000: [2, 4],
        3000: [5, 5],
      }),
    );
    expect(curve.budgets.map((p) => p.budget)).toEqual([1000, 3000, 10_000]);
    const first = curve.budgets[0]!;
    expect(Object.keys(first).sort()).toEqual(['budget', 'cold', 'score_diff', 'warm']);
    expect(Object.keys(first.cold).sort()).toEqual(['role_calls', 'score', 'train_perfect']);
    expect(first.cold).toEqual({ score: 0.2, train_perfect: 0.2, role_calls: 10 });
    expect(first.warm.score).toBeCloseTo(0.4);
    expect(first.score_diff.mean).toBeCloseTo(0.2);
    const [lo, hi] = first.score_diff.ci95;
    expect(lo).toBeLessThanOrEqual(0.2);
    expect(hi).toBeGreaterThanOrEqual(0.2);
    expect(lo).toBeGreaterThanOrEqual(0);
    // Equal scores: every paired difference is zero, so is the interval.
    expect(curve.budgets[1]!.score_diff).toEqual({ mean: 0, ci95: [0, 0] });
  });

  it("budget_to_match is the smallest budget at which warm reaches cold's best score", () => {
    expect(budgetCurve(curveRuns({ 1000: [2, 4], 3000: [5, 5], 10_000: [5, 7] })).budget_to_match).toBe(3000);
    expect(budgetCurve(curveRuns({ 1000: [2, 6], 3000: [5, 6], 10_000: [6, 7] })).budget_to_match).toBe(1000);
  });

  it('budget_to_match is null when warm never reaches cold', () => {
    expect(budgetCurve(curveRuns({ 1000: [3, 2], 3000: [6, 5] })).budget_to_match).toBeNull();
  });

  it('leaves runs without a budget out', () => {
    const runs = curveRuns({ 1000: [2, 4] }).concat(curveRuns({ 5: [9, 9] }).map((r) => ({ ...r, budget: null })));
    expect(budgetCurve(runs).budgets.map((p) => p.budget)).toEqual([1000]);
  });

  it('draws both curves and the per-budget intervals, and says where warm matches cold', () => {
    const curve = budgetCurve(curveRuns({ 1000: [2, 4], 3000: [5, 5] }));
    const html = budgetCurveHtml(curve.budgets, curve.budget_to_match);
    expect(html).toContain('series-cold');
    expect(html).toContain('series-warm');
    expect(html.match(/class="interval"/g)?.length).toBe(2);
    expect(html).toContain('Warm reaches cold&#39;s best pass@2 (50.0%) at budget 3000.');
    expect(budgetCurveHtml(curve.budgets, null)).toContain('Warm never reaches');
  });
});
