#!/usr/bin/env node
// The one test command (README and .ci/run): type check, then the vitest suite, then the
// closing line `N passed, N failed, N skipped` that CI reads. Extra args go to vitest.
// Under CI=true a skipped test counts as failed: CI has every part the tests need (chromium,
// the ARC data beside the clone), so a skip there is a test that silently stopped running. A
// developer's clone without them still skips, each skipped group naming why.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
const ci = /^(1|true|yes)$/i.test(process.env.CI ?? '');
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

/** Prints the closing line and exits: 1 on any failure, and under CI=true on any skip. */
function close(passed, failed, skipped) {
  if (ci && skipped > 0) {
    console.error(`CI=true: ${skipped} skipped test(s) count as failed; the skipped groups above say why.`);
    failed += skipped;
  }
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(failed === 0 ? 0 : 1);
}

// Node code and the pages' browser scripts are checked apart: the browser side with the DOM
// library and no Node types, the Node side without the DOM.
const tsc = run('npx', ['tsc', '--noEmit']) || run('npx', ['tsc', '--noEmit', '-p', 'src/report/client/tsconfig.json']);
if (tsc !== 0) {
  console.error(
    'Type check failed (tsc --noEmit, and -p src/report/client/tsconfig.json for the browser scripts); no test ran.',
  );
  close(0, 1, 0);
}
// Lines stay readable: Prettier at 120 columns (.prettierrc.json). `npm run format` fixes.
const fmt = run('npx', [
  'prettier',
  '--check',
  '--log-level',
  'warn',
  'src',
  'test',
  'bench',
  'scripts',
  'vitest.config.ts',
]);
if (fmt !== 0) {
  console.error('Formatting check failed: run `npm run format`.');
  close(0, 1, 0);
}
rmSync(report, { force: true });
const code = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
  ...process.argv.slice(2),
]);
let passed = 0,
  failed = 0,
  skipped = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests;
  skipped = r.numPendingTests + (r.numTodoTests ?? 0);
  if (code !== 0 && failed === 0) failed = Math.max(1, r.numFailedTestSuites ?? 1);
} catch {
  failed = Math.max(failed, 1);
}
close(passed, failed, skipped);
