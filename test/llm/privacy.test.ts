import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway, redact, type CallEvent } from '../../src/llm/index.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { TEST_API_KEY, testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD, tempDir } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

const TASK_ID = '007bbfb7';

describe('task ids and the key never leave where they belong', () => {
  it('no request body carries the task id or the key; the key travels only in the Authorization header', async () => {
    server = await startOpenAIServer(
      (_b, i) =>
        [reply.status(429, { retryAfter: '0' }), reply.text('bad'), reply.json(GOOD), reply.status(500)][i % 4],
    );
    const dir = tempDir();
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url, { noCache: false, cacheDir: dir, retries: 1 }), {
      onCall: (e) => events.push(e),
    });
    await Promise.allSettled([0, 1, 2, 3].map((sample) => gw.structured(ask(TASK_ID, { sample }))));
    await gw.structured(ask(TASK_ID, { sample: 0 })).catch(() => undefined); // a cache hit
    gw.close();
    expect(server.count()).toBeGreaterThan(4);
    for (const r of server.requests) {
      expect(r.raw).not.toContain(TASK_ID);
      expect(r.raw).not.toContain(TEST_API_KEY);
      expect(r.path).not.toContain(TASK_ID);
      expect(r.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
      const otherHeaders = Object.entries(r.headers).filter(([k]) => k !== 'authorization');
      expect(JSON.stringify(otherHeaders)).not.toContain(TEST_API_KEY);
      expect(JSON.stringify(otherHeaders)).not.toContain(TASK_ID);
    }
    expect(JSON.stringify(events)).not.toContain(TEST_API_KEY);
    // every byte the cache wrote (database, WAL, shared memory)
    for (const f of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, f));
      expect(bytes.includes(Buffer.from(TEST_API_KEY)), f).toBe(false);
      expect(bytes.includes(Buffer.from(TASK_ID)), f).toBe(false);
    }
  });

  it('an error body that echoes the key does not put it in the error or the event', async () => {
    server = await startOpenAIServer(() =>
      reply.status(401, {
        error: {
          message: `Incorrect API key provided: ${TEST_API_KEY}. Also sk-proj-abc****************wxyz.`,
          type: 'invalid_request_error',
          code: 'invalid_api_key',
        },
      }),
    );
    const events: CallEvent[] = [];
    const gw = createGateway(testLlmConfig(server.url), { onCall: (e) => events.push(e) });
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err.message).toMatch(/401/);
    expect(err.message).toMatch(/--api-key/);
    expect(err.message).not.toContain(TEST_API_KEY);
    expect(err.message).not.toContain('wxyz');
    expect(JSON.stringify(events)).not.toContain(TEST_API_KEY);
    expect(events[0].error?.message).toBe(err.message);
  });
});

describe('redact', () => {
  it.each([
    ['the exact secret', 'key=abcd1234secret!', ['abcd1234secret!'], 'key=[redacted]'],
    ['every occurrence', 'xSECRETx SECRET', ['SECRET'], 'x[redacted]x [redacted]'],
    ['an OpenAI-shaped key it was not told about', 'got sk-proj-AbC123xyz789', [], 'got [redacted]'],
    [
      'a masked key echoed by a provider',
      'Incorrect API key provided: sk-abc*********wxyz.',
      [],
      'Incorrect API key provided: [redacted].',
    ],
    ['an OpenRouter key', 'Bearer sk-or-v1-0123456789abcdef', [], 'Bearer [redacted]'],
    ['a Google key', 'key=AIzaSyA-1234567890abcdefghij', [], 'key=[redacted]'],
    ['nothing when there is nothing', 'plain text', [null, undefined, ''], 'plain text'],
  ])('%s', (_n, text, secrets, expected) => {
    expect(redact(text, secrets as string[])).toBe(expected);
  });
});
