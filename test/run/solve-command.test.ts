import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { bundledDataDir } from '../../src/paths.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { scriptedLlm } from '../evolve/_llm-script.js';
import { flipTask } from '../evolve/_scripted.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'arcmem-solve-cmd-'));
const tasks = join(bundledDataDir(), 'tasks');

async function run(args: string[], env: Record<string, string> = {}) {
  let stdout = '',
    stderr = '';
  const code = await main(['node', 'arcmem', ...args], {
    print: (t) => (stdout += t + '\n'),
    progress: (t) => (stderr += t),
    colours: false,
    env,
  });
  return { code, stdout, stderr };
}

describe('arcmem solve', () => {
  it('with no endpoint configured uses the offline engine and says so in one line', async () => {
    const out = join(tmp(), 'run');
    const r = await run([
      'solve',
      tasks,
      '--tasks',
      'flip-horizontal',
      '--no-library',
      '--out',
      out,
      '--preset',
      'lite',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/no model endpoint configured: using the offline engine/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/score \(pass@2, per task\)\s+100\.0%/);
    const settings = JSON.parse(readFileSync(join(out, 'settings.json'), 'utf8'));
    expect(settings).toMatchObject({ strategy_name: 'lite', stages: [{ backend: 'local' }], library: null });
  });

  it('--json prints the summary', async () => {
    const out = join(tmp(), 'run');
    const r = await run(['solve', tasks, '--model', 'local', '--limit', '2', '--no-library', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/no model endpoint/);
    expect(JSON.parse(r.stdout)).toMatchObject({ out, tasks: 2, finished: 2 });
  });

  it('an unknown preset lists the available ones', async () => {
    const r = await run(['solve', tasks, '--preset', 'nope', '--no-library']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /unknown preset "nope"; available presets: ettc, ettc-fast, ettc-fast-lib, ettc-lib, lite, lite-lib/,
    );
  });

  it('refuses to overwrite a run folder without --resume', async () => {
    const out = join(tmp(), 'run');
    await run(['solve', tasks, '--model', 'local', '--limit', '1', '--no-library', '--out', out]);
    const r = await run(['solve', tasks, '--model', 'local', '--limit', '1', '--no-library', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/already holds a run: pass --resume/);
  });
});

describe('arcmem solve with a language model', () => {
  let server: OpenAIServer;
  beforeAll(async () => {
    server = await startOpenAIServer(scriptedLlm({ plans: ['flip'] }));
  });
  afterAll(() => server.close());

  it('runs over the endpoint, never sending the task id or writing the key', async () => {
    const dir = tmp();
    const t = flipTask('secret-id-42');
    writeFileSync(join(dir, 'secret-id-42.json'), JSON.stringify({ train: t.train, test: t.test }));
    const out = join(dir, 'run');
    const r = await run(
      [
        'solve',
        join(dir, 'secret-id-42.json'),
        '--preset',
        'lite',
        '--model',
        'test-model',
        '--cache-dir',
        join(dir, 'cache'),
        '--no-library',
        '--out',
        out,
        '--json',
      ],
      { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'sk-test-very-secret' },
    );
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ tasks: 1, train_perfect: 1, score: 1 });
    expect(summary.llm.requests).toBe(server.count());
    expect(summary.llm.prompt_tokens).toBeGreaterThan(0);
    for (const req of server.requests) expect(req.raw).not.toContain('secret-id-42');
    for (const f of ['settings.json', 'summary.json', 'events.jsonl', 'tasks/secret-id-42.json']) {
      expect(readFileSync(join(out, f), 'utf8')).not.toContain('sk-test-very-secret');
    }
  });

  it('a repeated run makes zero requests; --no-cache asks again', async () => {
    const dir = tmp();
    const t = flipTask('again');
    writeFileSync(join(dir, 'again.json'), JSON.stringify({ train: t.train, test: t.test }));
    const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'k' };
    const solveOnce = (n: number, extra: string[] = []) =>
      run(
        [
          'solve',
          join(dir, 'again.json'),
          '--preset',
          'lite',
          '--model',
          'test-model',
          '--cache-dir',
          join(dir, 'cache'),
          '--no-library',
          '--out',
          join(dir, `run${n}`),
          '--json',
          ...extra,
        ],
        env,
      );
    const before = server.count();
    const first = JSON.parse((await solveOnce(1)).stdout);
    const made = server.count() - before;
    expect(first.llm.requests).toBe(made);
    const second = JSON.parse((await solveOnce(2)).stdout);
    expect(server.count() - before).toBe(made);
    expect(second.llm).toMatchObject({ requests: 0, cache_hits: made });
    expect(second.score).toBe(1);
    await solveOnce(3, ['--no-cache']);
    expect(server.count() - before).toBe(2 * made);
  });

  it('--resume without --preset keeps the strategy the run started with', async () => {
    const dir = tmp();
    const t = flipTask('kept');
    writeFileSync(join(dir, 'kept.json'), JSON.stringify({ train: t.train, test: t.test }));
    const out = join(dir, 'run');
    const args = [
      'solve',
      join(dir, 'kept.json'),
      '--model',
      'test-model',
      '--cache-dir',
      join(dir, 'cache'),
      '--no-library',
      '--json',
    ];
    const env = { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'k' };
    await run([...args, '--preset', 'lite', '--out', out], env);
    const resumed = await run([...args, '--resume', out], env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout).settings.strategy_name).toBe('lite');
  });
});

