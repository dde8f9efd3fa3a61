/** `arcmem merge <dirs...> --out DIR`: one run folder from the shards of a run. */
import type { Command } from 'commander';
import { mergeRuns, type MergeResult } from '../../run/merge.js';
import { summaryTable } from '../../run/summary.js';
import type { CommandIO } from './_io.js';
import { asJson } from './_common.js';

export const runMerge = (dirs: readonly string[], out: string): MergeResult => mergeRuns(dirs, out);

export function formatMerge(r: MergeResult, json = false): string {
  if (json) return asJson({ out: r.out, inputs: r.inputs, ...r.summary });
  return `merged ${r.inputs.length} run folder(s) into ${r.out}\n${summaryTable(r.summary)}`;
}

export function register(program: Command, io: CommandIO): void {
  program
    .command('merge')
    .description(
      'Merge run folders (e.g. the shards of one run) into one: task records, submission, events and a recomputed summary',
    )
    .argument('<dirs...>', 'run folders written by `arcmem solve`')
    .requiredOption('--out <dir>', 'the merged run folder (created if missing)')
    .option('--json', 'print the merged summary as JSON')
    .addHelpText(
      'after',
      '\nA task present in several folders keeps its better record (perfect on training, else higher fitness).\nExample: arcmem merge runs/shard0 runs/shard1 --out runs/all',
    )
    .action((dirs: string[], opts: { out: string; json?: boolean }) => {
      io.print(formatMerge(runMerge(dirs, opts.out), opts.json));
    });
}
