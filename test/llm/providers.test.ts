/**
 * Provider profiles against the OpenAI-compatible test server. Each fixture is written from the
 * provider's public documentation (request parameters, usage blocks and error bodies as the
 * provider's API reference or compatibility guide shows them): what arcmem sends, and how it
 * reads what comes back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ContextOverflowError,
  createGateway,
  detectProvider,
  LlmConfigError,
  ProviderError,
  type Usage,
} from '../../src/llm/index.js';
import { testLlmConfig } from '../support/llm-config.js';
import { reply, startOpenAIServer, type OpenAIServer, type Reply } from '../support/openai-server.js';
import { ask, GOOD } from './_fixtures.js';

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

interface ProfileCase {
  readonly flags: Record<string, unknown>;
  /** The request body arcmem must send. */
  readonly sent: (body: any, headers: Record<string, unknown>) => void;
  readonly usage: unknown;
  readonly read: Partial<Usage>;
  /** The provider's own error body for a 400, and what of it must reach the error message. */
  readonly error: unknown;
  readonly message: RegExp;
}

const systems = (body: any) => body.messages.filter((m: any) => m.role === 'system');

const CASES: Record<string, ProfileCase> = {
  // platform.openai.com API reference: chat completion object, usage with details; error object.
  openai: {
    flags: { model: 'gpt-5-mini', reasoningEffort: 'xhigh', maxOutputTokens: 1000 },
    sent: (b) => {
      expect(b).toMatchObject({ max_completion_tokens: 1000, reasoning_effort: 'xhigh' });
      expect(b.max_tokens).toBeUndefined();
      expect(b.response_format.json_schema.strict).toBe(true);
      expect(b.prompt_cache_key).toMatch(/^[0-9a-f]{32}$/);
    },
    usage: {
      prompt_tokens: 2006,
      completion_tokens: 300,
      total_tokens: 2306,
      prompt_tokens_details: { cached_tokens: 1920, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 128,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    read: {
      promptTokens: 2006,
      completionTokens: 300,
      reasoningTokens: 128,
      costUsd: (86 * 0.25 + 1920 * 0.025 + 300 * 2) / 1e6,
    },
    error: {
      error: {
        message: "Unsupported value: 'reasoning_effort' does not support 'xhigh' with this model.",
        type: 'invalid_request_error',
        param: 'reasoning_effort',
        code: 'unsupported_value',
      },
    },
    message: /does not support 'xhigh'/,
  },
  // docs.x.ai: reasoning guide (reasoning_effort low|high), usage with reasoning_tokens beside
  // completion_tokens; prompt caching guide (x-grok-conv-id); errors as {"code", "error"}.
  xai: {
    flags: { model: 'grok-3-mini', reasoningEffort: 'high', maxOutputTokens: 1000 },
    sent: (b, h) => {
      expect(b).toMatchObject({ max_completion_tokens: 1000, reasoning_effort: 'high' });
      expect(h['x-grok-conv-id']).toMatch(/^[0-9a-f]{32}$/);
    },
    usage: {
      prompt_tokens: 663,
      completion_tokens: 50,
      total_tokens: 837,
      prompt_tokens_details: { text_tokens: 663, audio_tokens: 0, image_tokens: 0, cached_tokens: 654 },
      completion_tokens_details: { reasoning_tokens: 124, audio_tokens: 0 },
      num_sources_used: 0,
    },
    read: {
      promptTokens: 663,
      completionTokens: 174,
      reasoningTokens: 124,
      costUsd: (9 * 0.3 + 654 * 0.075 + 174 * 0.5) / 1e6,
    },
    error: {
      code: 'Client specified an invalid argument',
      error: 'Model grok-3-mini does not support parameter reasoningEffort.',
    },
    message: /does not support parameter reasoningEffort/,
  },
  // openrouter.ai/docs: reasoning tokens ({"reasoning": {"effort"}}), provider routing
  // (require_parameters), usage accounting (usage with cost), errors {"error": {"code", "message", "metadata"}}.
  openrouter: {
    flags: { model: 'openai/gpt-5-mini', reasoningEffort: 'high', maxOutputTokens: 1000 },
    sent: (b) => {
      expect(b).toMatchObject({
        max_tokens: 1000,
        reasoning: { effort: 'high' },
        provider: { require_parameters: true },
      });
      expect(b.reasoning_effort).toBeUndefined();
      expect(b.max_completion_tokens).toBeUndefined();
    },
    usage: {
      prompt_tokens: 194,
      completion_tokens: 2,
      total_tokens: 196,
      cost: 0.000053,
      prompt_tokens_details: { cached_tokens: 0 },
      completion_tokens_details: { reasoning_tokens: 0 },
    },
    read: { promptTokens: 194, completionTokens: 2, costUsd: (194 * 0.25 + 2 * 2) / 1e6 },
    error: {
      error: {
        code: 404,
        message: 'No endpoints found that support all the parameters of your request.',
        metadata: {},
      },
    },
    message: /No endpoints found that support all the parameters/,
  },
  // docs.anthropic.com OpenAI SDK compatibility: response_format and reasoning_effort are ignored,
  // extended thinking via {"thinking": {"type": "enabled", "budget_tokens"}}; Anthropic error shape.
  anthropic: {
    flags: { model: 'claude-sonnet-4.5', thinkingBudget: 2048, maxOutputTokens: 4096 },
    sent: (b) => {
      expect(b.response_format).toBeUndefined();
      expect(systems(b)[0].content).toMatch(/JSON Schema/);
      expect(b).toMatchObject({ max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 } });
      expect(b.reasoning_effort).toBeUndefined();
    },
    usage: { prompt_tokens: 1200, completion_tokens: 80, total_tokens: 1280 },
    read: { promptTokens: 1200, completionTokens: 80, costUsd: (1200 * 3 + 80 * 15) / 1e6 },
    error: {
      type: 'error',
      error: { type: 'invalid_request_error', message: 'max_tokens must be greater than thinking.budget_tokens' },
    },
    message: /max_tokens must be greater than thinking\.budget_tokens/,
  },
  // ai.google.dev OpenAI compatibility: reasoning_effort, thinking budget under extra_body.google,
  // structured output; errors as a list [{"error": {"code", "message", "status"}}].
  gemini: {
    flags: { model: 'gemini-2.5-flash', reasoningEffort: 'low', maxOutputTokens: 1000 },
    sent: (b) => {
      expect(b).toMatchObject({ max_completion_tokens: 1000, reasoning_effort: 'low' });
      expect(JSON.stringify(b.response_format)).not.toContain('$schema');
      expect(b.response_format.json_schema.schema.properties.grid).toBeDefined();
    },
    usage: {
      prompt_tokens: 900,
      completion_tokens: 40,
      total_tokens: 1140,
      completion_tokens_details: { reasoning_tokens: 200 },
    },
    read: { promptTokens: 900, completionTokens: 240, reasoningTokens: 200, costUsd: (900 * 0.3 + 240 * 2.5) / 1e6 },
    error: [
      {
        error: { code: 400, message: 'Invalid JSON payload received. Unknown name "foo"', status: 'INVALID_ARGUMENT' },
      },
    ],
    message: /Invalid JSON payload received/,
  },
  // docs.vllm.ai OpenAI-compatible server: max_tokens, usage without details; errors
  // {"object": "error", "message", "type", "param", "code"}; chat templates with one system turn.
  vllm: {
    flags: { model: 'Qwen/Qwen3-8B', maxOutputTokens: 500, structuredOutput: 'text' },
    sent: (b) => {
      expect(b.max_tokens).toBe(500);
      expect(systems(b)).toHaveLength(1);
      expect(systems(b)[0].content).toMatch(/JSON Schema[\s\S]*You transform grids/);
    },
    usage: { prompt_tokens: 700, total_tokens: 760, completion_tokens: 60, prompt_tokens_details: null },
    read: { promptTokens: 700, completionTokens: 60, costUsd: null },
    error: {
      object: 'error',
      message: "This model's maximum context length is 4096 tokens. However, you requested 5000 tokens.",
      type: 'BadRequestError',
      param: null,
      code: 400,
    },
    message: /maximum context length is 4096 tokens/,
  },
  // docs.ollama.com OpenAI compatibility: max_tokens, reasoning_effort; context as num_ctx.
  ollama: {
    flags: { model: 'qwen3:8b', maxOutputTokens: 500, contextTokens: 8192, reasoningEffort: 'low' },
    sent: (b) => {
      expect(b).toMatchObject({ max_tokens: 500, options: { num_ctx: 8192 }, reasoning_effort: 'low' });
      expect(b.max_completion_tokens).toBeUndefined();
    },
    usage: { prompt_tokens: 650, completion_tokens: 70, total_tokens: 720 },
    read: { promptTokens: 650, completionTokens: 70, costUsd: null },
    error: {
      error: {
        message: 'model "qwen3:8b" not found, try pulling it first',
        type: 'api_error',
        param: null,
        code: null,
      },
    },
    message: /not found, try pulling it first/,
  },
  // llama.cpp server README: OpenAI-compatible /v1/chat/completions with max_tokens, usage plus
  // timings; errors {"error": {"code", "message", "type"}}.
  llamacpp: {
    flags: { model: 'local', maxOutputTokens: 500, structuredOutput: 'text' },
    sent: (b) => {
      expect(b.max_tokens).toBe(500);
      expect(systems(b)).toHaveLength(1);
    },
    usage: { completion_tokens: 33, prompt_tokens: 610, total_tokens: 643 },
    read: { promptTokens: 610, completionTokens: 33, costUsd: null },
    error: {
      error: {
        code: 400,
        message: 'the request exceeds the available context size, try increasing it',
        type: 'exceed_context_size_error',
      },
    },
    message: /exceeds the available context size/,
  },
};

describe.each(Object.entries(CASES))('the %s profile', (provider, c) => {
  it('sends the parameters the provider documents and reads its usage block', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD, { usage: c.usage as never }));
    const gw = createGateway(testLlmConfig(server.url, { provider, ...c.flags }));
    const r = await gw.structured(ask());
    expect(r.value).toEqual(GOOD);
    c.sent(server.requests[0]!.body, server.requests[0]!.headers);
    const { costUsd, ...tokens } = c.read;
    expect(r.usage).toMatchObject(tokens);
    if (costUsd === null || costUsd === undefined) expect(r.usage.costUsd).toBe(costUsd ?? r.usage.costUsd);
    else expect(r.usage.costUsd).toBeCloseTo(costUsd, 12);
  });

  it("keeps the provider's own error message", async () => {
    const status = provider === 'openrouter' ? 404 : 400;
    server = await startOpenAIServer((): Reply => reply.raw(status, c.error));
    const gw = createGateway(testLlmConfig(server.url, { provider, ...c.flags, structuredOutput: 'text' }));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ status });
    expect(err.message).toMatch(c.message);
    expect(server.count()).toBe(1);
  });
});

