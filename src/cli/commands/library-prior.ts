/** `arcmem library prior`: the strongest associations of the learned search prior. */
import type { Command } from 'commander';
import { summarisePrior, type PriorSummary } from '../../run/index.js';
import { printable } from '../printable.js';
import type { CommandIO } from './_io.js';
import { asJson, table, wholeNumber } from './_common.js';
import { addLibraryOption, requireLibrary, type LibraryFlags } from './library-open.js';

const feature = (f: string, v: string): string => (v === 'true' ? f : v === 'false' ? `not ${f}` : `${f} = ${v}`);

/** The summary as a table, or what to do when there is nothing to show. */
export function formatPrior(s: PriorSummary, uri: string): string {
  if (!s.stored)
    return `library ${printable(uri)} has no learned prior yet (it was written before arcmem learned one); \`arcmem library compact\` builds it from the traces, as does the next solve with this library`;
  if (s.tasks === 0)
    return `library ${printable(uri)} has no perfect traces in the step language, so no prior is learned yet; solve tasks with it first (arcmem solve <tasks> --library ${printable(uri)})`;
  const rows = s.associations.map((a) => [
    feature(a.feature, a.value),
    a.param ? `${a.kind} (${a.param})` : a.kind,
    `${a.count}/${a.tasks}`,
    a.lift.toFixed(2),
    a.weight.toFixed(2),
  ]);
  return [
    `learned from ${s.tasks} solved task(s), ${s.traces} perfect trace(s); the strongest associations (tasks: solved tasks with the feature that used the step; lift: how much more often than over all tasks; weight: the smoothed log-odds the search adds):`,
    table([['when', 'step (main parameter)', 'tasks', 'lift', 'weight'], ...rows]),
  ].join('\n');
}

/** Adds `prior` to the `library` command group. */
export function registerLibraryPrior(group: Command, io: CommandIO): void {
  addLibraryOption(group.command('prior'), false)
    .description('The learned search prior: which step kinds solved tasks with which features, with counts')
    .option('--top <n>', 'how many associations', wholeNumber('--top'), 20)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExample: arcmem library prior --library ./library --top 10')
    .action(async (f: LibraryFlags & { top: number; json?: boolean }) => {
      const lib = await requireLibrary(f, io, false, false);
      try {
        const s = await summarisePrior(lib, f.top);
        io.print(f.json ? asJson(s) : formatPrior(s, lib.uri));
      } finally {
        lib.close();
      }
    });
}
