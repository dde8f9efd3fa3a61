/**
 * The transfer experiment's budget curve: cold and warm solved at several budgets (offline:
 * step applications per task; with a model: role calls per task). Per budget, each condition's
 * pass@2, train-perfect rate and role calls per task, and warm − cold pass@2 with a paired
 * bootstrap interval over target tasks; then the smallest budget at which warm reaches cold's
 * best score. Pure: runs in, numbers out. Field names are transfer.json's.
 */
import type { BootstrapOptions } from './stats.js';
import { analyseTransfer, type ConditionRun, type ConditionSummary } from './transfer-analysis.js';

export interface BudgetCondition {
  /** Mean pass@2 per-task score. */
  readonly score: number;
  readonly train_perfect: number;
  /** Mean planner + repairer + follower calls per task. */
  readonly role_calls: number;
}

export interface BudgetPoint {
  readonly budget: number;
  readonly cold: BudgetCondition;
  readonly warm: BudgetCondition;
  /** warm − cold pass@2, paired over target tasks. */
  readonly score_diff: { readonly mean: number; readonly ci95: readonly [number, number] };
}

export interface BudgetCurve {
  /** One point per budget, ascending. */
  readonly budgets: readonly BudgetPoint[];
  /** Smallest budget at which warm's score reaches cold's best over all budgets; null if it never does. */
  readonly budget_to_match: number | null;
}

const conditionPoint = (c: ConditionSummary | undefined): BudgetCondition => ({
  score: c?.score ?? NaN,
  train_perfect: c?.trainPerfectRate ?? NaN,
  role_calls: c?.meanCalls ?? NaN,
});

/** The budgets the runs were solved at, ascending (runs without one are left out). */
export const curveBudgets = (runs: readonly ConditionRun[]): number[] =>
  [...new Set(runs.map((r) => r.budget).filter((b): b is number => typeof b === 'number'))].sort((a, b) => a - b);

/** Scores equal up to rounding count as reached: means over tasks and repeats are not exact. */
const REACHED = 1e-9;

export function budgetCurve(runs: readonly ConditionRun[], bootstrap: BootstrapOptions = {}): BudgetCurve {
  const budgets = curveBudgets(runs).map((budget): BudgetPoint => {
    const a = analyseTransfer(
      runs.filter((r) => r.budget === budget),
      { bootstrap },
    );
    const d = a.differences.score;
    return {
      budget,
      cold: conditionPoint(a.conditions.cold),
      warm: conditionPoint(a.conditions.warm),
      score_diff: { mean: d.diff, ci95: [d.lo, d.hi] },
    };
  });
  const coldScores = budgets.map((p) => p.cold.score).filter(Number.isFinite);
  const coldBest = coldScores.length ? Math.max(...coldScores) : NaN;
  const match = Number.isFinite(coldBest) ? budgets.find((p) => p.warm.score >= coldBest - REACHED) : undefined;
  return { budgets, budget_to_match: match?.budget ?? null };
}
