/**
 * A base URL with credentials (`http://user:secret@host`): requests cannot carry them (fetch
 * refuses such URLs), so the command stops before any work with a message that says what to do,
 * and the credentials reach no file, no output and no error.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { publicLlmConfig, resolveLlmConfig } from '../../src/llm/config.js';
import { bundledDataDir } from '../../src/paths.js';
import { reply, startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';

const USER = 'qa-user-7f3a';
const SECRET = 'qa-pass-91c2e4d0';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((n) =>
        statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)],
      )
    : [];

describe('credentials in the base URL', () => {
  it.each([
    ['--base-url', (url: string) => ({ args: ['--base-url', url], env: {} })],
    ['OPENAI_BASE_URL', (url: string) => ({ args: [], env: { OPENAI_BASE_URL: url } })],
  ])('given with %s: stops with a ConfigError naming the fix, and writes them nowhere', async (_how, given) => {
    server = await startOpenAIServer(() => reply.json({ instruction: 'x' }));
    const root = mkdtempSync(join(tmpdir(), 'arcmem-url-creds-'));
    const url = server.url.replace('http://', `http://${USER}:${SECRET}@`);
    const { args, env } = given(url);
    let stdout = '',
      stderr = '';
    const code = await main(
      [
        'node',
        'arcmem',
        'solve',
        join(bundledDataDir(), 'tasks'),
        '--limit',
        '1',
        '--model',
        'm',
        '--no-library',
        '--cache-dir',
        join(root, 'cache'),
        '--out',
        join(root, 'run'),
        ...args,
      ],
      { print: (t) => (stdout += t), progress: (t) => (stderr += t), colours: false, env },
    );
    expect(code, stderr).toBe(2);
    expect(stderr).toMatch(/holds credentials \(user:password@\).*--api-key or OPENAI_API_KEY/);
    expect(server.count()).toBe(0);
    for (const text of [stdout, stderr, ...filesUnder(root).map((f) => readFileSync(f, 'latin1'))]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(USER);
    }
  });

  it('are cut from the settings written to a run folder, however the config was built', () => {
    const config = resolveLlmConfig({ flags: { baseUrl: 'http://127.0.0.1:9/v1' }, requireKey: false });
    const built = { ...config, baseUrl: `http://${USER}:${SECRET}@127.0.0.1:9/v1` };
    const shown = JSON.stringify(publicLlmConfig(built));
    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain(USER);
    expect(publicLlmConfig(built).baseUrl).toBe('http://127.0.0.1:9/v1');
  });
});
