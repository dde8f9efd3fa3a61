/**
 * The product's bar for bad input: a clear message saying what to do, the documented exit code
 * (2 for a wrong flag, 1 for bad input), no stack trace, and nothing written or lost.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundledDataDir } from '../../src/paths.js';

const tasks = join(bundledDataDir(), 'tasks');
const tmp = () => mkdtempSync(join(tmpdir(), 'arcmem-quality-'));

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = '',
    stderr = '';
  const code = await main(['node', 'arcmem', ...args], {
    print: (t) => (stdout += t + '\n'),
    progress: (t) => (stderr += t),
    colours: false,
    env,
  });
  return { code, stdout, stderr };
}

/** A folder holding only a note: not a run folder. */
function notARunFolder(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  return dir;
}

describe('a wrong flag stops solve before any work, with exit 2 and a message naming the flag', () => {
  it.each([
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['--shard 3/2', ['--shard', '3/2'], /--shard 3\/2: expected i\/n with 0 <= i < n/],
    ['--shard abc', ['--shard', 'abc'], /--shard abc: expected i\/n/],
    [
      '--concurrency 0 (even on the offline engine)',
      ['--concurrency', '0'],
      /--concurrency \(ARCMEM_CONCURRENCY.*\): Too small/,
    ],
    ['--budget-usd -1', ['--budget-usd', '-1'], /--budget-usd \(ARCMEM_BUDGET_USD.*\): Too small/],
    ['--retries abc', ['--retries', 'abc'], /--retries \(ARCMEM_RETRIES/],
    [
      '--preset nope',
      ['--preset', 'nope'],
      /unknown preset "nope"; available presets: ettc, ettc-fast, ettc-fast-lib, ettc-lib, lite, lite-lib/,
    ],
    ['--limit abc', ['--limit', 'abc'], /--limit expects a positive whole number, got "abc"/],
    ['--limit 0', ['--limit', '0'], /--limit expects a positive whole number, got "0"/],
    ['--seed x', ['--seed', 'x'], /--seed expects a non-negative whole number, got "x"/],
    ['--task-concurrency 0', ['--task-concurrency', '0'], /--task-concurrency expects a positive whole number/],
    ['--task-timeout -3', ['--task-timeout', '-3'], /--task-timeout expects seconds > 0/],
    [
      '--strategy missing.yaml',
      ['--strategy', 'no/such/strategy.yaml'],
      /cannot read strategy file no\/such\/strategy.yaml: check the path/,
    ],
    [
      '--preset and --strategy',
      ['--preset', 'lite', '--strategy', 'x.yaml'],
      /either --preset or --strategy, not both/,
    ],
  ])('%s', async (_name, flags, message) => {
    const out = join(tmp(), 'run');
    const r = await cli(['solve', tasks, '--no-library', '--out', out, ...flags]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('a bad value in the environment names the variable (ARCMEM_CONCURRENCY=abc)', async () => {
    const out = join(tmp(), 'run');
    const r = await cli(['solve', tasks, '--no-library', '--out', out], { ARCMEM_CONCURRENCY: 'abc' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ARCMEM_CONCURRENCY/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('--resume on a folder that is not a run folder', () => {
  it('refuses with exit 2 and writes nothing into it', async () => {
    const dir = notARunFolder();
    const r = await cli(['solve', tasks, '--no-library', '--limit', '1', '--resume', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--resume .*: not a run folder \(no settings.json, summary.json or tasks\/\); .* or use --out to start a new run/,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('a folder missing altogether is refused the same way (and not created)', async () => {
    const dir = join(tmp(), 'typo');
    const r = await cli(['solve', tasks, '--no-library', '--limit', '1', '--resume', dir]);
    expect(r.code).toBe(2);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('bad input files give exit 1 and a message naming the file and what to do', () => {
  it.each([
    [
      'a source that does not exist',
      ['solve', 'no/such/tasks', '--no-library'],
      /no\/such\/tasks: no such file, folder or dataset .* give a task file, a folder of task files/,
    ],
    [
      '--tasks naming a missing task',
      ['solve', tasks, '--no-library', '--tasks', 'nope'],
      /--tasks: no task nope in the source \(see `arcmem tasks <source>`\)/,
    ],
  ])('%s', async (_name, args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    [
      'a ragged grid',
      { t: [{ attempt_1: [[1, 2], [3]], attempt_2: [[1]] }] },
      /s.json: t\[0\].attempt_1\[1\]: ragged grid: row 1 has 1 cells, row 0 has 2; a submission looks like/,
    ],
    [
      'a colour out of range',
      { t: [{ attempt_1: [[1, 12]], attempt_2: [[1]] }] },
      /t\[0\].attempt_1\[0\]\[1\]: colour 12 is outside 0-9/,
    ],
    ['an object instead of a list', { t: { attempt_1: [[1]] } }, /s.json: t: .*expected array/],
    ['a list at the top', [[1]], /s.json: \(root\): .*expected record/],
    ['torn JSON', '{"t": [', /s.json: not valid JSON .*; check the file is a complete JSON document/],
  ])('arcmem score with a submission holding %s', async (_name, content, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 's.json'), typeof content === 'string' ? content : JSON.stringify(content));
    const r = await cli(['score', join(dir, 's.json'), '--solutions', tasks]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe('arcmem solve on a folder with bad task files', () => {
  it('solves the good tasks and reports each bad file by name and fault', async () => {
    const dir = tmp();
    for (const id of ['flip-horizontal', 'rotate-90'])
      writeFileSync(join(dir, `${id}.json`), readFileSync(join(tasks, `${id}.json`)));
    writeFileSync(
      join(dir, 'ragged.json'),
      JSON.stringify({ train: [{ input: [[1, 2], [3]], output: [[1]] }], test: [{ input: [[1]] }] }),
    );
    writeFileSync(join(dir, 'torn.json'), '{"train": [');
    const out = join(tmp(), 'run');
    const r = await cli(['solve', dir, '--no-library', '--model', 'local', '--preset', 'lite', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /skipped .*ragged.json: train\[0\].input\[1\]: ragged grid: row 1 has 1 cells, row 0 has 2/,
    );
    expect(r.stderr).toMatch(/skipped .*torn.json: not valid JSON/);
    const submission = JSON.parse(readFileSync(join(out, 'submission.json'), 'utf8'));
    expect(Object.keys(submission).sort()).toEqual(['flip-horizontal', 'rotate-90']);
    const settings = JSON.parse(readFileSync(join(out, 'settings.json'), 'utf8'));
    expect(settings.skipped_inputs).toEqual([
      expect.stringMatching(/ragged.json: train\[0\].input\[1\]: ragged grid/),
      expect.stringMatching(/torn.json: not valid JSON/),
    ]);
    expect(r.stdout).toMatch(/tasks\s+2\/2 finished/);
  });
});

describe('library commands on a mistyped --library', () => {
  it.each([
    ['stats'],
    ['search', 'tile'],
    ['show', 'abc'],
    ['similar', join(tasks, 'rotate-90.json')],
    ['export', 'x.jsonl'],
    ['prune'],
    ['compact'],
    ['reembed'],
    ['serve', '--port', '0'],
  ])('library %s fails with exit 1 naming the folder, and creates nothing', async (...args) => {
    const lib = join(tmp(), 'typo');
    const r = await cli(['library', ...args, '--library', lib], { ARCMEM_EMBED_MODEL_PATH: join(tmp(), 'no-model') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no library at .*typo: check --library \(or ARCMEM_LIBRARY\)/);
    expect(existsSync(lib)).toBe(false);
  });

  it('-k abc is a wrong flag (exit 2), not a crash', async () => {
    const r = await cli(['library', 'search', 'tile', '-k', 'abc', '--library', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--limit expects a positive whole number, got "abc"/);
    expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
  });
});

describe('arcmem merge with a folder that is not a run', () => {
  it('fails with exit 1 naming it, and creates no --out folder', async () => {
    const out = join(tmp(), 'merged');
    const r = await cli(['merge', notARunFolder(), '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /is not a run folder \(no tasks\/ or summary.json\): pass folders written by `arcmem solve`/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('--out that would mix a run into other files', () => {
  it('refuses a folder holding other files, and writes nothing into it', async () => {
    const dir = notARunFolder();
    const r = await cli(['solve', tasks, '--no-library', '--limit', '1', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out .* is a folder with other files in it: choose a new or empty folder/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a run that was started (settings.json) but had no task finished, pointing at --resume', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'settings.json'), '{}');
    const r = await cli(['solve', tasks, '--no-library', '--limit', '1', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already holds a run: pass --resume/);
  });

  it('an empty folder is fine', async () => {
    const r = await cli([
      'solve',
      tasks,
      '--no-library',
      '--model',
      'local',
      '--tasks',
      'flip-horizontal',
      '--preset',
      'lite',
      '--out',
      tmp(),
    ]);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('arcmem transfer --budgets', () => {
  it.each([['3000,abc'], ['0,3000'], ['3000,,10000']])(
    '--budgets %s is a wrong flag (exit 2) naming it, and writes nothing',
    async (budgets) => {
      const out = join(tmp(), 'transfer');
      const r = await cli(['transfer', '--target', tasks, '--library', tmp(), '--out', out, '--budgets', budgets]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--budgets expects a positive whole number, got "/);
      expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
      expect(existsSync(out)).toBe(false);
    },
  );
});
