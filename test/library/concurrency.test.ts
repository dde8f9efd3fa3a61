import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { libraryReader, openLibrary } from '../../src/library/index.js';
import { tempDir } from './_helpers.js';

const worker = fileURLToPath(new URL('./_append-worker.ts', import.meta.url));

function runWorker(uri: string, prefix: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', worker, uri, prefix, String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${prefix} exited ${code}: ${err}`))));
  });
}

describe('several processes appending to one library', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('loses nothing when two writers store at the same time (the library created by whichever comes first)', async () => {
    const uri = `${tmp.dir}/shared`;
    const n = 25;
    await Promise.all([runWorker(uri, 'a', n), runWorker(uri, 'b', n)]);
    const lib = await openLibrary({ uri });
    const all = await libraryReader(lib).list({ limit: 1000 });
    expect(all).toHaveLength(2 * 2 * n);
    for (const p of ['a', 'b']) {
      for (let i = 0; i < n; i++) {
        expect(
          all
            .filter((e) => e.taskId === `${p}-${i}`)
            .map((e) => e.instruction)
            .sort(),
        ).toEqual([`${p} instruction ${i} one`, `${p} instruction ${i} two`]);
      }
    }
    lib.close();
  }, 120_000);
});
