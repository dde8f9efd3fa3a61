/** `arcmem score <submission.json> --solutions <path>`: official pass@2 scores of a submission. */
import type { Command } from 'commander';
import { loadSolutions } from '../../arc/load.js';
import { readSubmission } from '../../arc/submission.js';
import { scoreSubmission, type ScoreReport } from '../../arc/score.js';
import type { CommandIO } from './_io.js';
import { asJson, dataDirFrom, table } from './_common.js';

/** Reads a submission and scores it against the solutions source. */
export async function runScore(
  submissionFile: string,
  solutions: string,
  opts: { dataDir?: string } = {},
): Promise<ScoreReport> {
  const [submission, expected] = await Promise.all([readSubmission(submissionFile), loadSolutions(solutions, opts)]);
  return scoreSubmission(submission, expected);
}

const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;

export function formatScore(r: ScoreReport): string {
  const rows = [['task', 'outputs', 'solved', 'score', 'note']];
  for (const t of r.tasks) {
    rows.push([
      t.taskId,
      String(t.solved.length),
      String(t.solved.filter(Boolean).length),
      t.score.toFixed(3),
      t.missing ? 'missing from submission' : '',
    ]);
  }
  const lines = [
    table(rows),
    '',
    `per-task average (ARC Prize):  ${r.perTask.toFixed(4)}  ${pct(r.perTask)}  over ${r.tasks.length} tasks (${r.solvedTasks} fully solved)`,
    `per-output average (Kaggle):   ${r.perOutput.toFixed(4)}  ${pct(r.perOutput)}  ${r.solvedOutputs}/${r.totalOutputs} test outputs`,
  ];
  const missing = r.tasks.filter((t) => t.missing).length;
  if (missing) lines.push(`${missing} task${missing === 1 ? '' : 's'} missing from the submission, counted as 0`);
  if (r.unknownTasks.length)
    lines.push(`ignored ${r.unknownTasks.length} submitted task(s) without solutions: ${r.unknownTasks.join(', ')}`);
  return lines.join('\n');
}

export function register(program: Command, io: CommandIO): void {
  program
    .command('score')
    .description('Score a Kaggle submission.json with pass@2: per-task (ARC Prize) and per-output (Kaggle) averages')
    .argument('<submission>', 'a submission.json: {"<task id>": [{"attempt_1": grid, "attempt_2": grid}, ...]}')
    .requiredOption(
      '--solutions <path>',
      'expected outputs: a *_solutions.json, or task files / a folder / a dataset name with test outputs',
    )
    .option('--json', 'print the full report as JSON')
    .addHelpText(
      'after',
      '\nTasks or attempts missing from the submission count as failures.\nExample: arcmem score runs/x/submission.json --solutions arc-agi-1/evaluation',
    )
    .action(async (submission: string, opts: { solutions: string; json?: boolean }) => {
      const report = await runScore(submission, opts.solutions, { dataDir: dataDirFrom(io) });
      io.print(opts.json ? asJson(report) : formatScore(report));
    });
}
