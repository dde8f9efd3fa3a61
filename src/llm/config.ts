/**
 * LLM configuration, read once at the edge: flags over environment over the config file's
 * `llm` section, validated with zod into one typed `LlmConfig`. Nothing here runs at import time.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { LlmConfigError } from './errors.js';
import { LLM_OPTIONS, ROLES, type LlmOptionSpec } from './options.js';
import { parsePriceOverrides, PriceSchema } from './pricing.js';
import { checkProfile } from './_profile-check.js';
import { profileFor, ProviderNameSchema, ReasoningEffortSchema } from './providers.js';
import type { Role } from './types.js';

export { ReasoningEffortSchema };
export const StructuredOutputModeSchema = z.enum(['json_schema', 'text']);
export type StructuredOutputMode = z.infer<typeof StructuredOutputModeSchema>;

export const RoleSettingsSchema = z.object({
  model: z.string().min(1),
  /** null = do not send (the provider's default applies). */
  temperature: z.number().min(0).max(2).nullable(),
  reasoningEffort: ReasoningEffortSchema.nullable(),
  /** Thinking budget in tokens, for providers that take one. */
  thinkingBudget: z.number().int().min(0).nullable(),
  maxOutputTokens: z.number().int().positive().nullable(),
});
export type RoleSettings = z.infer<typeof RoleSettingsSchema>;

const positiveInt = z.number().int().positive();
const nonNegativeInt = z.number().int().min(0);

export const LlmConfigSchema = z.object({
  baseUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://api.openai.com/v1' })
    // fetch refuses URLs with user:password@, and run files must never hold them: say so, without echoing them.
    .refine(
      (u) => !hasCredentials(u),
      'holds credentials (user:password@); requests cannot carry them: give the URL without them and the key with --api-key or OPENAI_API_KEY',
    ),
  /** null only for endpoints on this machine. Never echoed in a message: only its shape is described. */
  apiKey: z
    .string()
    .min(1)
    .regex(
      /^[\x21-\x7e]+$/,
      'the key holds spaces, line breaks or non-ASCII characters that an HTTP header cannot carry; copy it again',
    )
    .nullable(),
  /** The provider profile named with --provider; null = detected from baseUrl (else OpenAI's conventions). */
  provider: ProviderNameSchema.nullable(),
  /** Merged into every request body (last, so it wins). */
  extraBody: z.record(z.string(), z.unknown()),
  /** Context size of the served model; null = the profile's default, else unchecked. */
  contextTokens: positiveInt.nullable(),
  roles: z.object({ planner: RoleSettingsSchema, repairer: RoleSettingsSchema, follower: RoleSettingsSchema }),
  timeoutMs: positiveInt,
  retries: nonNegativeInt,
  outputRetries: nonNegativeInt,
  backoffBaseMs: nonNegativeInt,
  backoffMaxMs: nonNegativeInt,
  concurrency: positiveInt,
  rpm: z.number().positive().nullable(),
  structuredOutput: StructuredOutputModeSchema,
  cacheDir: z.string().min(1),
  noCache: z.boolean(),
  refreshCache: z.boolean(),
  prices: z.record(z.string(), PriceSchema),
  budgetUsd: z.number().positive().nullable(),
  taskBudgetUsd: z.number().positive().nullable(),
  taskMaxCalls: positiveInt.nullable(),
});
export type LlmConfig = z.infer<typeof LlmConfigSchema>;

/** Raw settings from one source: commander's options object, `process.env`, or the config file. */
export interface LlmConfigSources {
  /** Commander options (camelCase keys, strings or parsed values; `cache: false` from --no-cache). */
  readonly flags?: Record<string, unknown>;
  readonly env?: Record<string, string | undefined>;
  /** The parsed config file (arcmem.config.json); its `llm` object holds the settings. */
  readonly file?: unknown;
  /** Folder a relative cache dir is resolved against (default: process.cwd()). */
  readonly cwd?: string;
  /**
   * false: only validate the settings, without asking for a key (a run on the offline engine still
   * rejects a bad `--concurrency 0` rather than ignoring it). Default true.
   */
  readonly requireKey?: boolean;
}

