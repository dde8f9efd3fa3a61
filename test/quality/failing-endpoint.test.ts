/**
 * An endpoint that answers nonsense, rate-limits or hangs: the run still finishes, every task is
 * recorded with the reason in words, and the requests the failures made stay in the totals.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundledDataDir } from '../../src/paths.js';
import { reply, startOpenAIServer, type ChatHandler, type OpenAIServer } from '../support/openai-server.js';

let server: OpenAIServer | undefined;
const HANG: ChatHandler = () => reply.hang();

/** Nonsense the first time a request body is seen, HTTP 500 for every repeat of it. */
function answerOnceThenFail(): ChatHandler {
  const seen = new Set<string>();
  return (_body, _i, request) => {
    if (seen.has(request.raw)) return reply.status(500);
    seen.add(request.raw);
    return reply.text('I would rather not.');
  };
}
afterEach(async () => server?.close());

describe('arcmem solve against a failing endpoint', () => {
  it.each<[string, ChatHandler, RegExp]>([
    [
      'answers that are not JSON',
      () => reply.text('I would rather not.'),
      /ModelOutputError: m \(planner\) gave an answer that does not match schema "plan" \(attempt 3 of 3/,
    ],
    [
      'a JSON answer without the instruction',
      () => reply.json({ observations: null }),
      /ModelOutputError: m \(planner\) gave an answer that does not match schema "plan"/,
    ],
    [
      'HTTP 429 on every request',
      () => reply.status(429, { retryAfter: '0' }),
      /ProviderError: .* answered HTTP 429 \(2 requests\)/,
    ],
    ['HTTP 500 on every request', () => reply.status(500), /ProviderError: .* answered HTTP 500 \(2 requests\)/],
    [
      // The call's last send fails after an earlier answer was already paid for: every request of
      // the call counts, not only the attempts of its last send.
      'a nonsense answer, then HTTP 500 on the output retry',
      answerOnceThenFail(),
      /ProviderError: .* answered HTTP 500 \(2 requests\)/,
    ],
    ['a hang past --timeout-ms', HANG, /ProviderError: .* timed out after 300 ms \(2 requests\).*Raise --timeout-ms/],
  ])('%s: every task recorded as an error, requests counted', async (_name, handler, reason) => {
    server = await startOpenAIServer(handler);
    const root = mkdtempSync(join(tmpdir(), 'arcmem-failing-'));
    const out = join(root, 'run');
    let stdout = '',
      stderr = '';
    const args = [
      'solve',
      join(bundledDataDir(), 'tasks'),
      '--limit',
      '2',
      '--preset',
      'lite',
      '--model',
      'm',
      '--no-library',
      '--retries',
      '1',
      '--backoff-base-ms',
      '1',
      '--timeout-ms',
      // Short only where the endpoint hangs: on a loaded machine a 300 ms limit also cut off the
      // scripted errors and nonsense answers before they arrived, and the test saw timeouts instead.
      handler === HANG ? '300' : '10000',
      '--cache-dir',
      join(root, 'cache'),
      '--out',
      out,
      '--json',
    ];
    const code = await main(['node', 'arcmem', ...args], {
      print: (t) => (stdout += t),
      progress: (t) => (stderr += t),
      colours: false,
      env: { OPENAI_BASE_URL: server.url },
    });
    // Every task errored: exit 1, with the folder complete and the way to retry named.
    expect(code, stderr).toBe(1);
    expect(stderr).toContain(
      `arcmem: 2 tasks failed with an error (listed under "errors" in summary.json); retry them with: arcmem solve ${args[1]} --resume ${out}\n`,
    );
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ tasks: 2, finished: 2, train_perfect: 0 });
    expect(summary.errors).toHaveLength(2);
    for (const e of summary.errors) expect(e.error).toMatch(reason);
    expect(summary.llm.requests).toBe(server.count());
    expect(summary.calls.planner).toBeGreaterThan(0);
    const submission = JSON.parse(readFileSync(join(out, 'submission.json'), 'utf8'));
    expect(Object.keys(submission)).toHaveLength(2);
  });

  it('the table lists a few errors, one per line, and points at summary.json for the rest', async () => {
    server = await startOpenAIServer(() => reply.status(500));
    const root = mkdtempSync(join(tmpdir(), 'arcmem-failing-'));
    let stdout = '';
    const args = [
      'solve',
      join(bundledDataDir(), 'tasks'),
      '--limit',
      '5',
      '--preset',
      'lite',
      '--model',
      'm',
      '--no-library',
      '--retries',
      '0',
      '--cache-dir',
      join(root, 'cache'),
      '--out',
      join(root, 'run'),
    ];
    await main(['node', 'arcmem', ...args], {
      print: (t) => (stdout += t),
      progress: () => undefined,
      colours: false,
      env: { OPENAI_BASE_URL: server.url },
    });
    expect(stdout).toMatch(
      /errors\s+5 tasks\n  [\w-]+: ProviderError: task [\w-]+: http:\/\/127\.0\.0\.1:\d+ answered HTTP 500 \(1 request\): 500 [^\n]*[^.]\.\n/,
    );
    expect(stdout).toContain('  ... 2 more in summary.json');
    expect(stdout.match(/ProviderError/g)).toHaveLength(3);
  });
});
