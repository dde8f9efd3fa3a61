/** `arcmem tasks <source>`: what a task source holds (id, train pairs, test inputs, sizes). */
import type { Command } from 'commander';
import { loadTasks, type LoadOptions } from '../../arc/load.js';
import { hasSolutions, type Task } from '../../arc/task.js';
import { height, width, type Grid } from '../../arc/grid.js';
import type { CommandIO } from './_io.js';
import { asJson, dataDirFrom, table } from './_common.js';

export interface TaskSummary {
  readonly id: string;
  readonly train: number;
  readonly test: number;
  /** Shapes, e.g. `3x3→6x6 3x3→6x6 | 4x4`. */
  readonly sizes: string;
  readonly solutions: boolean;
}
export interface TasksResult {
  readonly source: string;
  readonly tasks: readonly TaskSummary[];
  readonly errors: readonly { file?: string; path?: string; message: string }[];
}

const shape = (g: Grid): string => `${height(g)}x${width(g)}`;

export function summarize(task: Task): TaskSummary {
  const train = task.train.map((p) => `${shape(p.input)}→${shape(p.output)}`).join(' ');
  const test = task.test.map((p) => shape(p.input)).join(' ');
  return {
    id: task.id,
    train: task.train.length,
    test: task.test.length,
    sizes: `${train} | ${test}`,
    solutions: hasSolutions(task),
  };
}

/** Loads a source and summarises each task; bad files are listed, not fatal. */
export async function runTasks(source: string, opts: LoadOptions = {}): Promise<TasksResult> {
  const { tasks, errors } = await loadTasks(source, opts);
  return {
    source,
    tasks: tasks.map(summarize),
    errors: errors.map((e) => ({ file: e.file, path: e.path, message: e.message })),
  };
}

export function formatTasks(r: TasksResult): string {
  const rows = [['id', 'train', 'test', 'solutions', 'sizes (train in→out | test in)']];
  for (const t of r.tasks) rows.push([t.id, String(t.train), String(t.test), t.solutions ? 'yes' : 'no', t.sizes]);
  const lines = [table(rows), '', `${r.tasks.length} task${r.tasks.length === 1 ? '' : 's'} from ${r.source}`];
  if (r.errors.length) {
    lines.push(`${r.errors.length} could not be loaded:`);
    for (const e of r.errors) lines.push(`  ${e.message}`);
  }
  return lines.join('\n');
}

export function register(program: Command, io: CommandIO): void {
  program
    .command('tasks')
    .description('List the tasks in a source: id, train pairs, test inputs and grid sizes')
    .argument(
      '<source>',
      'a task file, a folder of task files, a *_challenges.json, or a dataset name (arc-agi-1/training, tasks)',
    )
    .option(
      '--solutions <file>',
      'a *_solutions.json giving the test outputs (found automatically next to *_challenges.json)',
    )
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      '\nDataset names resolve under $ARCMEM_DATA, else the package data/ folder.\nExample: arcmem tasks data/tasks',
    )
    .action(async (source: string, opts: { solutions?: string; json?: boolean }) => {
      const result = await runTasks(source, { solutions: opts.solutions, dataDir: dataDirFrom(io) });
      io.print(opts.json ? asJson(result) : formatTasks(result));
    });
}