const DEFAULT_TEMPERATURE: Record<Role, number | null> = { planner: 1, repairer: 1, follower: null };

/** Builds the validated configuration. Throws LlmConfigError naming the flag and variable at fault. */
export function resolveLlmConfig(sources: LlmConfigSources): LlmConfig {
  const layers = [flagLayer(sources.flags ?? {}), envLayer(sources.env ?? {}), fileLayer(sources.file)];
  const pick = (key: string): unknown => layers.find((l) => l[key] !== undefined)?.[key];
  const roleValue = (role: Role, key: string): unknown => {
    const roleKey = `${role}${key[0].toUpperCase()}${key.slice(1)}`;
    const layer = layers.find((l) => l[roleKey] !== undefined || l[key] !== undefined);
    return layer ? (layer[roleKey] ?? layer[key]) : undefined;
  };
  const roles = Object.fromEntries(
    ROLES.map((role) => [
      role,
      {
        model: roleValue(role, 'model') ?? 'gpt-5-mini',
        temperature: roleValue(role, 'temperature') ?? DEFAULT_TEMPERATURE[role],
        reasoningEffort: roleValue(role, 'reasoningEffort') ?? null,
        thinkingBudget: roleValue(role, 'thinkingBudget') ?? null,
        maxOutputTokens: roleValue(role, 'maxOutputTokens') ?? null,
      },
    ]),
  );
  const cwd = sources.cwd ?? process.cwd();
  const cacheDir = (pick('cacheDir') as string | undefined) ?? join('.cache', 'arcmem');
  const baseUrl = String(pick('baseUrl') ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
  const candidate = {
    baseUrl,
    // A key pasted with its line ending (a CRLF .env file) is still the key.
    apiKey: typeof pick('apiKey') === 'string' ? (pick('apiKey') as string).trim() : (pick('apiKey') ?? null),
    provider: pick('provider') ?? null,
    extraBody: pick('extraBody') ?? {},
    contextTokens: pick('contextTokens') ?? null,
    roles,
    timeoutMs: pick('timeoutMs') ?? 600_000,
    retries: pick('retries') ?? 4,
    outputRetries: pick('outputRetries') ?? 2,
    backoffBaseMs: pick('backoffBaseMs') ?? 1000,
    backoffMaxMs: pick('backoffMaxMs') ?? 60_000,
    concurrency: pick('concurrency') ?? 16,
    rpm: pick('rpm') ?? null,
    structuredOutput: pick('structuredOutput') ?? defaultMode(pick('provider'), baseUrl),
    cacheDir: isAbsolute(cacheDir) ? cacheDir : resolve(cwd, cacheDir),
    noCache: pick('noCache') ?? false,
    refreshCache: pick('refreshCache') ?? false,
    prices: Object.assign({}, ...[...layers].reverse().map((l) => l.prices ?? {})),
    budgetUsd: pick('budgetUsd') ?? null,
    taskBudgetUsd: pick('taskBudgetUsd') ?? null,
    taskMaxCalls: pick('taskMaxCalls') ?? null,
  };
  const parsed = LlmConfigSchema.safeParse(candidate);
  if (!parsed.success) throw new LlmConfigError(describeIssues(parsed.error.issues));
  checkProfile(parsed.data);
  if (sources.requireKey !== false) requireKey(parsed.data);
  return parsed.data;
}

/** True when a URL names a user or password (`http://user:secret@host`). */
function hasCredentials(url: string): boolean {
  const u = parsedUrl(url);
  return !!u && (u.username !== '' || u.password !== '');
}

function parsedUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A URL without user:password@, for anything written or shown. */
function withoutCredentials(url: string): string {
  const u = parsedUrl(url);
  if (!u || !hasCredentials(url)) return url;
  u.username = '';
  u.password = '';
  return u.href.replace(/\/+$/, '');
}

/** The profile's starting structured-output mode (text for Anthropic's layer, which ignores response_format). */
function defaultMode(provider: unknown, baseUrl: string): unknown {
  const named = ProviderNameSchema.safeParse(provider ?? null);
  if (!parsedUrl(baseUrl) || (provider != null && !named.success)) return 'json_schema'; // the schema reports the bad value
  return profileFor(named.success ? named.data : null, baseUrl).structuredOutput;
}

/** The config minus the key (and any credentials in the base URL): safe to print, log or write into a run folder. */
export function publicLlmConfig(config: LlmConfig): Omit<LlmConfig, 'apiKey'> & { apiKey: '<set>' | null } {
  return { ...config, baseUrl: withoutCredentials(config.baseUrl), apiKey: config.apiKey === null ? null : '<set>' };
}

/** True for endpoints on this machine (which may run without a key). */
export function isLocalEndpoint(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' || host.endsWith('.localhost') || host === '::1' || host === '0.0.0.0' || /^127\./.test(host)
  );
}

