/**
 * The request body for one role, shaped by the provider profile: which max-tokens parameter,
 * how reasoning effort and thinking budgets are sent, the schema dialect, one system message
 * where templates need it, the context size, a prompt-cache hint, then --extra-body on top.
 */
import { createHash } from 'node:crypto';
import { textModeInstruction, type JsonSchemaFormat } from './_structured-output.js';
import type { ChatRequest } from './_transport.js';
import type { RoleSettings, StructuredOutputMode } from './config.js';
import type { ProviderProfile } from './providers.js';
import type { ChatMessage } from './types.js';

/** What every request of a gateway shares: the profile in force and the run's extra settings. */
export interface RequestShape {
  readonly profile: ProviderProfile;
  readonly extraBody: Readonly<Record<string, unknown>>;
  /** Declared context size (--context-tokens), sent where the profile has a parameter for it. */
  readonly contextTokens: number | null;
}

type Body = ChatRequest & Record<string, unknown>;

export function buildBody(
  shape: RequestShape,
  settings: RoleSettings,
  messages: readonly ChatMessage[],
  model: string,
  mode: StructuredOutputMode,
  format: JsonSchemaFormat,
): ChatRequest {
  const { profile } = shape;
  const all = mode === 'text' ? [textModeInstruction(format), ...messages] : [...messages];
  const body: Body = { model, messages: profile.singleSystemMessage ? oneSystemMessage(all) : all };
  if (mode === 'json_schema') body.response_format = schemaDialect(format, profile.stripSchemaKeys) as never;
  if (settings.temperature !== null) body.temperature = settings.temperature;
  if (settings.maxOutputTokens !== null) body[profile.maxTokensParam] = settings.maxOutputTokens;
  Object.assign(body, reasoningFields(profile, settings));
  if (profile.requireParameters) body.provider = { require_parameters: true };
  if (profile.contextParam === 'num_ctx' && shape.contextTokens !== null)
    body.options = { num_ctx: shape.contextTokens };
  if (profile.cacheHint === 'prompt_cache_key') body.prompt_cache_key = prefixKey(body);
  return Object.assign(body, shape.extraBody);
}

/** Headers a profile adds (xAI routes requests with one conversation id to one prompt cache). */
export function requestHeaders(profile: ProviderProfile, body: ChatRequest): Record<string, string> {
  return profile.cacheHint === 'x-grok-conv-id' ? { 'x-grok-conv-id': prefixKey(body) } : {};
}

function reasoningFields(p: ProviderProfile, s: RoleSettings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const effort = p.reasoning === 'none' ? null : s.reasoningEffort;
  if (effort !== null && p.reasoning === 'reasoning_effort') out.reasoning_effort = effort;
  const budget = p.thinking === 'none' ? null : s.thinkingBudget;
  if (p.reasoning === 'openrouter' && (effort !== null || budget !== null))
    out.reasoning = { ...(effort !== null ? { effort } : {}), ...(budget !== null ? { max_tokens: budget } : {}) };
  if (budget === null) return out;
  if (p.thinking === 'anthropic')
    out.thinking = budget > 0 ? { type: 'enabled', budget_tokens: budget } : { type: 'disabled' };
  if (p.thinking === 'gemini') out.extra_body = { google: { thinking_config: { thinking_budget: budget } } };
  return out;
}

/** System messages joined into the first one, for chat templates that allow only one. */
function oneSystemMessage(messages: readonly ChatMessage[]): ChatMessage[] {
  const system = messages.filter((m) => m.role === 'system');
  if (system.length < 2) return [...messages];
  const joined: ChatMessage = { role: 'system', content: system.map((m) => m.content).join('\n\n') };
  return [joined, ...messages.filter((m) => m.role !== 'system')];
}

/** response_format without the JSON Schema keys the endpoint rejects (at any depth). */
function schemaDialect(format: JsonSchemaFormat, strip: readonly string[]): JsonSchemaFormat {
  if (!strip.length) return format;
  const clean = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(clean)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>)
              .filter(([k]) => !strip.includes(k))
              .map(([k, x]) => [k, clean(x)]),
          )
        : v;
  return { ...format, json_schema: { ...format.json_schema, schema: clean(format.json_schema.schema) as never } };
}

/**
 * A key naming the prompt's shared prefix (model, system message, the start of the user
 * message: the task's examples), so requests that can share a provider's prompt cache are sent
 * to the same one. A hash of grids and prompts: never a task id.
 */
function prefixKey(body: ChatRequest): string {
  const text = body.messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
  return createHash('sha256')
    .update(`${body.model}\n${text.slice(0, 4000)}`)
    .digest('hex')
    .slice(0, 32);
}
