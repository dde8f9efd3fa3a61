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
import { benchArgs } from './_args.js';
import { compareRuns, describeComparison, readRun } from './_compare.js';

const { positionals } = benchArgs({
  script: 'bench:compare',
  about:
    'Compares two runs of bench:local task by task: gained and lost tasks, train-perfect changes, ' +
    'and CPU on the tasks both ran.',
  flags: {},
  positionals: { text: '<base run .jsonl> <other run .jsonl>', count: 2 },
});
try {
  const [base, other] = positionals as [string, string];
  console.log(describeComparison(compareRuns(readRun(base), readRun(other)), [base, other]).join('\n'));
} catch (err) {
  console.error(`bench:compare: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