/** Throws LlmConfigError when a remote endpoint has no key (a server on this machine needs none). */
export function requireKey(config: LlmConfig): void {
  if (config.apiKey !== null || isLocalEndpoint(config.baseUrl)) return;
  throw new LlmConfigError(
    `no API key for ${new URL(config.baseUrl).origin}: pass --api-key or set OPENAI_API_KEY ` +
      '(a server on localhost, such as vLLM or Ollama, needs none).',
  );
}

type Layer = Record<string, unknown>;

const specByKey = new Map(LLM_OPTIONS.map((o) => [o.key, o]));

function flagLayer(flags: Record<string, unknown>): Layer {
  const out: Layer = {};
  for (const [key, value] of Object.entries(flags)) {
    if (value === undefined) continue;
    if (key === 'cache') out.noCache = value === false;
    else if (key === 'price') out.prices = parsePriceOverrides(([] as unknown[]).concat(value).map(String), '--price');
    else if (specByKey.has(key)) out[key] = fromText(specByKey.get(key)!, value);
  }
  return out;
}

function envLayer(env: Record<string, string | undefined>): Layer {
  const out: Layer = {};
  for (const spec of LLM_OPTIONS) {
    const value = env[spec.env];
    if (value === undefined || value.trim() === '') continue;
    out[spec.key] =
      spec.kind === 'prices' ? parsePriceOverrides(value.split(','), spec.env) : fromText(spec, value.trim());
  }
  return out;
}

function fileLayer(file: unknown): Layer {
  if (file === undefined || file === null) return {};
  const llm = (file as { llm?: unknown }).llm;
  if (llm === undefined) return {};
  if (typeof llm !== 'object' || llm === null || Array.isArray(llm)) {
    throw new LlmConfigError(
      'the config file\'s "llm" entry must be an object of settings (see README, "Models and endpoints").',
    );
  }
  const unknownKeys = Object.keys(llm).filter((k) => !specByKey.has(k));
  if (unknownKeys.length > 0) {
    throw new LlmConfigError(`unknown setting(s) in the config file's "llm" section: ${unknownKeys.join(', ')}.`);
  }
  return { ...llm };
}

/** Converts a command-line or environment string to the option's type; other values pass through. */
function fromText(spec: LlmOptionSpec, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  switch (spec.kind) {
    case 'int':
    case 'number':
      return value.trim() === '' || Number.isNaN(Number(value)) ? value : Number(value);
    case 'bool':
      return /^(1|true|yes|on)$/i.test(value) ? true : /^(0|false|no|off)$/i.test(value) ? false : value;
    case 'json':
      return parseJsonOption(spec, value);
    default:
      return value;
  }
}

function parseJsonOption(spec: LlmOptionSpec, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch (err) {
    throw new LlmConfigError(
      `${spec.flag.split(' ')[0]} (${spec.env}): not JSON (${(err as Error).message}); give an object such as '{"top_p": 0.9}'.`,
    );
  }
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const [head, roleName, field] = issue.path.map(String);
    const key = head === 'roles' && roleName && field ? `${roleName}${field[0].toUpperCase()}${field.slice(1)}` : head;
    const spec = specByKey.get(key ?? '');
    const where = spec
      ? `${spec.flag.split(' ')[0]} (${spec.env}, or "${spec.key}" in the config file)`
      : (key ?? 'config');
    return `${where}: ${issue.message}`;
  });
  return `invalid LLM settings:\n  ${lines.join('\n  ')}`;
}
