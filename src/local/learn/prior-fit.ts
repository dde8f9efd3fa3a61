/**
 * The learned search prior, fitted from solved programs: for each step kind (and each kind with
 * its main parameter) how many solved tasks used it, overall and given a few discrete features
 * of the task. Plain smoothed counts, so they can be printed and checked by hand; a SearchPrior
 * built from them scores a step by its smoothed log-odds of being used, which is zero when nothing
 * is learned.
 */
import type { Grid } from '../../arc/grid.js';
import { stepDef } from '../language/steps.js';
import type { Program, Step } from '../language/types.js';
import { taskFeatures, type SearchPrior, type TaskFeatures } from '../search/prior.js';
import { sizeRule } from '../search/size.js';

/** One count: tasks (and traces) whose programs use `kind` (with `param`, '' for the kind alone) among tasks with `feature` = `value`. */
export interface PriorCount {
  /** A step kind, or '*' for the row counting the tasks themselves. */
  readonly kind: string;
  /** The step's main parameter ('' for the kind as a whole). */
  readonly param: string;
  /** A task feature, or '*' for all tasks. */
  readonly feature: string;
  readonly value: string;
  /** Solved tasks using it. */
  readonly count: number;
  /** Perfect traces using it. */
  readonly traces: number;
}

/** A solved task's evidence: its features and the perfect programs found for it. */
export interface PriorSample {
  /** Identifies the task (its content hash), so several traces of one task count once. */
  readonly task: string;
  readonly features: TaskFeatures;
  readonly program: Program;
}

/** Every count in `counts` shrinks towards even odds by this many pseudo-tasks on each side. */
export const PRIOR_SMOOTHING = 1;
/**
 * Solved tasks at which the learned prior weighs half (its scores are scaled by n / (n + this)).
 * A few solved tasks are weak evidence: at full weight, a step used once would overtake every
 * step never used, and a small library would starve the kinds it has not seen yet of budget.
 */
export const PRIOR_EVIDENCE_TASKS = 50;
const ALL = '*';

/** The discrete task features the prior conditions on. */
export function priorFeatures(f: TaskFeatures): Record<string, string> {
  return {
    sameShape: String(f.sameShape),
    shrinks: String(f.shrinks),
    grows: String(f.grows),
    sizeRule: f.sizeRule ?? 'none',
    newColours: String(f.newColours.length > 0),
  };
}

/** The features of a task from its train pairs (as the search computes them). */
export function featuresOfTrain(train: readonly (readonly [Grid, Grid])[]): TaskFeatures {
  return taskFeatures(train, sizeRule(train)?.name ?? null);
}

/**
 * A step's main parameter: its first option argument, else its first whole-number argument.
 * Colours and maps are left out: they name this task's colours and do not carry to another.
 */
export function mainParam(step: Step): string {
  const args = Object.entries(stepDef(step.name).args);
  const pick = args.find(([, t]) => t.kind === 'enum') ?? args.find(([, t]) => t.kind === 'int');
  return pick ? String(step.args[pick[0]]) : '';
}

const itemsOf = (program: Program): string[] => [
  ...new Set(program.flatMap((s) => [key(s.name, ''), ...(mainParam(s) ? [key(s.name, mainParam(s))] : [])])),
];
const key = (kind: string, param: string): string => `${kind}\u0000${param}`;
const cell = (item: string, feature: string, value: string): string => `${item}\u0001${feature}\u0001${value}`;

/** Counts every sample; a task counts once per item however many of its traces use it. */
export function fitPriorCounts(samples: readonly PriorSample[]): PriorCount[] {
  const tasks = new Map<string, Set<string>>(),
    traces = new Map<string, number>();
  const add = (c: string, task: string): void => {
    if (!tasks.has(c)) tasks.set(c, new Set());
    tasks.get(c)!.add(task);
    traces.set(c, (traces.get(c) ?? 0) + 1);
  };
  for (const s of samples) {
    const conditions: [string, string][] = [[ALL, ALL], ...Object.entries(priorFeatures(s.features))];
    for (const [feature, value] of conditions) {
      add(cell(key(ALL, ''), feature, value), s.task);
      for (const item of itemsOf(s.program)) add(cell(item, feature, value), s.task);
    }
  }
  return [...tasks.entries()]
    .map(([c, ts]) => {
      const [item, feature, value] = c.split('\u0001') as [string, string, string];
      const [kind, param] = item.split('\u0000') as [string, string];
      return { kind, param, feature, value, count: ts.size, traces: traces.get(c)! };
    })
    .sort((a, b) => compare(a, b));
}

type Keyed = Pick<PriorCount, 'kind' | 'param' | 'feature' | 'value'>;
const compare = (a: Keyed, b: Keyed): number =>
  a.kind.localeCompare(b.kind) ||
  a.param.localeCompare(b.param) ||
  a.feature.localeCompare(b.feature) ||
  a.value.localeCompare(b.value);

/** How many solved tasks and perfect traces the counts were fitted from. */
export function priorTotals(counts: readonly PriorCount[]): { tasks: number; traces: number } {
  const all = counts.find((c) => c.kind === ALL && c.feature === ALL);
  return { tasks: all?.count ?? 0, traces: all?.traces ?? 0 };
}

/** Smoothed log-odds of `n` out of `total`: 0 with no data. */
const logOdds = (n: number, total: number): number => Math.log((n + PRIOR_SMOOTHING) / (total - n + PRIOR_SMOOTHING));

