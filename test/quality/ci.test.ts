/**
 * CI cannot pass with tests quietly skipped: `npm test` (scripts/test.mjs) under CI=true fails on
 * any skip and prints the skipped count in every closing line; `.ci/run` stops when chromium
 * cannot be installed; the browser tests find chromium on PATH or through CHROMIUM_PATH. The
 * tools the scripts start (npx, apt-get, npm) are stand-ins here: what is under test is what
 * the scripts decide from their results.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { findChromium } from '../support/browser.js';

function bin(dir: string, name: string, script: string): void {
  writeFileSync(join(dir, name), `#!/bin/sh\n${script}\n`);
  chmodSync(join(dir, name), 0o755);
}

/** A folder with a stand-in `npx` whose tsc exits `tsc`, and whose vitest writes `report`. */
function fakeNpx(tsc: number, report: object, vitest = 0): string {
  const dir = mkdtempSync(join(tmpdir(), 'arcmem-ci-'));
  mkdirSync(join(dir, 'bin'));
  const json = JSON.stringify(report).replace(/'/g, '');
  bin(
    join(dir, 'bin'),
    'npx',
    `case "$1" in
  tsc) exit ${tsc};;
  prettier) exit 0;;
  vitest) for a in "$@"; do case "$a" in --outputFile=*) f="\${a#--outputFile=}";; esac; done
          printf '%s' '${json}' > "$f"; exit ${vitest};;
esac
exit 3`,
  );
  return dir;
}

function npmTest(dir: string, ci: boolean) {
  const r = spawnSync(process.execPath, [join(packageRoot(), 'scripts', 'test.mjs')], {
    cwd: dir,
    env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, ...(ci ? { CI: 'true' } : {}) },
    encoding: 'utf8',
  });
  const lines = r.stdout.trim().split('\n');
  return { code: r.status, closing: lines[lines.length - 1], stderr: r.stderr };
}

const counts = (passed: number, failed: number, skipped: number) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: skipped,
  numTodoTests: 0,
  numFailedTestSuites: 0,
});

describe('npm test closing line and exit code', () => {
  it.each([
    { ci: false, report: counts(10, 0, 3), code: 0, closing: '10 passed, 0 failed, 3 skipped' },
    { ci: true, report: counts(10, 0, 3), code: 1, closing: '10 passed, 3 failed, 3 skipped' },
    { ci: true, report: counts(10, 0, 0), code: 0, closing: '10 passed, 0 failed, 0 skipped' },
    { ci: false, report: counts(9, 1, 0), code: 1, closing: '9 passed, 1 failed, 0 skipped' },
  ])('CI=$ci with $report.numPendingTests skipped: exit $code, "$closing"', ({ ci, report, code, closing }) => {
    const r = npmTest(fakeNpx(0, report, report.numFailedTests ? 1 : 0), ci);
    expect(r.closing).toBe(closing);
    expect(r.code).toBe(code);
    if (ci && report.numPendingTests) expect(r.stderr).toContain('CI=true: 3 skipped test(s) count as failed');
  });

  it('a type-check failure still prints the whole closing line', () => {
    const r = npmTest(fakeNpx(2, counts(10, 0, 0)), false);
    expect(r.closing).toBe('0 passed, 1 failed, 0 skipped');
    expect(r.code).toBe(1);
  });
});

/** Runs .ci/run with only stand-ins on PATH: no chromium, an apt-get that fails, an npm that records. */
function ciRun(aptGet: string) {
  const dir = mkdtempSync(join(tmpdir(), 'arcmem-cirun-'));
  for (const tool of ['dirname', 'cat'])
    symlinkSync(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim(), join(dir, tool));
  bin(dir, 'apt-get', aptGet);
  bin(dir, 'npm', `echo "npm $*" >> ${join(dir, 'npm.log')}`);
  const r = spawnSync('/bin/bash', [join(packageRoot(), '.ci', 'run')], {
    env: { PATH: dir, CI: 'true' },
    encoding: 'utf8',
  });
  const npm = spawnSync('cat', [join(dir, 'npm.log')], { encoding: 'utf8' }).stdout;
  return { code: r.status, stderr: r.stderr, npm };
}

describe('.ci/run', () => {
  it('stops, saying why, when chromium cannot be installed', () => {
    const r = ciRun('exit 100');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('chromium could not be installed');
    expect(r.npm).toBe('');
  });
});

describe('finding chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcmem-chromium-'));
  bin(dir, 'chromium', 'exit 0');
  writeFileSync(join(dir, 'not-executable'), '');

  it.each([
    ['on PATH', { PATH: `/nonexistent:${dir}` }, { path: join(dir, 'chromium') }],
    ['through CHROMIUM_PATH', { PATH: '', CHROMIUM_PATH: join(dir, 'chromium') }, { path: join(dir, 'chromium') }],
    [
      'nowhere',
      { PATH: '/nonexistent' },
      { missing: expect.stringMatching(/^no chromium on PATH .*set CHROMIUM_PATH/) },
    ],
    [
      'a CHROMIUM_PATH that cannot run',
      { PATH: dir, CHROMIUM_PATH: join(dir, 'not-executable') },
      { missing: `CHROMIUM_PATH=${join(dir, 'not-executable')} is not an executable file` },
    ],
  ])('%s', (_name, env, found) => {
    expect(findChromium(env)).toEqual(found);
  });
});
