/** Building a chat request from a role's settings, and reading the answer out of a completion. */
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { textModeInstruction, type JsonSchemaFormat } from './_structured-output.js';
import type { ChatRequest } from './_transport.js';
import type { CachedAnswer } from './cache.js';
import type { RoleSettings, StructuredOutputMode } from './config.js';
import type { TokenCounts } from './pricing.js';
import type { ChatMessage } from './types.js';

/** The request body: model, messages, sampling settings and, in json_schema mode, response_format. */
export function buildRequest(
  settings: RoleSettings,
  messages: readonly ChatMessage[],
  model: string,
  mode: StructuredOutputMode,
  format: JsonSchemaFormat,
): ChatRequest {
  const body: ChatRequest = {
    model,
    messages: mode === 'text' ? [textModeInstruction(format), ...messages] : [...messages],
  };
  if (mode === 'json_schema') body.response_format = format as ChatRequest['response_format'];
  if (settings.temperature !== null) body.temperature = settings.temperature;
  if (settings.maxOutputTokens !== null) body.max_completion_tokens = settings.maxOutputTokens;
  if (settings.reasoningEffort !== null) body.reasoning_effort = settings.reasoningEffort;
  return body;
}

/**
 * What the cache key is made of: everything that shapes the answer (model, full messages,
 * schema via response_format or the text-mode instruction, sampling settings) plus the
 * sample's index in its batch. Never the API key; the endpoint only as its origin + path.
 */
export function keyMaterial(baseUrl: string, request: ChatRequest, sample: number): unknown {
  const url = new URL(baseUrl);
  return {
    v: 1,
    endpoint: `${url.protocol}//${url.host}${url.pathname}`,
    model: request.model,
    messages: request.messages,
    responseFormat: request.response_format ?? null,
    temperature: request.temperature ?? null,
    maxOutputTokens: request.max_completion_tokens ?? null,
    reasoningEffort: request.reasoning_effort ?? null,
    sample,
  };
}

/** The answer text and token counts of a completion (0 tokens when the endpoint reports no usage). */
export function readCompletion(c: ChatCompletion, requestedModel: string): CachedAnswer {
  const choice = c.choices?.[0];
  const refusal = choice?.message?.refusal;
  return {
    content: choice?.message?.content ?? (refusal ? `(refused) ${refusal}` : ''),
    finishReason: choice?.finish_reason ?? null,
    model: c.model || requestedModel,
    promptTokens: c.usage?.prompt_tokens ?? 0,
    completionTokens: c.usage?.completion_tokens ?? 0,
    reasoningTokens: c.usage?.completion_tokens_details?.reasoning_tokens ?? 0,
    cachedPromptTokens: c.usage?.prompt_tokens_details?.cached_tokens ?? 0,
  };
}

/** Rough token counts (4 characters per token) for budgeting a response that reported no usage. */
export function estimateTokens(request: ChatRequest, content: string): TokenCounts {
  const promptChars = request.messages.reduce((n, m) => n + (typeof m.content === 'string' ? m.content.length : 0), 0);
  return { promptTokens: Math.ceil(promptChars / 4), completionTokens: Math.ceil(content.length / 4) };
}