/** Looks counts up by item and condition. */
export class PriorTable {
  private readonly byCell = new Map<string, number>();
  constructor(readonly counts: readonly PriorCount[]) {
    for (const c of counts) this.byCell.set(cell(key(c.kind, c.param), c.feature, c.value), c.count);
  }
  /** Tasks using the item given feature = value ('*', '*': all tasks; kind '*': the tasks themselves). */
  count(kind: string, param: string, feature = ALL, value = ALL): number {
    return this.byCell.get(cell(key(kind, param), feature, value)) ?? 0;
  }
  /** Solved tasks with feature = value. */
  tasks(feature = ALL, value = ALL): number {
    return this.count(ALL, '', feature, value);
  }
  /**
   * The smoothed log-odds that a task uses the item, averaged over all tasks and the tasks sharing
   * each of these feature values (a value no solved task had is left out: it says nothing).
   * An average rather than a naive-Bayes sum: the features overlap (a task that shrinks does not
   * keep its shape), and summing their evidence would count it several times.
   */
  meanLogOdds(kind: string, param: string, features: Record<string, string>): number {
    const conditions: [string, string][] = [[ALL, ALL], ...Object.entries(features)];
    let sum = 0,
      n = 0;
    for (const [f, v] of conditions) {
      const tasks = this.tasks(f, v);
      if (tasks === 0) continue;
      sum += logOdds(this.count(kind, param, f, v), tasks);
      n++;
    }
    return n ? sum / n : 0;
  }
}

/** A learned prior, and the score it gives any step of a kind no solved task used. */
export interface LearnedPrior extends SearchPrior {
  /** The score of a step of a kind no solved task used, for a task with these features (0 when nothing is learned). */
  floor(features: TaskFeatures): number;
}

/** A kind name no step has: its counts are all zero. */
const UNSEEN_KIND = '';

/**
 * The prior the counts give: the mean of the kind's log-odds and the (kind, main parameter)'s, so
 * a kind that solved tasks with another parameter still ranks above a kind never used; scaled by
 * the evidence (PRIOR_EVIDENCE_TASKS). With no solved tasks every step scores 0. A step never used
 * scores the same low value as any other never used, so among those the hand prior's order stands.
 */
export function learnedPrior(counts: readonly PriorCount[]): LearnedPrior {
  const table = new PriorTable(counts);
  if (table.tasks() === 0) return { score: () => 0, floor: () => 0 };
  const weight = table.tasks() / (table.tasks() + PRIOR_EVIDENCE_TASKS);
  const memo = new Map<string, number>();
  return {
    floor: (features) => weight * table.meanLogOdds(UNSEEN_KIND, '', priorFeatures(features)),
    score(step, features) {
      const fs = priorFeatures(features),
        param = mainParam(step);
      const k = `${key(step.name, param)}\u0001${JSON.stringify(fs)}`;
      let v = memo.get(k);
      if (v === undefined) {
        const kind = table.meanLogOdds(step.name, '', fs);
        v = weight * (param ? (kind + table.meanLogOdds(step.name, param, fs)) / 2 : kind);
        memo.set(k, v);
      }
      return v;
    },
  };
}

/** Several priors as one: their scores add up. */
export const combinePriors = (...priors: readonly SearchPrior[]): SearchPrior => ({
  score: (step, features) => priors.reduce((s, p) => s + p.score(step, features), 0),
});

/** How much more often tasks with a feature value use a step than tasks overall. */
export interface PriorAssociation {
  readonly feature: string;
  readonly value: string;
  readonly kind: string;
  readonly param: string;
  /** Solved tasks with the feature value that use the step, of `tasks` with the value. */
  readonly count: number;
  readonly tasks: number;
  /** P(step | feature = value) / P(step), unsmoothed. */
  readonly lift: number;
  /** The smoothed log-odds difference the prior adds for this value: what the ranking uses. */
  readonly weight: number;
}

/** The `top` associations that move the prior most towards a step (highest weight first), each said once. */
export function strongestAssociations(counts: readonly PriorCount[], top: number): PriorAssociation[] {
  const table = new PriorTable(counts);
  const all = table.tasks();
  // A kind used with one parameter only says the same as that parameter's row: show the latter.
  const sameAsParam = new Set(
    counts
      .filter((c) => c.param !== '' && c.count === table.count(c.kind, '', c.feature, c.value))
      .filter((c) => table.count(c.kind, c.param) === table.count(c.kind, ''))
      .map((c) => cell(key(c.kind, ''), c.feature, c.value)),
  );
  return counts
    .filter((c) => c.kind !== ALL && c.feature !== ALL && c.count > 0)
    .filter((c) => !sameAsParam.has(cell(key(c.kind, c.param), c.feature, c.value)))
    .map((c) => {
      const tasks = table.tasks(c.feature, c.value),
        overall = table.count(c.kind, c.param);
      return {
        feature: c.feature,
        value: c.value,
        kind: c.kind,
        param: c.param,
        count: c.count,
        tasks,
        lift: c.count / tasks / (overall / all),
        weight: logOdds(c.count, tasks) - logOdds(overall, all),
      };
    })
    .sort((a, b) => b.weight - a.weight || b.count - a.count || compare(a, b))
    .slice(0, top);
}
