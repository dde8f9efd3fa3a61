import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { bundledDataDir } from '../../src/paths.js';
import { tempDir } from '../library/_helpers.js';
import { solvedRecord, writeRunFolder } from './fixtures.js';

const tmp = tempDir('arcmem-report-cli-');
afterAll(() => tmp.cleanup());

const cli = (args: string[]) => runCli(args);

describe('arcmem report', () => {
  it('writes report.html into the run folder and says how big it is', async () => {
    const dir = await writeRunFolder(join(tmp.dir, 'run-a'));
    const { code, out } = await cli(['report', dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/^wrote .*report\.html \(\d+ KB, 2 tasks\)/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('id="arcmem-data"');
  });

  it('takes grids from --tasks for records written without them', async () => {
    const { task: _t, ...bare } = solvedRecord;
    const dir = await writeRunFolder(join(tmp.dir, 'run-b'), [{ ...bare, taskId: 'flip-horizontal' }]);
    const out = join(tmp.dir, 'elsewhere.html');
    expect((await cli(['report', dir, '--out', out, '--tasks', join(bundledDataDir(), 'tasks')])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const data = JSON.parse(/<script type="application\/json" id="arcmem-data">(.*?)<\/script>/s.exec(html)![1]!);
    expect(data.tasks[0].train.length).toBeGreaterThan(0);
  });

  it('creates the folders --out names, and says what to do when it cannot write there', async () => {
    const dir = await writeRunFolder(join(tmp.dir, 'run-c'));
    const nested = join(tmp.dir, 'new', 'deeper', 'r.html');
    expect((await cli(['report', dir, '--out', nested])).code).toBe(0);
    expect(existsSync(nested)).toBe(true);
    const blocked = join(dir, 'summary.json', 'r.html'); // a file stands where a folder must go
    const { code, err } = await cli(['report', dir, '--out', blocked]);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot write the report to .*r\.html: \w+; choose another --out/);
    expect(err).not.toMatch(/unexpected error/);
  });

  it('names the folder and what to pass when it is not a run', async () => {
    const { code, err } = await cli(['report', join(tmp.dir, 'nope')]);
    expect(code).not.toBe(0);
    expect(err).toMatch(/nope does not exist: pass the folder `arcmem solve` wrote/);
  });
});

describe('arcmem transfer', () => {
  it.each([
    [['--target', 'tasks'], /give --source <tasks> to build a library from, or --library/],
    [['--target', 'tasks', '--source', 'tasks', '--warm-preset', 'lite'], /has no seed step/],
    [['--target', 'tasks', '--source', 'tasks', '--order', 'sideways'], /--order must be random, curriculum or given/],
    [['--target', 'tasks', '--library', 'x', '--resume'], /--resume needs the --out folder/],
  ])('refuses %j with a message saying what to do', async (args, message) => {
    const { code, err } = await cli(['transfer', ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('runs cold and warm with the offline engine and writes both files', async () => {
    const target = join(tmp.dir, 'target');
    mkdirSync(target);
    for (const id of ['crop-object', 'flip-horizontal'])
      copyFileSync(join(bundledDataDir(), 'tasks', `${id}.json`), join(target, `${id}.json`));
    const out = join(tmp.dir, 'exp');
    const {
      code,
      out: stdout,
      err,
    } = await cli([
      'transfer',
      '--source',
      'tasks',
      '--source-limit',
      '4',
      '--target',
      target,
      '--model',
      'local',
      '--out',
      out,
      '--order',
      'curriculum',
      '--task-concurrency',
      '2',
    ]);
    expect(code, err).toBe(0);
    expect(err).toMatch(/left 1 source task\(s\) out/);
    expect(stdout).toMatch(/^cold\s+pass@2/m);
    expect(stdout).toMatch(/Warm minus cold pass@2: .* \(95% paired bootstrap over 2 tasks\)/);
    const report = JSON.parse(readFileSync(join(out, 'transfer.json'), 'utf8'));
    expect(report.settings).toMatchObject({
      excludedFromSource: ['crop-object'],
      sourceTasks: 3,
      targetTasks: 2,
      coldPreset: 'lite',
      warmPreset: 'lite-lib',
      order: 'curriculum',
    });
    expect(existsSync(join(out, 'transfer.html'))).toBe(true);
    expect(existsSync(join(out, 'warm-r0', 'summary.json'))).toBe(true);
  }, 300_000);
});
