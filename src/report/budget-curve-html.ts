/** The budget-curve section of transfer.html: pass@2 against budget for cold and warm, and warm − cold per budget with its interval. */
import { escapeHtml } from './escape.js';
import { intervalsSvg, linesSvg } from './plots.js';
import type { BudgetPoint } from './budget-curve.js';
import { ciText, fmtNum, fmtPct, tableHtml } from './_page.js';

const diffOf = (p: BudgetPoint) => ({ diff: p.score_diff.mean, lo: p.score_diff.ci95[0], hi: p.score_diff.ci95[1] });

export function budgetCurveHtml(points: readonly BudgetPoint[], budgetToMatch: number | null): string {
  const series = (['cold', 'warm'] as const).map((name) => ({
    name,
    points: points.filter((p) => Number.isFinite(p[name].score)).map((p) => [p.budget, p[name].score] as const),
  }));
  const coldBest = Math.max(...points.map((p) => p.cold.score).filter(Number.isFinite));
  const match =
    budgetToMatch === null
      ? `Warm never reaches cold's best pass@2 (${fmtPct(coldBest)}) at these budgets.`
      : `Warm reaches cold's best pass@2 (${fmtPct(coldBest)}) at budget ${budgetToMatch}.`;
  return `<h2>Budget curve</h2>
<p class="muted">${escapeHtml('Budget: step applications per task (offline engine) or role calls per task (language model). The library is frozen; every point is a separate cold and warm solve.')}</p>
<p id="budget-to-match"><strong>${escapeHtml(match)}</strong></p>
<div class="tables">${linesSvg(series, 'budget per task', 'pass@2', 'pass@2 against budget: cold and warm')}
${intervalsSvg(
  points.map((p) => ({ label: `budget ${p.budget}`, ...diffOf(p) })),
  'Warm minus cold pass@2 per budget, 95% paired bootstrap intervals',
)}</div>
${tableHtml(
  [
    'budget',
    'cold pass@2',
    'warm pass@2',
    'warm − cold [95% CI]',
    'cold train-perfect',
    'warm train-perfect',
    'cold calls',
    'warm calls',
  ],
  points.map((p) => [
    p.budget,
    fmtPct(p.cold.score),
    fmtPct(p.warm.score),
    ciText(diffOf(p), true),
    fmtPct(p.cold.train_perfect),
    fmtPct(p.warm.train_perfect),
    fmtNum(p.cold.role_calls, 1),
    fmtNum(p.warm.role_calls, 1),
  ]),
)}`;
}
