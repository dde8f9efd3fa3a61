/**
 * A real `arcmem solve` child process against the HTTP test server, killed with SIGKILL
 * mid-run and resumed: finished tasks are kept, no request is sent twice, nothing is torn.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import type { RunEvent, RunSummary, TaskRecord } from '../../src/run/run-files.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { scriptedLlm } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';

const TASKS = 6;
let server: OpenAIServer;
/** Once frozen the server stops answering, so no task can finish between the check and the kill. */
let frozen = false;
/** Request bodies that were answered (a request left hanging at the kill may rightly be sent again). */
const answered = new Set<string>();
const root = mkdtempSync(join(tmpdir(), 'arcmem-kill-'));
const tasksDir = join(root, 'tasks');
const out = join(root, 'run');
const cacheDir = join(root, 'cache');
const strategyFile = join(root, 'strategy.json');

beforeAll(async () => {
  const script = scriptedLlm({ plans: ['same', 'flip'] });
  // Slow answers, so the kill lands while tasks are in flight.
  server = await startOpenAIServer(async (body, i, r) => {
    await new Promise((ok) => setTimeout(ok, 80));
    if (frozen) return reply.hang();
    answered.add(r.raw);
    return script(body, i, r);
  });
  mkdirSync(tasksDir);
  for (let i = 0; i < TASKS; i++) {
    const t = flipTask(`task${i}`, 1 + (i % 3));
    writeFileSync(join(tasksDir, `${t.id}.json`), JSON.stringify({ train: t.train, test: t.test }));
  }
  writeFileSync(strategyFile, JSON.stringify({ steps: [{ kind: 'generate', n: 2 }], answer_runs: 2 }));
});
afterAll(() => server?.close());

function solve(extra: string[]): ChildProcess {
  const args = [
    '--import',
    pathToFileURL(join(packageRoot(), 'node_modules/tsx/dist/loader.mjs')).href,
    join(packageRoot(), 'src/cli/main.ts'),
    'solve',
    tasksDir,
    '--strategy',
    strategyFile,
    '--base-url',
    server.url,
    '--model',
    'test-model',
    '--cache-dir',
    cacheDir,
    '--no-library',
    '--task-concurrency',
    '1',
    '--json',
    ...extra,
  ];
  return spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: root, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exited = (
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; stderr: string; stdout: string }> =>
  new Promise((ok) => {
    let stderr = '',
      stdout = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => (stdout += d));
    child.on('exit', (code, signal) => ok({ code, signal, stderr, stdout }));
  });

const finishedTasks = (): string[] =>
  existsSync(join(out, 'tasks')) ? readdirSync(join(out, 'tasks')).filter((f) => f.endsWith('.json')) : [];

describe('resume after SIGKILL', () => {
  it('keeps finished tasks, repeats no request, and corrupts nothing', async () => {
    const first = solve(['--out', out]);
    const firstExit = exited(first);
    const deadline = Date.now() + 60_000;
    while (finishedTasks().length < 2 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 10));
    frozen = true;
    await new Promise((ok) => setTimeout(ok, 200)); // let answers already on the wire arrive
    first.kill('SIGKILL');
    const killed = await firstExit;
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const doneBefore = finishedTasks().map((f) => f.replace(/\.json$/, ''));
    expect(doneBefore.length).toBeGreaterThanOrEqual(2);
    expect(doneBefore.length).toBeLessThan(TASKS);
    const seenBefore = new Set(answered);
    const countBefore = server.count();
    frozen = false;
    const eventsBefore = readFileSync(join(out, 'events.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.endsWith('}')).length;

    const second = await exited(solve(['--resume', out]));
    expect(second.code, second.stderr).toBe(0);

    const newRequests = server.requests.slice(countBefore);
    // Every finished call of the killed run (answered before the kill) now comes from the cache.
    expect(newRequests.length).toBeGreaterThan(0);
    expect(newRequests.filter((r) => seenBefore.has(r.raw))).toEqual([]);

    const events: RunEvent[] = readFileSync(join(out, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const restarted = events
      .slice(eventsBefore)
      .filter((e) => e.type === 'task_start')
      .map((e) => e.taskId);
    expect(restarted.filter((id) => doneBefore.includes(id))).toEqual([]);

    const records: TaskRecord[] = finishedTasks().map((f) => JSON.parse(readFileSync(join(out, 'tasks', f), 'utf8')));
    expect(records).toHaveLength(TASKS);
    expect(records.every((r) => r.trainPerfect)).toBe(true);
    const submission = JSON.parse(readFileSync(join(out, 'submission.json'), 'utf8'));
    expect(Object.keys(submission)).toHaveLength(TASKS);
    const summary: RunSummary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ tasks: TASKS, finished: TASKS, train_perfect: TASKS, score: 1 });
    expect(JSON.parse(second.stdout)).toMatchObject({ finished: TASKS });
    expect(readFileSync(join(out, 'settings.json'), 'utf8')).not.toMatch(/api-key|apiKey": "[^<n]/);
  }, 120_000);
});
