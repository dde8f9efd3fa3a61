/** How hard the offline engine searches: named settings of the search's budget and depth. */

export type Effort = 'default' | 'deep';
export const EFFORT_NAMES: readonly Effort[] = ['default', 'deep'];

export interface EffortSettings {
  /** Step applications of a task's plan search. */
  readonly applications: number;
  /** Longest program the plan search builds. */
  readonly maxDepth: number;
  /** States expanded at each depth from 1 on. */
  readonly widths: readonly number[];
  /** Wall-clock guard of one plan search, in milliseconds. */
  readonly timeMs: number;
  /** Wall-clock the model spends on one task over all its calls, in milliseconds. */
  readonly taskTimeMs: number;
}

export const EFFORTS: Readonly<Record<Effort, EffortSettings>> = {
  default: { applications: 100_000, maxDepth: 3, widths: [60, 12], timeMs: 3000, taskTimeMs: 6000 },
  deep: { applications: 1_000_000, maxDepth: 4, widths: [200, 40, 10], timeMs: 30_000, taskTimeMs: 60_000 },
};
