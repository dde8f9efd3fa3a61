/** Building a chat request from a role's settings, and reading the answer out of a completion. */
import type { ChatCompletion } from 'openai/resources/chat/completions';
import type { ChatRequest } from './_transport.js';
import type { CachedAnswer } from './cache.js';
import type { TokenCounts } from './pricing.js';
import { countMessageTokens, countTokens } from './tokens.js';
import type { ChatMessage } from './types.js';
import { readUsage } from './provider-usage.js';

/**
 * What the cache key is made of: everything that shapes the answer (model, full messages,
 * schema via response_format or the text-mode instruction, sampling settings) plus the
 * sample's index in its batch. Never the API key; the endpoint only as its origin + path.
 */
export function keyMaterial(baseUrl: string, request: ChatRequest, sample: number): unknown {
  const url = new URL(baseUrl);
  const {
    model: _m,
    messages: _ms,
    response_format: _rf,
    temperature: _t,
    max_completion_tokens: _mx,
    reasoning_effort: _re,
    prompt_cache_key: _pk, // derived from the messages
    ...rest
  } = request as ChatRequest & { prompt_cache_key?: string };
  return {
    v: 1,
    endpoint: `${url.protocol}//${url.host}${url.pathname}`,
    model: request.model,
    messages: request.messages,
    responseFormat: request.response_format ?? null,
    temperature: request.temperature ?? null,
    maxOutputTokens: request.max_completion_tokens ?? null,
    reasoningEffort: request.reasoning_effort ?? null,
    // Whatever else a provider profile or --extra-body put in the body (absent: keys as before).
    body: Object.keys(rest).length ? rest : undefined,
    sample,
  };
}

/**
 * The answer text and token counts of a completion, and whether its usage could be believed
 * (0 tokens when the endpoint reported none, or none that can be true).
 */
export function readCompletion(
  c: ChatCompletion,
  requestedModel: string,
  reasoningOutside = false,
): CachedAnswer & { usageKnown: boolean } {
  const choice = c.choices?.[0];
  const refusal = choice?.message?.refusal;
  const usage = readUsage(c.usage, reasoningOutside);
  return {
    content: choice?.message?.content ?? (refusal ? `(refused) ${refusal}` : ''),
    finishReason: choice?.finish_reason ?? null,
    model: c.model || requestedModel,
    promptTokens: usage?.promptTokens ?? 0,
    completionTokens: usage?.completionTokens ?? 0,
    reasoningTokens: usage?.reasoningTokens ?? 0,
    cachedPromptTokens: usage?.cachedPromptTokens ?? 0,
    usageKnown: usage !== null,
  };
}

/** Token counts from the tokenizer, for budgeting a response that reported no usage. */
export function estimateTokens(request: ChatRequest, content: string): TokenCounts {
  return {
    promptTokens: countMessageTokens(request.messages as readonly ChatMessage[]),
    completionTokens: countTokens(content),
  };
}

/** Output tokens a request may use when a dollar cap is set and the role names no --max-output-tokens. */
export const BUDGET_MAX_OUTPUT_TOKENS = 32_768;

/**
 * The most tokens a request can be billed for: a token covers at least one byte, so the prompt
 * (messages, schema and all) is at most its UTF-8 bytes as JSON; the answer at most
 * max_completion_tokens or max_tokens (BUDGET_MAX_OUTPUT_TOKENS when the request sets neither).
 */
export function worstCaseTokens(request: ChatRequest): TokenCounts {
  const prompt = JSON.stringify({ messages: request.messages, response_format: request.response_format ?? null });
  return {
    promptTokens: Buffer.byteLength(prompt, 'utf8'),
    completionTokens: request.max_completion_tokens ?? request.max_tokens ?? BUDGET_MAX_OUTPUT_TOKENS,
  };
}
