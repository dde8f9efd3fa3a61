/** --effort: how hard the offline engine searches, from the flag, ARCMEM_LOCAL_EFFORT or the config file, checked at the edge. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { bundledDataDir } from '../../src/paths.js';
import { resolveSolveConfig } from '../../src/run/index.js';
import { runCli } from '../support/cli.js';

const noFile = { file: null, cwd: '/' };
const tasks = join(bundledDataDir(), 'tasks');

describe('--effort', () => {
  it('comes from the flag over ARCMEM_LOCAL_EFFORT over the config file, and is "default" otherwise', () => {
    expect(resolveSolveConfig({ ...noFile }).run.effort).toBe('default');
    expect(resolveSolveConfig({ ...noFile, file: { run: { effort: 'deep' } } }).run.effort).toBe('deep');
    expect(resolveSolveConfig({ ...noFile, env: { ARCMEM_LOCAL_EFFORT: 'deep' } }).run.effort).toBe('deep');
    const all = {
      flags: { effort: 'default' },
      env: { ARCMEM_LOCAL_EFFORT: 'deep' },
      file: { run: { effort: 'deep' } },
    };
    expect(resolveSolveConfig({ ...noFile, ...all }).run.effort).toBe('default');
  });

  it('refuses another value from the environment or the file, naming the flag, the variable and the choices', () => {
    for (const sources of [{ env: { ARCMEM_LOCAL_EFFORT: 'max' } }, { file: { run: { effort: 'max' } } }]) {
      const attempt = () => resolveSolveConfig({ ...noFile, ...sources });
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(
        /--effort \(ARCMEM_LOCAL_EFFORT, or "effort" in the config file\): is "max"; give one of default, deep/,
      );
    }
  });

  it('is listed by `arcmem solve --help` and `arcmem transfer --help` with its choices and variable', async () => {
    for (const command of ['solve', 'transfer']) {
      const r = await runCli([command, '--help']);
      const help = r.out.replace(/\s+/g, ' ');
      expect(help).toMatch(/--effort <level> how hard the offline engine searches/);
      expect(help).toMatch(/choices: "default", "deep"/);
      expect(help).toMatch(/env ARCMEM_LOCAL_EFFORT/);
    }
  });

  it('a bad flag value stops the solve with exit 2 and the allowed values, before any run folder is made', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'arcmem-effort-')), 'run');
    const r = await runCli(['solve', tasks, '--effort', 'max', '--no-library', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--effort <level>' argument 'max' is invalid\. Allowed choices are default, deep/);
    expect(() => readFileSync(join(out, 'settings.json'))).toThrow();
  });

  it('a bad ARCMEM_LOCAL_EFFORT stops the solve with exit 2 naming the flag and the variable', async () => {
    const r = await runCli(['solve', tasks, '--no-library'], { ARCMEM_LOCAL_EFFORT: 'max' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--effort \(ARCMEM_LOCAL_EFFORT/);
  });

  it('runs the offline engine at the deep setting and records it in settings.json', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'arcmem-effort-')), 'run');
    const r = await runCli([
      'solve',
      tasks,
      '--tasks',
      'flip-horizontal',
      '--effort',
      'deep',
      '--local-budget',
      '20000',
      '--no-library',
      '--preset',
      'lite',
      '--out',
      out,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/score \(pass@2, per task\)\s+100\.0%/);
    const settings = JSON.parse(readFileSync(join(out, 'settings.json'), 'utf8'));
    expect(settings).toMatchObject({ local_effort: 'deep', local_budget: 20000 });
  });
});