describe('choosing a profile', () => {
  it.each([
    ['https://api.openai.com/v1', 'openai'],
    ['https://api.x.ai/v1', 'xai'],
    ['https://openrouter.ai/api/v1', 'openrouter'],
    ['https://api.anthropic.com/v1', 'anthropic'],
    ['https://generativelanguage.googleapis.com/v1beta/openai', 'gemini'],
    ['http://localhost:11434/v1', 'ollama'],
    ['http://127.0.0.1:8000/v1', null],
    ['http://localhost:8080/v1', null],
    ['https://my-gateway.example.com/v1', null],
  ])('%s is %s', (url, provider) => {
    expect(detectProvider(url)).toBe(provider);
  });

  it('an unknown --provider lists the profiles', () => {
    expect(() => testLlmConfig('http://127.0.0.1:1/v1', { provider: 'bedrock' })).toThrow(
      /--provider \(ARCMEM_PROVIDER.*openai.*llamacpp/s,
    );
  });

  it.each([
    [{ provider: 'xai', reasoningEffort: 'medium' }, /xai takes low, high/],
    [{ provider: 'anthropic', reasoningEffort: 'high' }, /anthropic takes no reasoning effort; give a token budget/],
    [{ provider: 'openai', thinkingBudget: 1000 }, /openai takes no thinking budget/],
    [{ provider: 'gemini', thinkingBudget: 1000, reasoningEffort: 'low' }, /gemini takes one or the other/],
    [{ provider: 'anthropic', temperature: 1.5 }, /anthropic takes at most 1/],
  ])('settings the provider cannot take fail at start: %j', (flags, message) => {
    expect(() => testLlmConfig('http://127.0.0.1:1/v1', flags)).toThrow(LlmConfigError);
    expect(() => testLlmConfig('http://127.0.0.1:1/v1', flags)).toThrow(message);
  });
});

describe('profile behaviour', () => {
  it('gemini: a thinking budget goes under extra_body.google.thinking_config', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(
      testLlmConfig(server.url, { provider: 'gemini', model: 'gemini-2.5-flash', thinkingBudget: 800 }),
    );
    await gw.structured(ask());
    expect(server.requests[0]!.body.extra_body).toEqual({ google: { thinking_config: { thinking_budget: 800 } } });
    expect(server.requests[0]!.body.reasoning_effort).toBeUndefined();
  });

  it('gemini: a 400 naming no parameter is probed once in text mode, which then stays', async () => {
    server = await startOpenAIServer((body) =>
      body.response_format
        ? reply.raw(400, [
            { error: { code: 400, message: 'Invalid JSON payload received.', status: 'INVALID_ARGUMENT' } },
          ])
        : reply.json(GOOD),
    );
    const gw = createGateway(testLlmConfig(server.url, { provider: 'gemini', model: 'gemini-2.5-flash' }));
    expect((await gw.structured(ask())).value).toEqual(GOOD);
    expect(gw.structuredOutputMode()).toBe('text');
    await gw.structured(ask('task-a', { sample: 1 }));
    expect(server.requests.map((r) => !!r.body.response_format)).toEqual([true, false, false]);
  });

  it('gemini: when the text-mode probe is refused too, the original 400 is thrown and json_schema stays', async () => {
    server = await startOpenAIServer(() => reply.raw(400, [{ error: { code: 400, message: 'API key not valid.' } }]));
    const gw = createGateway(testLlmConfig(server.url, { provider: 'gemini', model: 'gemini-2.5-flash' }));
    const err = await gw.structured(ask()).catch((e) => e);
    expect(err.message).toMatch(/API key not valid/);
    expect(gw.structuredOutputMode()).toBe('json_schema');
    await gw.structured(ask('task-a', { sample: 1 })).catch(() => undefined);
    expect(server.count()).toBe(3); // one probe, then no more
  });

  it('ollama: a prompt past the default context (4096) is refused before sending, naming --context-tokens', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { provider: 'ollama', model: 'qwen3:8b' }));
    const big = ask('task-a', { messages: [{ role: 'user', content: '1 2 3 4 5 6 7 8 9 0\n'.repeat(500) }] });
    const err = await gw.structured(big).catch((e) => e);
    expect(err).toBeInstanceOf(ContextOverflowError);
    expect(err.message).toMatch(
      /more than the context of 4096 tokens \(ollama's default\).*--context-tokens \d+.*num_ctx/,
    );
    expect(server.count()).toBe(0);
  });

  it('--context-tokens declares the context for any provider', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(testLlmConfig(server.url, { contextTokens: 50, maxOutputTokens: 40 }));
    await expect(gw.structured(ask())).rejects.toBeInstanceOf(ContextOverflowError);
    expect(server.count()).toBe(0);
  });

  it('--extra-body is merged into every request, last, so it can override the profile', async () => {
    server = await startOpenAIServer(() => reply.json(GOOD));
    const gw = createGateway(
      testLlmConfig(server.url, {
        provider: 'openrouter',
        extraBody: '{"provider": {"order": ["anthropic"]}, "top_p": 0.9}',
      }),
    );
    await gw.structured(ask());
    expect(server.requests[0]!.body).toMatchObject({ top_p: 0.9, provider: { order: ['anthropic'] } });
  });

  it('--extra-body that is not JSON fails at start', () => {
    expect(() => testLlmConfig('http://127.0.0.1:1/v1', { extraBody: '{top_p: 0.9' })).toThrow(
      /--extra-body \(ARCMEM_EXTRA_BODY\): not JSON/,
    );
  });
});