describe('model resolution', () => {
  it('naming a model without a key fails early, naming the flag and variable', async () => {
    const r = await run([
      'solve',
      tasks,
      '--model',
      'gpt-5-mini',
      '--limit',
      '1',
      '--no-library',
      '--out',
      join(tmp(), 'run'),
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--api-key.*OPENAI_API_KEY/);
  });
});

describe('arcmem solve --cascade local,MODEL', () => {
  let server: OpenAIServer;
  beforeAll(async () => {
    server = await startOpenAIServer(scriptedLlm({ plans: ['same'] }));
  });
  afterAll(() => server.close());

  it('sends only the tasks the offline engine did not make perfect to the model', async () => {
    const dir = tmp();
    const easy = JSON.parse(readFileSync(join(tasks, 'flip-horizontal.json'), 'utf8'));
    writeFileSync(join(dir, 'easy.json'), JSON.stringify(easy));
    // No rule maps these inputs to these outputs, so the offline engine cannot be perfect.
    const hard = {
      train: [
        {
          input: [
            [1, 2],
            [3, 4],
          ],
          output: [[9]],
        },
        {
          input: [
            [1, 2],
            [3, 4],
          ],
          output: [[5, 5, 5]],
        },
      ],
      test: [{ input: [[2, 2]] }],
    };
    writeFileSync(join(dir, 'hard.json'), JSON.stringify(hard));
    const out = join(dir, 'run');
    const r = await run(
      [
        'solve',
        dir,
        '--cascade',
        'local,test-model',
        '--preset',
        'lite',
        '--cache-dir',
        join(dir, 'cache'),
        '--no-library',
        '--out',
        out,
        '--json',
      ],
      { OPENAI_BASE_URL: server.url, OPENAI_API_KEY: 'k' },
    );
    expect(r.code, r.stderr).toBe(0);
    const easyRecord = JSON.parse(readFileSync(join(out, 'tasks', 'easy.json'), 'utf8'));
    const hardRecord = JSON.parse(readFileSync(join(out, 'tasks', 'hard.json'), 'utf8'));
    expect(easyRecord.stages.map((s: { models: { planner: string } }) => s.models.planner)).toEqual(['local']);
    expect(hardRecord.stages.map((s: { models: { planner: string } }) => s.models.planner)).toEqual([
      'local',
      'test-model',
    ]);
    expect(server.count()).toBeGreaterThan(0);
    // Every request the model saw was about the hard task.
    for (const req of server.requests) expect(req.raw).toContain('1 2\\n3 4');
    expect(JSON.parse(r.stdout).settings.stages.map((s: { backend: string }) => s.backend)).toEqual(['local', 'llm']);
  });
});
