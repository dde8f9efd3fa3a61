import { afterEach, describe, expect, it } from 'vitest';
import { createGateway, ModelOutputError } from '../../src/llm/index.js';
import { extractJson } from '../../src/llm/_structured-output.js';
import { reply, startOpenAIServer, type OpenAIServer, type Reply } from '../support/openai-server.js';
import { testLlmConfig } from '../support/llm-config.js';
import { ask, GOOD } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

const scripted =
  (...replies: Reply[]) =>
  (_body: unknown, i: number) =>
    replies[Math.min(i, replies.length - 1)];

describe('finding the JSON in a model answer', () => {
  it.each([
    ['bare object', '{"a":1}', { a: 1 }],
    ['prose around it', 'Sure! Here it is: {"a": {"b": [1,2]}} Hope that helps.', { a: { b: [1, 2] } }],
    ['a json fence', 'Answer:\n```json\n{"a": 2}\n```\n', { a: 2 }],
    ['an unlabelled fence', '```\n{"a": 3}\n```', { a: 3 }],
    ['braces inside strings', 'x {"s": "a } b { c", "t": "\\"}"} y', { s: 'a } b { c', t: '"}' }],
    ['a broken object before a good one', '{oops} then {"a": 4}', { a: 4 }],
    ['a bare array', '[1,2]', [1, 2]],
    [
      'a draft inside <think> loses to the answer after it',
      '<think>maybe {"grid": [[0]]}? no.</think>\n{"grid": [[1]]}',
      { grid: [[1]] },
    ],
    ['a draft fence inside <think> loses too', '<think>```json\n{"a": 0}\n```</think>```json\n{"a": 1}\n```', { a: 1 }],
    ['the last of several objects is the answer', 'First try {"a": 1}. Corrected: {"a": 2}', { a: 2 }],
    ['the outermost object, not one nested in it', 'x {"a": {"b": 1}} y', { a: { b: 1 } }],
  ])('%s', (_name, text, value) => {
    expect(extractJson(text)).toEqual(value);
  });

  it.each([
    ['prose only', 'no json here'],
    ['unbalanced', '{"a": 1'],
    ['empty', ''],
    ['only a thought, cut off before the answer', '<think>{"grid": [[0]]} then'],
  ])('%s gives undefined', (_n, text) => {
    expect(extractJson(text)).toBeUndefined();
  });
});

describe('answers that fail validation', () => {
  it.each<[string, Reply]>([
    ['malformed JSON', reply.text('{"grid": [[1,2],[3,4]], "note": nul')],
    ['a ragged grid', reply.json({ grid: [[1, 2], [3]], note: null })],
    ['a colour out of range', reply.json({ grid: [[1, 12]], note: null })],
    ['prose without JSON', reply.text('I think the answer is a 2x2 grid.')],
  ])('%s: retried a bounded number of times, then ModelOutputError with the evidence', async (_name, bad) => {
    server = await startOpenAIServer(() => ({ ...bad, finishReason: 'stop' }) as Reply);
    const events: unknown[] = [];
    const gw = createGateway(testLlmConfig(server.url, { outputRetries: 2 }), { onCall: (e) => events.push(e) });
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toBeInstanceOf(ModelOutputError);
    const e = err as ModelOutputError;
    expect(server.count()).toBe(3);
    expect(e.attempts).toBe(3);
    expect(e.rawText).toBe(bad.kind === 'json' ? JSON.stringify(bad.value) : (bad as { text: string }).text);
    expect(e.finishReason).toBe('stop');
    expect(e.issues.length).toBeGreaterThan(0);
    expect(e.usage).toMatchObject({ requests: 3, promptTokens: 3000, completionTokens: 1500, reasoningTokens: 300 });
    expect(e.usage.costUsd).toBeCloseTo((3 * (1000 * 0.25 + 500 * 2)) / 1e6, 12);
    expect(gw.totals().costUsd).toBeCloseTo(e.usage.costUsd!, 12);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ error: { name: 'ModelOutputError' } });
  });

  it('a ragged grid followed by a good one succeeds on the retry', async () => {
    server = await startOpenAIServer(scripted(reply.json({ grid: [[1, 2], [3]], note: null }), reply.json(GOOD)));
    const gw = createGateway(testLlmConfig(server.url));
    const r = await gw.structured(ask());
    expect(r.value).toEqual(GOOD);
    expect(r.usage.requests).toBe(2);
    expect(server.count()).toBe(2);
  });

  it('a provider failure after a bad answer still reports what the bad answer cost', async () => {
    server = await startOpenAIServer(scripted(reply.text('nope'), reply.status(400)));
    const gw = createGateway(testLlmConfig(server.url));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toMatchObject({ name: 'ProviderError', status: 400, usage: { requests: 2, promptTokens: 1000 } });
    expect(gw.totals()).toMatchObject({ requests: 2, promptTokens: 1000 });
  });

  it('outputRetries 0 means one attempt', async () => {
    server = await startOpenAIServer(() => reply.text('nope'));
    const gw = createGateway(testLlmConfig(server.url, { outputRetries: 0 }));
    await expect(gw.structured(ask())).rejects.toBeInstanceOf(ModelOutputError);
    expect(server.count()).toBe(1);
  });

  it('a truncated answer reports finish reason length', async () => {
    server = await startOpenAIServer(() => reply.text('{"grid": [[1,2],[3,', { finishReason: 'length' }));
    const gw = createGateway(testLlmConfig(server.url, { outputRetries: 0 }));
    const err = (await gw.structured(ask()).catch((e) => e)) as ModelOutputError;
    expect(err.finishReason).toBe('length');
    expect(err.message).toMatch(/finish reason length/);
  });

  it('an answer cut by the token limit is not re-asked with the identical request', async () => {
    server = await startOpenAIServer(() => reply.text('{"grid": [[1,2],[3,', { finishReason: 'length' }));
    const gw = createGateway(testLlmConfig(server.url, { outputRetries: 2, maxOutputTokens: 50 }));
    const err = (await gw.structured(ask()).catch((e) => e)) as ModelOutputError;
    expect(err).toBeInstanceOf(ModelOutputError);
    expect(server.count()).toBe(1);
    expect(err.message).toMatch(/--max-output-tokens/);
  });
});

