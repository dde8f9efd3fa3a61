/**
 * What the transfer experiment (experiment/) hands to the report that writes transfer.json
 * (report/): its settings and where each solve's run folder is. Types only, kept here so that
 * neither of those two folders imports the other.
 */

/** The order source tasks are solved in while the library fills up. */
export type TaskOrder = 'random' | 'curriculum' | 'given';

export interface TransferSettings {
  readonly source: string | null;
  readonly target: string;
  readonly model: string;
  readonly coldPreset: string;
  readonly warmPreset: string;
  readonly repeats: number;
  readonly seed: number;
  readonly order: TaskOrder;
  /** Target task ids removed from the source so the library never holds the tasks it is tested on. */
  readonly excludedFromSource: readonly string[];
  readonly sourceTasks: number;
  readonly targetTasks: number;
  readonly budgets: Record<string, unknown>;
  /** The budget curve's points, ascending; null: one solve per condition at the configured budget. */
  readonly budgetCurve?: readonly number[] | null;
}

/** One solve of the target tasks. */
export interface ConditionDir {
  readonly condition: string;
  readonly repeat: number;
  readonly seed: number;
  /** The budget-curve point this solve ran at; null or absent without a curve. */
  readonly budget?: number | null;
  readonly dir: string;
}

/** What the experiment did and where its solves are: everything transfer.json holds but the analysis. */
export interface TransferRuns {
  readonly version: 1;
  readonly createdAt: string;
  readonly settings: TransferSettings;
  readonly library: {
    readonly uri: string;
    readonly built: boolean;
    readonly entries: number;
    readonly sourceSolved: number | null;
    readonly sourceTrainPerfect: number | null;
    /** Text-embedding model used for related instructions and search; null: fingerprints only. */
    readonly embedModel?: string | null;
  };
  /** Run folders of every solve, by condition and repeat. */
  readonly runs: readonly ConditionDir[];
  readonly wallS: number;
  /** The experiment folder. */
  readonly out: string;
  /** Library entry id → the task it was stored for (to attribute warm wins to source tasks). */
  readonly entryTask: Readonly<Record<string, string>>;
}
