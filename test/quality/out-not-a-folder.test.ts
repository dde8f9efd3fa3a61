/**
 * `--out` naming something that is not a folder (a file, or a path under a file) gets one clear
 * line and exit 2, never a stack trace, and the file is left as it was.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundledDataDir } from '../../src/paths.js';

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['node', 'arcmem', ...args], {
    print: () => undefined,
    progress: (t) => (stderr += t),
    colours: false,
    env: {},
  });
  return { code, stderr };
}

describe('--out that is not a folder', () => {
  const tasks = join(bundledDataDir(), 'tasks');
  const solve = ['solve', tasks, '--model', 'local', '--limit', '1', '--no-library', '--out'];
  it.each([
    ['solve --out FILE', (file: string) => [...solve, file]],
    ['solve --out FILE/sub', (file: string) => [...solve, join(file, 'sub')]],
    ['merge RUN --out FILE', (file: string, run: string) => ['merge', run, '--out', file]],
  ])('%s: exit 2, one line saying what to do, the file untouched', async (_name, argsFor) => {
    const root = mkdtempSync(join(tmpdir(), 'arcmem-out-file-'));
    const file = join(root, 'notes.txt');
    writeFileSync(file, 'keep me\n');
    const runDir = join(root, 'run'); // a real run folder for merge to read
    expect((await run([...solve, runDir])).code).toBe(0);
    const { code, stderr } = await run(argsFor(file, runDir));
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(/^arcmem: .*notes\.txt.*(is a file, not a folder|cannot create a run folder there).*\n$/);
    expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('keep me\n');
  });
});
