/**
 * A dollar budget across kill -9 and --resume, against the OpenAI-compatible test server, which
 * counts every request it received (and so bills, at the price the test sets): the budget is
 * never exceeded by more than one request's worst-case cost however often the run is killed and
 * resumed; resuming with the same budget sends nothing more; raising it continues the run; and
 * the summary's requests and dollars equal what the server received, to within the requests in
 * flight at the kills.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../src/run/run-files.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { startCli, waitFor } from '../support/cli-child.js';
import { scriptedLlm } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';

/** $100 per million tokens in and out: each answer (1000 in, 500 out) costs $0.15. */
const PRICE = 100;
const ANSWER_USD = (1500 * PRICE) / 1e6;
const MAX_OUT = 500;
const BUDGET = 12 * ANSWER_USD;
const CONCURRENCY = 4;

let server: OpenAIServer;
const root = mkdtempSync(join(tmpdir(), 'arcmem-budget-resume-'));
const tasksDir = join(root, 'tasks');
const out = join(root, 'run');

beforeAll(async () => {
  const script = scriptedLlm({ plans: ['same', 'flip'] });
  server = await startOpenAIServer(async (body, i, r) => {
    await new Promise((ok) => setTimeout(ok, 60)); // slow enough for kills to land with requests in flight
    return script(body, i, r);
  });
  mkdirSync(tasksDir);
  for (let i = 0; i < 6; i++) {
    const t = flipTask(`task${i}`, 1 + (i % 3));
    writeFileSync(join(tasksDir, `${t.id}.json`), JSON.stringify({ train: t.train, test: t.test }));
  }
  writeFileSync(join(root, 'strategy.json'), JSON.stringify({ steps: [{ kind: 'generate', n: 2 }], answer_runs: 2 }));
});
afterAll(() => server?.close());

const solve = (budget: number, first = false) =>
  startCli(
    [
      'solve',
      tasksDir,
      '--strategy',
      join(root, 'strategy.json'),
      '--base-url',
      server.url,
      '--model',
      'test-model',
      '--price',
      `test-model=${PRICE}/${PRICE}`,
      '--max-output-tokens',
      String(MAX_OUT),
      '--budget-usd',
      String(budget),
      '--concurrency',
      String(CONCURRENCY),
      '--task-concurrency',
      '2',
      '--cache-dir',
      join(root, 'cache'),
      '--no-library',
      ...(first ? ['--out', out] : ['--resume', out]),
    ],
    root,
  );

/** The most a request the server received could have been billed: prompt bytes and the output limit at the price. */
const worstRequestUsd = (): number =>
  Math.max(
    ...server.requests.map(
      (r) =>
        ((Buffer.byteLength(
          JSON.stringify({ messages: r.body.messages, response_format: r.body.response_format ?? null }),
        ) +
          r.body.max_completion_tokens) *
          PRICE) /
        1e6,
    ),
  );
const summary = (): RunSummary => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));

describe('a dollar budget across kill -9 and --resume', () => {
  it('holds, stays put on resume, continues when raised, and the summary counts what was sent', async () => {
    // Killed twice while requests are in flight, then resumed to the end with the same budget.
    let kills = 0;
    for (const [i, after] of [4, 9].entries()) {
      const child = solve(BUDGET, i === 0);
      expect(await waitFor(() => server.count() >= after, 60_000, 2)).toBe(true);
      child.process.kill('SIGKILL');
      expect((await child.exit).signal).toBe('SIGKILL');
      kills++;
    }
    const end = await solve(BUDGET).exit;
    expect(end.code, end.stderr).toBe(0);
    const billed = server.count() * ANSWER_USD;
    expect(billed).toBeLessThanOrEqual(BUDGET + worstRequestUsd());
    const stopped = summary();
    expect(stopped.stopped_on_budget.length).toBeGreaterThan(0);
    // Requests lost in flight at a kill were never recorded; everything else was.
    expect(stopped.llm.requests).toBeLessThanOrEqual(server.count());
    expect(stopped.llm.requests).toBeGreaterThanOrEqual(server.count() - kills * CONCURRENCY);
    expect(stopped.llm.cost_usd).toBeCloseTo(stopped.llm.requests * ANSWER_USD, 9);

    // The same budget again: the stopped tasks replay from the cache and stop where they stopped.
    const sentBefore = server.count();
    const same = await solve(BUDGET).exit;
    expect(same.code, same.stderr).toBe(0);
    expect(server.count()).toBe(sentBefore);
    expect([...summary().stopped_on_budget].sort()).toEqual([...stopped.stopped_on_budget].sort());
    expect(summary().llm.requests).toBe(stopped.llm.requests);

    // A raised budget continues the run to the end.
    const raised = await solve(1000).exit;
    expect(raised.code, raised.stderr).toBe(0);
    expect(server.count()).toBeGreaterThan(sentBefore);
    const done = summary();
    expect(done).toMatchObject({ finished: 6, train_perfect: 6, stopped_on_budget: [] });
    expect(done.llm.requests).toBeGreaterThanOrEqual(server.count() - kills * CONCURRENCY);
    expect(done.llm.requests).toBeLessThanOrEqual(server.count());
    expect(done.llm.cost_usd).toBeCloseTo(done.llm.requests * ANSWER_USD, 9);
  }, 180_000);
});
