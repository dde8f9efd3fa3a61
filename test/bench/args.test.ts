/**
 * The bench scripts' flags (bench/_args.ts): the help text and the one-line mistakes, read from
 * argument lists; then real bench scripts run as child processes with --help, a misspelt flag
 * and a bad value.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readFlags, usageText, type BenchFlags, type BenchUsage } from '../../bench/_args.js';

const usage = {
  script: 'bench:demo',
  about: 'Measures nothing, quickly.',
  flags: {
    sets: { type: 'string', default: 'a,b', arg: '<a,b>', help: 'sets to run' },
    limit: { type: 'string', arg: '<n>', defaultText: 'all', help: 'first n tasks' },
    out: { type: 'string', default: 'runs/demo', arg: '<dir>', help: 'output folder' },
    dry: { type: 'boolean', default: false, help: 'plan only' },
  },
} as const satisfies BenchUsage<BenchFlags>;

describe('the help text', () => {
  it.each([[['--help']], [['-h']], [['--bogus', '--help']]])('is what %j gives, mistakes or not', (args) => {
    expect(readFlags(usage, args)).toEqual({ kind: 'help', text: usageText(usage) });
  });

  it('says what the script measures, how to call it, and each flag with its default', () => {
    const lines = usageText(usage).split('\n');
    expect(lines[0]).toBe('bench:demo: Measures nothing, quickly.');
    expect(lines).toContain('usage: npm run bench:demo -- [flags]');
    expect(lines).toContain('  --sets <a,b>  sets to run (default: a,b)');
    expect(lines).toContain('  --limit <n>   first n tasks (default: all)');
    expect(lines).toContain('  --dry         plan only (default: off)');
    expect(lines).toContain('  -h, --help    print this and exit');
  });

  it('shows positional arguments in the call', () => {
    const text = usageText({ ...usage, flags: {}, positionals: { text: '<base> <other>', count: 2 } });
    expect(text).toContain('usage: npm run bench:demo -- <base> <other>\n');
  });
});

describe('a mistake in the arguments', () => {
  it.each([
    [['--bogus'], 'unknown flag --bogus'],
    [['--sets', 'a', '-x'], 'unknown flag -x'],
    [['--out'], '--out needs a value: --out <dir>'],
    [['--out', '--sets', 'a'], '--out needs a value: --out <dir>'],
    [['--dry=yes'], '--dry takes no value'],
    [['stray'], "unexpected argument 'stray' (this script takes only flags)"],
  ])('%j is told as "%s"', (args, message) => {
    expect(readFlags(usage, args)).toEqual({ kind: 'mistake', message });
  });

  it('counts positional arguments where the script takes them', () => {
    const two = { ...usage, positionals: { text: '<base> <other>', count: 2 } };
    expect(readFlags(two, ['one'])).toEqual({
      kind: 'mistake',
      message: 'expects 2 arguments, got 1 (usage: npm run bench:demo -- <base> <other>)',
    });
    expect(readFlags(two, ['one', 'two'])).toMatchObject({ kind: 'flags', positionals: ['one', 'two'] });
  });
});

describe('flags read right', () => {
  it('gives the defaults, the values given, and a dash value given inline', () => {
    expect(readFlags(usage, ['--limit', '5', '--out=-odd', '--dry'])).toEqual({
      kind: 'flags',
      values: { sets: 'a,b', limit: '5', out: '-odd', dry: true },
      positionals: [],
    });
  });
});

/** A bench script run as the npm scripts run it, with its exit code and both streams. */
const runScript = (script: string, ...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
    execFile(process.execPath, ['--import', 'tsx', script, ...args], (err, stdout, stderr) =>
      done({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    ),
  );
const STACK_LINE = /^\s+at /m;

describe('bench scripts as child processes', () => {
  type Run = ReturnType<typeof runScript>;
  let runs: Record<'localHelp' | 'localBogus' | 'localBadSet' | 'curveHelp' | 'curveBadValue' | 'curveBadOrder', Run>;
  beforeAll(() => {
    // Started together: each spends most of its time loading the script's imports.
    runs = {
      localHelp: runScript('bench/local.ts', '--help'),
      localBogus: runScript('bench/local.ts', '--workerz'),
      localBadSet: runScript('bench/local.ts', '--sets', 'arc1,arc1evaluation', '--out', 'runs/never-made'),
      curveHelp: runScript('bench/transfer-curve.ts', '-h'),
      curveBadValue: runScript('bench/transfer-curve.ts', '--budgets', '3000,lots'),
      curveBadOrder: runScript('bench/transfer-curve.ts', '--order', 'alphabetical'),
    };
  });

  it('bench/local.ts --help prints the usage with its flags and exits 0 without running', async () => {
    const r = await runs.localHelp;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: npm run bench:local -- [flags]');
    expect(r.stdout).toMatch(/--sets <a,b> .*\(default: arc1,heldout\)/);
    expect(r.stdout).toMatch(/--hold-back-pair .*\(default: off\)/);
    expect(r.stdout).toContain('--revise-budget <n>');
    expect(r.stderr).toBe('');
  });

  it('bench/local.ts with a misspelt flag names it on one line and exits 2', async () => {
    const r = await runs.localBogus;
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bench:local: unknown flag --workerz; see --help\n');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
  });

  it('bench/local.ts with an unknown set names the sets it knows on one line, exits 2 and runs nothing', async () => {
    const r = await runs.localBadSet;
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "bench:local: --sets: unknown set 'arc1evaluation': use arc1, heldout, arc2, arc1eval, arc2eval; see --help\n",
    );
    expect(r.stdout).toBe('');
    expect(existsSync('runs/never-made')).toBe(false);
  });

  it('bench/transfer-curve.ts -h prints its usage and exits 0', async () => {
    const r = await runs.curveHelp;
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usage: npm run bench:transfer-curve -- [flags]');
    expect(r.stdout).toMatch(/--budgets <n,n> .*\(default: 3000,10000,30000,100000\)/);
  });

  it('bench/transfer-curve.ts with a bad --budgets value names the flag on one line and exits 2', async () => {
    const r = await runs.curveBadValue;
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bench:transfer-curve: --budgets expects a positive whole number, got "lots"; see --help\n');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('bench/transfer-curve.ts refuses an unknown --order before running, as arcmem transfer does', async () => {
    const r = await runs.curveBadOrder;
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('bench:transfer-curve: --order must be random, curriculum or given; see --help\n');
  });
});
