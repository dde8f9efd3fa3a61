/**
 * Comparing two bench:local runs task by task, on rows worked out by hand; the file reader on a real
 * file, a damaged one and a missing one; and the `bench:compare` command end to end.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRuns, describeComparison, readRun, type TaskRow } from '../../bench/_compare.js';

const row = (id: string, solved: boolean, trainPerfect: boolean, cpuSeconds: number, skipped = false): TaskRow => ({
  id,
  solved,
  trainPerfect,
  cpuSeconds,
  ...(skipped ? { skipped } : {}),
});

// a: solved by both. b: lost. c: gained. d: neither (train-perfect only in the base). e: neither, becomes
// train-perfect. f: only in the base run. g: skipped by the other run (too few pairs to hold one back).
const base = [
  row('a', true, true, 1),
  row('b', true, true, 2),
  row('c', false, false, 4),
  row('d', false, true, 8),
  row('e', false, false, 16),
  row('f', true, true, 100),
  row('g', false, false, 50),
];
const other = [
  row('e', false, true, 32),
  row('d', false, false, 4),
  row('c', true, true, 2),
  row('b', false, false, 3),
  row('a', true, true, 1),
  row('g', false, false, 0, true),
];

describe('comparing two runs', () => {
  const c = compareRuns(base, other);

  it('looks only at the tasks both ran, skipped ones left out', () => {
    expect(c.common).toBe(5);
    expect(c.solved).toEqual([2, 2]);
  });

  it('names the tasks gained and lost, and the train-perfect changes, sorted', () => {
    expect(c.gained).toEqual(['c']);
    expect(c.lost).toEqual(['b']);
    expect(c.trainPerfectGained).toEqual(['c', 'e']);
    expect(c.trainPerfectLost).toEqual(['b', 'd']);
  });

  it('adds up CPU on the common tasks and on those neither solves (d and e)', () => {
    expect(c.cpuTotal).toEqual([31, 42]);
    // base 1 2 4 8 16 -> 4; other 1 2 3 4 32 -> 3
    expect(c.cpuMedian).toEqual([4, 3]);
    expect(c.unsolved).toEqual({ tasks: 2, cpuTotal: [24, 36] });
  });

  it('reads as text with both runs named', () => {
    const text = describeComparison(c, ['old.jsonl', 'new.jsonl']).join('\n');
    expect(text).toContain('new.jsonl against old.jsonl: 5 tasks in both; solved 2 against 2');
    expect(text).toContain('gained: c\n');
    expect(text).toContain('lost: b\n');
    expect(text).toContain('train-perfect gained: c e; lost: b d');
    expect(text).toContain('the 2 neither solves: 36 against 24');
  });

  it('says none where nothing changed', () => {
    const same = describeComparison(compareRuns(base, base), ['x', 'y']).join('\n');
    expect(same).toContain('gained: none');
    expect(same).toContain('lost: none');
  });
});

describe('reading a run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcmem-compare-'));
  const write = (name: string, lines: readonly unknown[]) => {
    const file = join(dir, name);
    writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
    return file;
  };

  it('reads every task line, blank lines skipped, extra fields ignored', () => {
    const file = write('run.jsonl', [
      { ...row('a', true, true, 1.5), seconds: 2, rssMb: 300 },
      '',
      row('b', false, false, 3),
    ]);
    expect(readRun(file).map((r) => [r.id, r.solved, r.cpuSeconds])).toEqual([
      ['a', true, 1.5],
      ['b', false, 3],
    ]);
  });

  it('names the file and line of a line that is not a result', () => {
    const cut = write('cut.jsonl', [row('a', true, true, 1), '{"id":"b","solv']);
    expect(() => readRun(cut)).toThrow(`line 2 of ${cut} is not a bench:local task result`);
    const wrong = write('wrong.jsonl', [{ id: 'a', solved: 'yes', trainPerfect: true, cpuSeconds: 1 }]);
    expect(() => readRun(wrong)).toThrow(`line 1 of ${wrong}`);
  });

  it('says which file it cannot read', () => {
    expect(() => readRun(join(dir, 'missing.jsonl'))).toThrow(/cannot read .*missing\.jsonl \(ENOENT\)/);
  });
});

describe('npm run bench:compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arcmem-compare-cli-'));
  const file = (name: string, rows: readonly TaskRow[]) => {
    const f = join(dir, name);
    writeFileSync(f, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return f;
  };
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'bench/compare.ts', ...args], { encoding: 'utf8' });

  it('prints the comparison of two run files', () => {
    const r = run(file('base.jsonl', base), file('other.jsonl', other));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('gained: c\n');
    expect(r.stdout).toContain('lost: b\n');
  });

  it('exits 2 with the usage when not given two files, and with the reason when one cannot be read', () => {
    const usage = run(file('only.jsonl', base));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run bench:compare');
    const missing = run(file('here.jsonl', base), join(dir, 'gone.jsonl'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('gone.jsonl (ENOENT)');
  });
});
