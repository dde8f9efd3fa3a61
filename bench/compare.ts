/**
 * Compares two runs of `bench:local` task by task: gained and lost tasks, train-perfect changes, and
 * CPU on the tasks both ran (see _compare.ts). Not part of `npm test`.
 *
 *   npm run bench:compare -- <base run .jsonl> <other run .jsonl>
 *
 * A run's `.jsonl` is written as it goes (`<out>/local-<set>-<effort>.jsonl`), so a stopped run can be
 * compared on the tasks it reached. `bench:local --against <out dir of an earlier run>` prints the
 * same after each set.
 */
import { compareRuns, describeComparison, readRun } from './_compare.js';

const files = process.argv.slice(2);
if (files.length !== 2 || files.some((f) => f.startsWith('-'))) {
  console.error('usage: npm run bench:compare -- <base run .jsonl> <other run .jsonl>');
  process.exit(2);
}
try {
  const [base, other] = files as [string, string];
  console.log(describeComparison(compareRuns(readRun(base), readRun(other)), [base, other]).join('\n'));
} catch (err) {
  console.error(`bench:compare: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
