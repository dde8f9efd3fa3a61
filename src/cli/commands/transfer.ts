/** `arcmem transfer`: does the library help? Cold vs warm on target tasks, with intervals. */
import type { Command } from 'commander';
import { listPresets } from '../../evolve/strategy.js';
import { resolveTransferConfig, transfer } from '../../experiment/index.js';
import { headline, writeTransferReport, type TransferResult } from '../../report/index.js';
import type { CommandIO } from './_io.js';
import { asJson, wholeNumber, wholeNumbers } from './_common.js';
import { addLlmOptions, addRunOptions, givenFlags } from './_options.js';
import { addEmbedOptions } from './library-open.js';
import { DEFAULT_TRANSFER_PRESET, RUN_OPTIONS } from '../../run/index.js';

export function formatTransfer(r: TransferResult): string {
  const c = r.report.analysis.conditions;
  const row = (name: string) => {
    const x = c[name];
    return x
      ? `${name.padEnd(5)} pass@2 ${(100 * x.score).toFixed(1)}%  train-perfect ${(100 * x.trainPerfectRate).toFixed(1)}%  calls/task ${x.meanCalls.toFixed(1)}${x.meanCostUsd === null ? '' : `  $/task ${x.meanCostUsd.toFixed(4)}`}`
      : `${name}: no runs`;
  };
  const curve = (r.report.budgets ?? []).map(
    (p) =>
      `budget ${String(p.budget).padEnd(7)} cold ${(100 * p.cold.score).toFixed(1)}%  warm ${(100 * p.warm.score).toFixed(1)}%  warm - cold ${(100 * p.score_diff.mean).toFixed(1)} pp [${(100 * p.score_diff.ci95[0]).toFixed(1)}, ${(100 * p.score_diff.ci95[1]).toFixed(1)}]`,
  );
  const match = r.report.budgets
    ? [`budget to match cold's best: ${r.report.budget_to_match ?? 'never (at these budgets)'}`]
    : [];
  return [
    row('cold'),
    row('warm'),
    ...curve,
    ...match,
    headline(r.report),
    `transfer graph: ${r.report.analysis.edges.length} edge(s)`,
    `wrote ${r.jsonPath}`,
    `wrote ${r.htmlPath}`,
  ].join('\n');
}

export function register(program: Command, io: CommandIO): void {
  const cmd = program
    .command('transfer')
    .description(
      'Measure whether the library helps: build it from source tasks, then solve target tasks cold (no library) and warm (seeded), N times each',
    )
    .option('--source <tasks>', 'tasks to build the library from (target tasks are left out by id and content)')
    .requiredOption('--target <tasks>', 'tasks to measure on (they need solutions for pass@2)')
    .option('--preset <name>', `cold preset (${listPresets().join(', ')}; default ${DEFAULT_TRANSFER_PRESET})`)
    .option('--warm-preset <name>', 'warm preset, seeded from the library (default: <preset>-lib)')
    .option('--repeats <n>', 'solves per condition, seeds seed..seed+n-1', wholeNumber('--repeats'), 1)
    .option(
      '--seed <n>',
      'first seed (also the bootstrap seed and the random source order)',
      wholeNumber('--seed', 0),
      1,
    )
    .option(
      '--order <order>',
      'order the source tasks are solved in while the library fills: random, curriculum or given',
      'random',
    )
    .option('--out <dir>', 'experiment folder (default runs/transfer-<timestamp>)')
    .option(
      '--library <path>',
      'use this library (default: a fresh one in <out>/library); with --source, the source is solved into it',
    )
    .option('--source-limit <n>', 'use only the first n source tasks', wholeNumber('--source-limit'))
    .option('--target-limit <n>', 'use only the first n target tasks', wholeNumber('--target-limit'))
    .option(
      '--budgets <list>',
      'solve cold and warm at each budget (offline: step applications per task; with a model: role calls per task), e.g. 3000,10000,30000,100000',
      wholeNumbers('--budgets'),
    )
    .option('--resume', 'continue an interrupted experiment in --out (finished tasks are kept)')
    .option('--json', 'print transfer.json to stdout');
  addRunOptions(
    cmd,
    RUN_OPTIONS.filter((o) => ['taskConcurrency', 'taskTimeout', 'localBudget', 'effort'].includes(o.key)),
  );
  addEmbedOptions(cmd);
  addLlmOptions(cmd);
  cmd.addHelpText(
    'after',
    [
      '',
      'Both conditions use the same model settings, budgets (per solve) and timeouts; the warm one reads a frozen library.',
      'Writes transfer.json and transfer.html (plots, transfer graph) plus one run folder per solve. See docs/transfer.md.',
      'Example (offline engine):',
      '  arcmem transfer --source ../shared/arc/arc-agi-2/training --target ../shared/arc/arc-agi-1/training --model local --order curriculum',
    ].join('\n'),
  );
  cmd.action(async (parsed: Record<string, unknown>) => {
    const flags = givenFlags(parsed);
    const str = (k: string) => (typeof flags[k] === 'string' ? (flags[k] as string) : null);
    const num = (k: string) => (typeof flags[k] === 'number' ? (flags[k] as number) : null);
    const config = resolveTransferConfig(
      {
        source: str('source'),
        target: str('target') ?? undefined,
        preset: str('preset') ?? undefined,
        warmPreset: str('warmPreset'),
        repeats: num('repeats') ?? undefined,
        seed: num('seed') ?? undefined,
        order: (str('order') ?? undefined) as 'random' | undefined,
        out: str('out'),
        library: str('library'),
        sourceLimit: num('sourceLimit'),
        targetLimit: num('targetLimit'),
        cacheDir: str('cacheDir'),
        resume: flags.resume === true,
        budgets: Array.isArray(flags.budgets) ? (flags.budgets as number[]) : null,
      },
      // The library is the experiment's own: --library is not a solve setting here.
      { flags: { ...flags, library: undefined, resume: undefined, out: undefined }, env: io.env },
    );
    const ac = new AbortController();
    const stop = () => ac.abort(new Error('interrupted'));
    process.once('SIGINT', stop);
    try {
      const runs = await transfer(config, {
        signal: ac.signal,
        onProgress: (m) => io.progress(`arcmem: ${m}\n`),
        onWarning: (m) => io.progress(`arcmem: ${m}\n`),
      });
      const r = await writeTransferReport(runs);
      io.print(parsed.json ? asJson(r.report) : formatTransfer(r));
    } finally {
      process.off('SIGINT', stop);
    }
  });
}
