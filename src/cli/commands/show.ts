/** `arcmem show <task-file> [--id ID]`: a task's grids in the terminal. */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { loadTasks, type LoadOptions } from '../../arc/load.js';
import { renderSideBySide } from '../../arc/render.js';
import { height, width, type Grid } from '../../arc/grid.js';
import type { Task } from '../../arc/task.js';
import type { CommandIO } from './_io.js';
import { dataDirFrom } from './_common.js';
import { printable } from '../printable.js';

/** Picks one task from a source: the only one, or the one named by `id`. */
export async function runShow(source: string, opts: LoadOptions & { id?: string } = {}): Promise<Task> {
  const { tasks, errors } = await loadTasks(source, opts);
  if (opts.id !== undefined) {
    const task = tasks.find((t) => t.id === opts.id);
    if (!task)
      throw new ConfigError(`${source}: no task with id ${opts.id}; run \`arcmem tasks ${source}\` to list the ids`);
    return task;
  }
  if (tasks.length === 1) return tasks[0]!;
  if (tasks.length === 0 && errors[0]) throw errors[0];
  throw new ConfigError(`${source} holds ${tasks.length} tasks; pick one with --id (see \`arcmem tasks ${source}\`)`);
}

const label = (name: string, g: Grid): string => `${name} ${height(g)}x${width(g)}`;

/** Every train pair and test input (with its output when known), side by side. */
export function formatShow(task: Task, opts: { colours?: boolean } = {}): string {
  const parts = [
    `task ${printable(task.id)}: ${task.train.length} train pairs, ${task.test.length} test input${task.test.length === 1 ? '' : 's'}`,
  ];
  task.train.forEach((p, i) => {
    parts.push(
      '',
      `train ${i + 1}`,
      renderSideBySide(
        [
          { label: label('input', p.input), grid: p.input },
          { label: label('output', p.output), grid: p.output },
        ],
        opts,
      ),
    );
  });
  task.test.forEach((p, i) => {
    const items = [{ label: label('input', p.input), grid: p.input }];
    if (p.output) items.push({ label: label('expected', p.output), grid: p.output });
    parts.push('', `test ${i + 1}`, renderSideBySide(items, opts));
  });
  return parts.join('\n');
}

export function register(program: Command, io: CommandIO): void {
  program
    .command('show')
    .description("Show a task's grids in the terminal, coloured with the ARC palette")
    .argument('<task-file>', 'a task file, or a folder / combined file / dataset name with --id')
    .option('--id <id>', 'which task, when the source holds several')
    .option('--solutions <file>', 'a *_solutions.json giving the test outputs')
    .option('--no-color', 'digits instead of colours (also when NO_COLOR is set or output is not a terminal)')
    .addHelpText(
      'after',
      '\nExamples:\n  arcmem show data/tasks/upscale-2x.json\n  arcmem show arc-agi-1/training --id 007bbfb7 --no-color',
    )
    .action(async (source: string, opts: { id?: string; solutions?: string; color: boolean }) => {
      const task = await runShow(source, { id: opts.id, solutions: opts.solutions, dataDir: dataDirFrom(io) });
      io.print(formatShow(task, { colours: opts.color && io.colours }));
    });
}
