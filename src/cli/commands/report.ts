/** `arcmem report <run-dir>`: a self-contained HTML report of a run folder. */
import type { Command } from 'commander';
import { loadTasks } from '../../arc/load.js';
import type { Task } from '../../arc/task.js';
import { writeRunReport, type ReportResult } from '../../report/run-report.js';
import type { CommandIO } from './_io.js';
import { asJson, dataDirFrom } from './_common.js';

export interface ReportOptions {
  readonly out?: string;
  /** Task source for records written without their grids (older runs). */
  readonly tasks?: string;
  readonly dataDir?: string;
}

export async function runReport(runDir: string, opts: ReportOptions = {}): Promise<ReportResult> {
  let tasks: Map<string, Task> | undefined;
  if (opts.tasks) {
    const loaded = await loadTasks(opts.tasks, { dataDir: opts.dataDir });
    tasks = new Map(loaded.tasks.map((t) => [t.id, t]));
  }
  return writeRunReport(runDir, { out: opts.out, tasks });
}

const size = (bytes: number): string =>
  bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function formatReport(r: ReportResult): string {
  const lines = [`wrote ${r.path} (${size(r.bytes)}, ${r.tasks} tasks); open it in a browser, no network needed`];
  if (r.problems.length) lines.push(`skipped unreadable parts of the run:\n  ${r.problems.join('\n  ')}`);
  return lines.join('\n');
}

export function register(program: Command, io: CommandIO): void {
  program
    .command('report')
    .description(
      'Write a self-contained HTML report of a run: scores, cost by role and step, grids, attempts, candidate lineage',
    )
    .argument('<run-dir>', 'a run folder written by `arcmem solve` (runs/<timestamp>)')
    .option('--out <file>', 'where to write the page (default: <run-dir>/report.html)')
    .option(
      '--tasks <source>',
      "task source to take grids from when the run's records lack them (file, folder or dataset name)",
    )
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      '\nThe page embeds everything (no CDN, no network) and renders each task only when opened.\nExample: arcmem report runs/2026-11-26T10-00-00 && open runs/2026-11-26T10-00-00/report.html',
    )
    .action(async (runDir: string, opts: { out?: string; tasks?: string; json?: boolean }) => {
      const result = await runReport(runDir, { out: opts.out, tasks: opts.tasks, dataDir: dataDirFrom(io) });
      io.print(opts.json ? asJson(result) : formatReport(result));
    });
}
