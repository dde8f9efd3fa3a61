import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LLM_OPTIONS, LlmConfigError, publicLlmConfig, readConfigFile, resolveLlmConfig } from '../../src/llm/index.js';
import { packageRoot } from '../../src/paths.js';
import { tempDir } from './_fixtures.js';

const KEY = 'sk-config-test-key-000000';
const local = { baseUrl: 'http://127.0.0.1:9/v1' };

describe('where settings come from', () => {
  it.each([
    ['flag beats env and file', { concurrency: '3' }, { ARCMEM_CONCURRENCY: '5' }, { concurrency: 7 }, 3],
    ['env beats file', {}, { ARCMEM_CONCURRENCY: '5' }, { concurrency: 7 }, 5],
    ['file beats default', {}, {}, { concurrency: 7 }, 7],
    ['default', {}, {}, {}, 16],
  ])('%s', (_n, flags, env, llm, expected) => {
    const c = resolveLlmConfig({ flags: { ...local, ...flags }, env, file: { llm } });
    expect(c.concurrency).toBe(expected);
  });

  it('reads the key and endpoint from OPENAI_API_KEY and OPENAI_BASE_URL', () => {
    const c = resolveLlmConfig({ env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'https://openrouter.ai/api/v1/' } });
    expect(c.apiKey).toBe(KEY);
    expect(c.baseUrl).toBe('https://openrouter.ai/api/v1');
  });

  it('a role-specific model beats --model from the same source; a flag --model beats a role model from the file', () => {
    const c = resolveLlmConfig({
      flags: { ...local, model: 'gpt-5', repairerModel: 'o3' },
      env: { ARCMEM_FOLLOWER_MODEL: 'gpt-4.1-mini' },
      file: { llm: { plannerModel: 'from-file' } },
    });
    expect(c.roles.planner.model).toBe('gpt-5');
    expect(c.roles.repairer.model).toBe('o3');
    expect(c.roles.follower.model).toBe('gpt-5');
  });

  it('env role model applies when no flag names a model', () => {
    const c = resolveLlmConfig({ flags: local, env: { ARCMEM_FOLLOWER_MODEL: 'gpt-4.1-mini', ARCMEM_MODEL: 'gpt-5' } });
    expect(c.roles.follower.model).toBe('gpt-4.1-mini');
    expect(c.roles.planner.model).toBe('gpt-5');
  });

  it('has generous, documented defaults', () => {
    const c = resolveLlmConfig({ flags: local, cwd: '/work/x' });
    expect(c).toMatchObject({
      timeoutMs: 600_000,
      retries: 4,
      outputRetries: 2,
      structuredOutput: 'json_schema',
      rpm: null,
      budgetUsd: null,
      noCache: false,
      cacheDir: '/work/x/.cache/arcmem',
    });
    expect(c.roles.planner.temperature).toBe(1);
    expect(c.roles.follower.temperature).toBeNull();
  });

  it('takes ARCMEM_CACHE_DIR, relative to the working folder', () => {
    expect(resolveLlmConfig({ flags: local, env: { ARCMEM_CACHE_DIR: 'c' }, cwd: '/w' }).cacheDir).toBe('/w/c');
  });

  it.each([
    [{ cache: false }, {}, true],
    [{ noCache: true }, {}, true],
    [{}, { ARCMEM_NO_CACHE: '1' }, true],
    [{}, { ARCMEM_NO_CACHE: 'false' }, false],
  ])('--no-cache from %o / %o', (flags, env, noCache) => {
    expect(resolveLlmConfig({ flags: { ...local, ...flags }, env }).noCache).toBe(noCache);
  });

  it('merges price overrides from file, env and flags', () => {
    const c = resolveLlmConfig({
      flags: { ...local, price: ['a=1/2', 'b=3/4'] },
      env: { ARCMEM_PRICES: 'b=9/9, c=5/6' },
      file: { llm: { prices: { d: { input: 7, output: 8 } } } },
    });
    expect(c.prices).toEqual({
      a: { input: 1, output: 2 },
      b: { input: 3, output: 4 },
      c: { input: 5, output: 6 },
      d: { input: 7, output: 8 },
    });
  });
});

