/**
 * End to end over real HTTP: `arcmem solve` with a distinctive API key must leave it in no file
 * it writes (run folder, response cache, library), in nothing it prints, and must never send
 * the ARC task id to the model, whether the run succeeds or the endpoint fails.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { reply, startOpenAIServer, type ChatHandler, type OpenAIServer } from '../support/openai-server.js';
import { scriptedLlm } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';

const KEY = 'sk-qa-DISTINCT-5c1e9a77b2f04d';
const TASK_ID = 'qa-secret-task-9d2f';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Files under `dir` whose bytes (text or binary: SQLite, WAL, Lance) contain `needle`. */
const filesHolding = (dir: string, needle: string): string[] =>
  filesUnder(dir)
    .filter((f) => readFileSync(f).includes(Buffer.from(needle)))
    .map((f) => relative(dir, f));

async function solveWithKey(handler: ChatHandler, key = KEY) {
  server = await startOpenAIServer(handler);
  const root = mkdtempSync(join(tmpdir(), 'arcmem-secrets-'));
  const t = flipTask(TASK_ID);
  writeFileSync(join(root, `${TASK_ID}.json`), JSON.stringify({ train: t.train, test: t.test }));
  let stdout = '',
    stderr = '';
  const args = [
    'solve',
    join(root, `${TASK_ID}.json`),
    '--preset',
    'lite-lib',
    '--model',
    'test-model',
    '--retries',
    '1',
    '--backoff-base-ms',
    '1',
    '--cache-dir',
    join(root, 'cache'),
    '--library',
    join(root, 'library'),
    '--out',
    join(root, 'run'),
    '--json',
  ];
  const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: key, ARCMEM_EMBED_MODEL_PATH: join(root, 'no-model') };
  const code = await main(['node', 'arcmem', ...args], {
    print: (s) => (stdout += s),
    progress: (s) => (stderr += s),
    colours: false,
    env,
  });
  return { root, code, stdout, stderr, requests: server.requests };
}

describe('the scan itself', () => {
  it('finds a key planted in a binary file deep in the tree', () => {
    const root = mkdtempSync(join(tmpdir(), 'arcmem-secrets-'));
    writeFileSync(join(root, 'a.txt'), 'nothing');
    const deep = mkdtempSync(join(root, 'deep-'));
    writeFileSync(join(deep, 'b.bin'), Buffer.concat([Buffer.from([0, 255, 7]), Buffer.from(KEY), Buffer.from([0])]));
    expect(filesHolding(root, KEY)).toEqual([relative(root, join(deep, 'b.bin'))]);
  });
});

describe('arcmem solve keeps the key and the task id where they belong', () => {
  it.each<[string, ChatHandler, number]>([
    ['a run that solves the task', scriptedLlm({ plans: ['flip'] }), 0],
    [
      'an endpoint that rejects the key and echoes it back',
      () =>
        reply.status(401, {
          error: {
            message: `Incorrect API key provided: ${KEY}.`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        }),
      1, // the task errored: the run folder is complete, the exit code says so
    ],
    [
      'an endpoint failing with 500s that echo the key, then answering nonsense',
      (_b, i) =>
        i % 2 === 0
          ? reply.status(500, { error: { message: `upstream saw Authorization: Bearer ${KEY}` } })
          : reply.text(`I am not JSON ${KEY.slice(0, 6)}`),
      1,
    ],
  ])('%s', async (_name, handler, code) => {
    const r = await solveWithKey(handler);
    expect(r.code, r.stderr).toBe(code);
    expect(r.requests.length).toBeGreaterThan(0);
    const written = filesUnder(r.root).map((f) => relative(r.root, f));
    expect(written).toEqual(
      expect.arrayContaining([
        'run/settings.json',
        'run/summary.json',
        'run/events.jsonl',
        `run/tasks/${TASK_ID}.json`,
        'run/submission.json',
      ]),
    );
    expect(written.some((f) => f.startsWith('library/'))).toBe(true);
    expect(filesHolding(r.root, KEY)).toEqual([]);
    expect(r.stdout + r.stderr).not.toContain(KEY);
    for (const req of r.requests) {
      expect(req.raw).not.toContain(TASK_ID);
      expect(req.path).not.toContain(TASK_ID);
      expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    }
  });

  it('a successful run fills the cache and the library, and the key is in neither', async () => {
    const r = await solveWithKey(scriptedLlm({ plans: ['flip'] }));
    expect(JSON.parse(r.stdout)).toMatchObject({ train_perfect: 1 });
    const written = filesUnder(r.root).map((f) => relative(r.root, f));
    expect(written).toContain('cache/llm.sqlite');
    expect(readFileSync(join(r.root, 'run', 'settings.json'), 'utf8')).toContain('"apiKey": "<set>"');
    expect(filesHolding(r.root, KEY)).toEqual([]);
  });
});

describe('a run prints nothing but its own output', () => {
  it('no Node warning reaches the terminal although many requests share one task signal', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', onWarning);
    try {
      const r = await solveWithKey(scriptedLlm({ plans: ['flip'] }));
      expect(r.requests.length).toBeGreaterThan(10);
      await new Promise((res) => setImmediate(res));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).toEqual([]);
  });
});

describe('a key pasted with stray characters', () => {
  it('a trailing line ending (CRLF .env) is trimmed: the run works and the header carries the bare key', async () => {
    const r = await solveWithKey(scriptedLlm({ plans: ['flip'] }), `${KEY}\r\n`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it.each([
    ['a line break inside', `${KEY}\nsecond-line`],
    ['a space inside', `${KEY} pasted-twice`],
    ['a typographic quote', `${KEY}\u201d`],
  ])('%s stops the run before any request, without echoing the key', async (_name, key) => {
    const r = await solveWithKey(scriptedLlm({ plans: ['flip'] }), key);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /--api-key \(OPENAI_API_KEY, or "apiKey" in the config file\): the key holds spaces, line breaks or non-ASCII characters/,
    );
    expect(r.stderr).not.toContain(KEY);
    expect(r.requests).toHaveLength(0);
    expect(filesHolding(r.root, KEY)).toEqual([]);
  });
});
