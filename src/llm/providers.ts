/**
 * Provider profiles: how each OpenAI-compatible endpoint differs (parameter names, reasoning
 * controls, schema dialect, usage, caching hints, context), as data in data/providers.json,
 * validated here. A profile is picked with --provider, else detected from the base URL's host
 * (or, on this machine, a port only one server uses), else OpenAI's conventions apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bundledDataDir } from '../paths.js';
import { LlmConfigError } from './errors.js';

export const PROVIDERS = ['openai', 'xai', 'openrouter', 'anthropic', 'gemini', 'vllm', 'ollama', 'llamacpp'] as const;
export const ProviderNameSchema = z.enum(PROVIDERS);
export type ProviderName = z.infer<typeof ProviderNameSchema>;

export const ReasoningEffortSchema = z.enum(['none', 'minimal', 'low', 'medium', 'high', 'xhigh']);
export type ReasoningEffort = z.infer<typeof ReasoningEffortSchema>;

export const ProviderProfileSchema = z.strictObject({
  /** Hosts that identify the provider (detection). */
  hosts: z.array(z.string()),
  /** Ports that identify it on this machine (detection of local servers), only where unambiguous. */
  ports: z.array(z.number().int()).default([]),
  maxTokensParam: z.enum(['max_completion_tokens', 'max_tokens']),
  /** reasoning_effort values the endpoint takes; [] = it takes none. */
  efforts: z.array(ReasoningEffortSchema),
  /** How an effort is sent: OpenAI's reasoning_effort, OpenRouter's reasoning: {effort}, or not at all. */
  reasoning: z.enum(['reasoning_effort', 'openrouter', 'none']),
  /** How a thinking budget (tokens) is sent, where the endpoint takes one. */
  thinking: z.enum(['anthropic', 'gemini', 'openrouter', 'none']),
  /** Structured-output mode to start in (Anthropic's compatibility layer ignores response_format). */
  structuredOutput: z.enum(['json_schema', 'text']),
  /** JSON Schema keys the endpoint rejects in response_format (Gemini: $schema). */
  stripSchemaKeys: z.array(z.string()).default([]),
  /** Reasoning tokens reported beside completion_tokens even when total_tokens is missing. */
  reasoningOutsideCompletion: z.boolean().default(false),
  /** How to ask for requests sharing a prefix to reach the same prompt cache. */
  cacheHint: z.enum(['prompt_cache_key', 'x-grok-conv-id', 'none']).default('none'),
  /** OpenRouter: route only to providers that take every parameter sent (response_format...). */
  requireParameters: z.boolean().default(false),
  /** Chat templates that reject two system messages: they are joined into one. */
  singleSystemMessage: z.boolean().default(false),
  /** How a declared context size is sent (Ollama: options.num_ctx). */
  contextParam: z.enum(['num_ctx', 'none']).default('none'),
  /** The server's context when none is declared (Ollama truncates silently beyond it). */
  defaultContextTokens: z.number().int().positive().nullable().default(null),
  maxTemperature: z.number().positive().default(2),
  /** A 400 naming no parameter may be a rejected response schema (Gemini-backed): ask once in text mode. */
  probeSchemaRejection: z.boolean().default(false),
});
export type ProviderProfile = z.infer<typeof ProviderProfileSchema> & { readonly name: ProviderName };

const ProvidersFileSchema = z.object({ profiles: z.record(ProviderNameSchema, ProviderProfileSchema) });

let bundled: Readonly<Record<ProviderName, ProviderProfile>> | undefined;

/** The bundled profiles (data/providers.json), read once. */
export function providerProfiles(): Readonly<Record<ProviderName, ProviderProfile>> {
  if (bundled) return bundled;
  const file = join(bundledDataDir(), 'providers.json');
  const parsed = ProvidersFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new LlmConfigError(`provider profiles ${file} are malformed: ${parsed.error.message}`);
  const missing = PROVIDERS.filter((p) => !parsed.data.profiles[p]);
  if (missing.length) throw new LlmConfigError(`provider profiles ${file} lack: ${missing.join(', ')}`);
  bundled = Object.fromEntries(PROVIDERS.map((name) => [name, { ...parsed.data.profiles[name]!, name }])) as Record<
    ProviderName,
    ProviderProfile
  >;
  return bundled;
}

/** The provider a base URL belongs to, when its host (or local port) says so unambiguously; else null. */
export function detectProvider(baseUrl: string): ProviderName | null {
  const url = new URL(baseUrl);
  const host = url.hostname.toLowerCase();
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const local = /^(localhost|127\.[\d.]+|\[?::1\]?|0\.0\.0\.0)$/.test(host);
  for (const p of Object.values(providerProfiles())) {
    if (p.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return p.name;
    if (local && p.ports.includes(port)) return p.name;
  }
  return null;
}

/** The profile in force: the named one, else the detected one, else OpenAI's conventions. */
export function profileFor(provider: ProviderName | null, baseUrl: string): ProviderProfile {
  return providerProfiles()[provider ?? detectProvider(baseUrl) ?? 'openai'];
}