describe('bad settings fail early with a message naming flag and variable', () => {
  it.each([
    ['remote endpoint without key', {}, {}, /--api-key.*OPENAI_API_KEY/],
    [
      'OpenRouter without key',
      { baseUrl: 'https://openrouter.ai/api/v1' },
      {},
      /no API key for https:\/\/openrouter\.ai: pass --api-key or set OPENAI_API_KEY/,
    ],
    ['timeout not a number', local, { ARCMEM_TIMEOUT_MS: 'soon' }, /--timeout-ms \(ARCMEM_TIMEOUT_MS/],
    ['negative concurrency', { ...local, concurrency: '-1' }, {}, /--concurrency \(ARCMEM_CONCURRENCY/],
    ['unknown structured output mode', { ...local, structuredOutput: 'xml' }, {}, /--structured-output/],
    [
      'bad reasoning effort for one role',
      { ...local, plannerReasoningEffort: 'max' },
      {},
      /--planner-reasoning-effort \(ARCMEM_PLANNER_REASONING_EFFORT/,
    ],
    ['bad price', { ...local, price: 'gpt-5=cheap' }, {}, /--price: "gpt-5=cheap" is not model=INPUT\/OUTPUT/],
    ['not a URL', { baseUrl: 'localhost:8000' }, {}, /--base-url \(OPENAI_BASE_URL/],
  ])('%s', (_n, flags, env, message) => {
    const run = () => resolveLlmConfig({ flags, env });
    expect(run).toThrow(LlmConfigError);
    expect(run).toThrow(message);
  });

  it.each(['http://localhost:11434/v1', 'http://127.0.0.1:8000/v1', 'http://[::1]:8000/v1'])(
    'a local endpoint needs no key: %s',
    (baseUrl) => {
      expect(resolveLlmConfig({ flags: { baseUrl } }).apiKey).toBeNull();
    },
  );

  it('rejects unknown keys in the config file', () => {
    expect(() => resolveLlmConfig({ flags: local, file: { llm: { concurrancy: 3 } } })).toThrow(
      /unknown setting\(s\).*concurrancy/,
    );
  });
});

describe('the config file', () => {
  it('is read from arcmem.config.json in the working folder, or from --config', () => {
    const dir = tempDir();
    expect(readConfigFile(undefined, dir)).toBeUndefined();
    writeFileSync(join(dir, 'arcmem.config.json'), JSON.stringify({ llm: { concurrency: 2 } }));
    expect(readConfigFile(undefined, dir)).toEqual({ llm: { concurrency: 2 } });
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'other.json'), '{ not json');
    expect(() => readConfigFile('sub/other.json', dir)).toThrow(/not valid JSON/);
    expect(() => readConfigFile('missing.json', dir)).toThrow(/does not exist/);
  });
});

describe('the key stays out of printable config', () => {
  it('publicLlmConfig hides it', () => {
    const c = resolveLlmConfig({ flags: { apiKey: KEY } });
    expect(JSON.stringify(publicLlmConfig(c))).not.toContain(KEY);
    expect(publicLlmConfig(c).apiKey).toBe('<set>');
  });
});

describe('every option is documented', () => {
  it('has a flag, an env variable, a default and help', () => {
    for (const o of LLM_OPTIONS) {
      expect(o.flag).toMatch(/^--[a-z-]+/);
      expect(o.env).toMatch(/^[A-Z_]+$/);
      expect(o.defaultText.length).toBeGreaterThan(0);
      expect(o.help.length).toBeGreaterThan(5);
    }
  });

  it('the README settings table lists every general option with its flag and variable', () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Models and endpoints'));
    for (const o of LLM_OPTIONS.filter((x) => !/^(planner|repairer|follower)[A-Z]/.test(x.key))) {
      expect(section).toContain(`| \`${o.flag}\` | \`${o.env}\` | \`${o.key}\` |`);
    }
  });
});
