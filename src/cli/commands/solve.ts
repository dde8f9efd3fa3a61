/** `arcmem solve <source>`: evolve instructions for every task and write a run folder. */
import type { Command } from 'commander';
import { listPresets } from '../../evolve/strategy.js';
import { progressPrinter } from '../../run/progress.js';
import { RUN_OPTIONS } from '../../run/options.js';
import { resolveSolveConfig } from '../../run/config.js';
import { solve, type SolveResult } from '../../run/solve.js';
import { summaryTable } from '../../run/summary.js';
import type { CommandIO } from './_io.js';
import { asJson } from './_common.js';
import { addLibraryOptions, addLlmOptions, addRunOptions, givenFlags } from './_options.js';

export function formatSolve(r: SolveResult, json = false): string {
  if (json) return asJson({ out: r.out, ...r.summary });
  return `${summaryTable(r.summary)}\nrun folder  ${r.out}`;
}

export function register(program: Command, io: CommandIO): void {
  const cmd = program
    .command('solve')
    .description(
      'Solve ARC tasks by evolving natural-language instructions; writes a run folder (submission.json, tasks/, events.jsonl, summary.json)',
    )
    .argument(
      '<source>',
      'a task file, a folder of task files, a *_challenges.json, or a dataset name (e.g. arc-agi-1/training)',
    );
  addRunOptions(cmd, RUN_OPTIONS);
  cmd.option('--json', 'print the summary as JSON');
  addLibraryOptions(cmd);
  addLlmOptions(cmd);
  const preset = cmd.options.find((o) => o.long === '--preset');
  if (preset) preset.description = `${preset.description}: ${listPresets().join(', ')}`;
  cmd.addHelpText(
    'after',
    '\nModels: --model local (or no endpoint configured) uses the offline engine; otherwise set OPENAI_API_KEY and/or --base-url.\n' +
      'Examples:\n  arcmem solve data/tasks --preset lite\n  arcmem solve arc-agi-1/training --model gpt-5-mini --budget-usd 20 --cascade local,gpt-5-mini\n  arcmem solve arc-agi-1/training --resume runs/2026-11-26T10-00-00Z',
  );
  cmd.action(async (source: string, parsed: Record<string, unknown>) => {
    const json = parsed.json === true;
    const config = resolveSolveConfig({ flags: givenFlags(parsed), env: io.env });
    const ac = new AbortController();
    const stop = () => ac.abort(new Error('interrupted'));
    process.once('SIGINT', stop);
    const printer = progressPrinter((t) => io.progress(t), { tty: !!process.stderr.isTTY && !json });
    try {
      const result = await solve(source, config, {
        signal: ac.signal,
        onProgress: printer.update,
        onNotice: (line) => io.progress(`arcmem: ${line}\n`),
        onWarning: (w) => io.progress(`arcmem: warning: ${w}\n`),
      });
      printer.finish();
      io.print(formatSolve(result, json));
      if (ac.signal.aborted) {
        const left = result.summary.tasks - result.summary.finished;
        io.progress(
          `arcmem: interrupted with ${left} task${left === 1 ? '' : 's'} unfinished; continue with: arcmem solve ${source} --resume ${result.out}\n`,
        );
        process.exitCode = 130;
      } else if (result.summary.status.error > 0) {
        // The run folder is complete, but a task that errored is not an answer: scripts must see it.
        const n = result.summary.status.error;
        io.progress(
          `arcmem: ${n} task${n === 1 ? '' : 's'} failed with an error (listed under "errors" in summary.json); retry ${n === 1 ? 'it' : 'them'} with: arcmem solve ${source} --resume ${result.out}\n`,
        );
        process.exitCode = 1;
      }
    } finally {
      process.off('SIGINT', stop);
    }
  });
}
