/**
 * The exit code of `arcmem solve` says whether every task finished: 0 when all did, 1 when any
 * task errored (the run folder is still complete, every task in the submission), so scripts and
 * CI see a failed run without reading summary.json.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Task } from '../../src/arc/task.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { scriptedLlm, userText } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';

let server: OpenAIServer;
/** Requests about the task whose grids hold `9 9 9` fail; the others are answered. */
beforeAll(async () => {
  const script = scriptedLlm({ plans: ['flip'] });
  server = await startOpenAIServer((body, i, r) =>
    userText(body).includes('9 9 9') ? reply.status(500) : script(body, i, r),
  );
});
afterAll(() => server?.close());

const failing: Task = { ...flipTask('failing', 1), train: [{ input: [[9, 9, 9]], output: [[9, 9, 9]] }] };

async function solve(tasks: Task[]): Promise<{ code: number; stderr: string; out: string }> {
  const root = mkdtempSync(join(tmpdir(), 'arcmem-exit-'));
  const dir = join(root, 'tasks');
  const out = join(root, 'run');
  writeFileSync(join(root, 'strategy.json'), JSON.stringify({ steps: [{ kind: 'generate', n: 1 }] }));
  mkdirSync(dir);
  for (const t of tasks) {
    writeFileSync(join(dir, `${t.id}.json`), JSON.stringify({ train: t.train, test: t.test }));
  }
  let stderr = '';
  const code = await main(
    ['node', 'arcmem', 'solve', dir, '--strategy', join(root, 'strategy.json'), '--model', 'm', '--no-library'].concat([
      '--retries',
      '0',
      '--cache-dir',
      join(root, 'cache'),
      '--out',
      out,
    ]),
    { print: () => undefined, progress: (t) => (stderr += t), colours: false, env: { OPENAI_BASE_URL: server.url } },
  );
  return { code, stderr, out };
}

describe('arcmem solve exit code', () => {
  it('is 0 when every task finished', async () => {
    const r = await solve([flipTask('a', 1), flipTask('b', 2)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('failed with an error');
  });

  it('is 1 when one task errored, with the run folder complete and the retry named', async () => {
    const r = await solve([flipTask('a', 1), failing, flipTask('b', 2)]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('arcmem: 1 task failed with an error (listed under "errors" in summary.json)');
    expect(r.stderr).toContain(`--resume ${r.out}`);
    const summary = JSON.parse(readFileSync(join(r.out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ tasks: 3, finished: 3, train_perfect: 2, status: { done: 2, error: 1 } });
    expect(summary.errors.map((e: { taskId: string }) => e.taskId)).toEqual(['failing']);
    expect(Object.keys(JSON.parse(readFileSync(join(r.out, 'submission.json'), 'utf8'))).sort()).toEqual([
      'a',
      'b',
      'failing',
    ]);
    expect(readdirSync(join(r.out, 'tasks')).sort()).toEqual(['a.json', 'b.json', 'failing.json']);
  });
});
