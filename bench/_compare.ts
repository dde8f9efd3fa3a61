/**
 * Two runs of `bench:local` on the same set, task by task: which tasks one solves and the other does
 * not, which become train-perfect or stop being so, and what each run cost on the tasks both ran,
 * also on the tasks neither solves, where the budget binds and where a change in CPU per task shows
 * first. Engine changes are judged this way on ARC-AGI-1 training before the held-out set is run.
 */
import { readFileSync } from 'node:fs';
import { quantile } from '../src/report/stats.js';

/** What a comparison needs of one line of a run's `.jsonl`. */
export interface TaskRow {
  readonly id: string;
  readonly solved: boolean;
  readonly trainPerfect: boolean;
  readonly cpuSeconds: number;
  readonly skipped?: boolean;
}

/** Two runs side by side: first the base, then the other; pairs are [base, other]. */
export interface Comparison {
  /** Tasks both runs ran (skipped ones left out). */
  readonly common: number;
  readonly solved: readonly [number, number];
  readonly gained: readonly string[];
  readonly lost: readonly string[];
  readonly trainPerfectGained: readonly string[];
  readonly trainPerfectLost: readonly string[];
  readonly cpuTotal: readonly [number, number];
  readonly cpuMedian: readonly [number, number];
  /** Tasks neither run solves, and the CPU seconds each run spent on them. */
  readonly unsolved: { readonly tasks: number; readonly cpuTotal: readonly [number, number] };
}

/** The median, or 0 when the runs share no task. */
const median = (xs: readonly number[]): number =>
  xs.length
    ? quantile(
        [...xs].sort((a, b) => a - b),
        0.5,
      )
    : 0;
const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** The comparison of `other` against `base` on the tasks both ran, ids sorted. */
export function compareRuns(base: readonly TaskRow[], other: readonly TaskRow[]): Comparison {
  const ran = (rows: readonly TaskRow[]) => new Map(rows.filter((r) => !r.skipped).map((r) => [r.id, r]));
  const a = ran(base),
    b = ran(other);
  const ids = [...a.keys()].filter((id) => b.has(id)).sort();
  const pairs = ids.map((id) => [a.get(id)!, b.get(id)!] as const);
  const where = (test: (x: TaskRow, y: TaskRow) => boolean) => pairs.filter(([x, y]) => test(x, y)).map(([x]) => x.id);
  const neither = pairs.filter(([x, y]) => !x.solved && !y.solved);
  return {
    common: ids.length,
    solved: [pairs.filter(([x]) => x.solved).length, pairs.filter(([, y]) => y.solved).length],
    gained: where((x, y) => y.solved && !x.solved),
    lost: where((x, y) => x.solved && !y.solved),
    trainPerfectGained: where((x, y) => y.trainPerfect && !x.trainPerfect),
    trainPerfectLost: where((x, y) => x.trainPerfect && !y.trainPerfect),
    cpuTotal: [sum(pairs.map(([x]) => x.cpuSeconds)), sum(pairs.map(([, y]) => y.cpuSeconds))],
    cpuMedian: [median(pairs.map(([x]) => x.cpuSeconds)), median(pairs.map(([, y]) => y.cpuSeconds))],
    unsolved: {
      tasks: neither.length,
      cpuTotal: [sum(neither.map(([x]) => x.cpuSeconds)), sum(neither.map(([, y]) => y.cpuSeconds))],
    },
  };
}

const isRow = (x: unknown): x is TaskRow => {
  const r = x as Partial<TaskRow> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    typeof r.solved === 'boolean' &&
    typeof r.trainPerfect === 'boolean' &&
    typeof r.cpuSeconds === 'number'
  );
};

/** The task lines of a run's `.jsonl`; an error naming the file and line when one is not a `bench:local` result. */
export function readRun(file: string): TaskRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new Error(
      `cannot read ${file} (${code}); pass the .jsonl a bench:local run wrote, <out>/local-<set>-<effort>.jsonl`,
    );
  }
  const rows: TaskRow[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = null;
    }
    if (!isRow(parsed))
      throw new Error(
        `line ${i + 1} of ${file} is not a bench:local task result (a JSON object with id, solved, trainPerfect, cpuSeconds)`,
      );
    rows.push(parsed);
  });
  return rows;
}

const ids = (xs: readonly string[]): string => (xs.length ? xs.join(' ') : 'none');

/** The comparison as lines of text, the runs named by `labels` ([base, other]). */
export function describeComparison(c: Comparison, labels: readonly [string, string]): string[] {
  const [base, other] = labels;
  return [
    `${other} against ${base}: ${c.common} tasks in both; solved ${c.solved[1]} against ${c.solved[0]}`,
    `  gained: ${ids(c.gained)}`,
    `  lost: ${ids(c.lost)}`,
    `  train-perfect gained: ${ids(c.trainPerfectGained)}; lost: ${ids(c.trainPerfectLost)}`,
    `  CPU s, all ${c.common}: ${c.cpuTotal[1].toFixed(0)} against ${c.cpuTotal[0].toFixed(0)} (median ${c.cpuMedian[1].toFixed(2)} against ${c.cpuMedian[0].toFixed(2)})`,
    `  CPU s, the ${c.unsolved.tasks} neither solves: ${c.unsolved.cpuTotal[1].toFixed(0)} against ${c.unsolved.cpuTotal[0].toFixed(0)}` +
      ' (CPU time varies with the machine: compare runs made side by side)',
  ];
}