describe('structured output modes', () => {
  it('json_schema mode sends a strict response_format built from the zod schema', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url));
    await gw.structured(ask());
    const rf = server.requests[0].body.response_format;
    expect(rf).toMatchObject({ type: 'json_schema', json_schema: { name: 'grid_answer', strict: true } });
    expect(rf.json_schema.schema).toMatchObject({
      type: 'object',
      required: ['grid', 'note'],
      additionalProperties: false,
    });
  });

  it('text mode sends no response_format and asks for JSON in a system message', async () => {
    server = await startOpenAIServer(() => reply.text('Here you go:\n```json\n' + JSON.stringify(GOOD) + '\n```'));
    const gw = createGateway(testLlmConfig(server.url, { structuredOutput: 'text' }));
    expect((await gw.structured(ask())).value).toEqual(GOOD);
    const body = server.requests[0].body;
    expect(body.response_format).toBeUndefined();
    expect(body.messages[0].role).toBe('system');
    expect(body.messages[0].content).toMatch(/JSON Schema/);
    expect(body.messages.slice(1)).toEqual(ask().messages);
  });

  it('falls back to text mode after a 400 naming response_format, for this and later calls', async () => {
    server = await startOpenAIServer((body) =>
      body.response_format
        ? reply.status(400, {
            error: {
              message: 'response_format is not supported',
              type: 'invalid_request_error',
              param: 'response_format',
              code: 'unsupported_parameter',
            },
          })
        : reply.text(JSON.stringify(GOOD)),
    );
    const gw = createGateway(testLlmConfig(server.url));
    expect((await gw.structured(ask())).value).toEqual(GOOD);
    expect(gw.structuredOutputMode()).toBe('text');
    await gw.structured(ask('task-a', { sample: 1 }));
    expect(server.requests.map((r) => r.body.response_format !== undefined)).toEqual([true, false, false]);
  });

  it('a 400 about another parameter does not switch modes', async () => {
    server = await startOpenAIServer(() =>
      reply.status(400, { error: { param: 'temperature', message: 'unsupported value' } }),
    );
    const gw = createGateway(testLlmConfig(server.url));
    await expect(gw.structured(ask())).rejects.toMatchObject({ name: 'ProviderError', status: 400 });
    expect(gw.structuredOutputMode()).toBe('json_schema');
    expect(server.count()).toBe(1);
  });
});

describe('request contents', () => {
  it('sends the role model, messages, temperature, max tokens and reasoning effort', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(
      testLlmConfig(server.url, {
        followerModel: 'o4-mini',
        followerTemperature: 0.2,
        maxOutputTokens: 4096,
        reasoningEffort: 'low',
      }),
    );
    await gw.structured(ask());
    expect(server.requests[0].body).toMatchObject({
      model: 'o4-mini',
      messages: ask().messages,
      temperature: 0.2,
      max_completion_tokens: 4096,
      reasoning_effort: 'low',
    });
  });

  it('leaves out what is not configured (provider defaults apply)', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url));
    await gw.structured(ask());
    const body = server.requests[0].body;
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('max_completion_tokens');
    expect(body).not.toHaveProperty('reasoning_effort');
  });

  it('planner samples go out at temperature 1 by default, so parallel samples differ', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url));
    await gw.structured(ask('task-a', { role: 'planner' }));
    expect(server.requests[0].body.temperature).toBe(1);
  });
});
