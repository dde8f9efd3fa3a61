/**
 * Every LLM setting as data: its config key, command-line flag, environment variable,
 * default and help text. The resolver (config.ts), the CLI and the README table all read
 * this one list, so a setting cannot be documented in one place and missing in another.
 */
import type { Role } from './types.js';

export type OptionKind = 'string' | 'int' | 'number' | 'bool' | 'effort' | 'mode' | 'prices' | 'provider' | 'json';

export interface LlmOptionSpec {
  /** Key in the flags object (commander's camelCase) and in the config file's `llm` section. */
  readonly key: string;
  /** Command-line flag with its argument, as commander spells it. */
  readonly flag: string;
  readonly env: string;
  readonly kind: OptionKind;
  /** Default, as shown in --help and the README. */
  readonly defaultText: string;
  readonly help: string;
}

export const ROLES: readonly Role[] = ['planner', 'repairer', 'follower'];

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const snake = (s: string): string => kebab(s).replace(/-/g, '_').toUpperCase();

/** Per-role settings: a general key (`model`) and one per role (`plannerModel`). */
const ROLE_SETTINGS: readonly { key: string; arg: string; kind: OptionKind; defaultText: string; help: string }[] = [
  { key: 'model', arg: '<id>', kind: 'string', defaultText: 'gpt-5-mini', help: 'model id' },
  {
    key: 'temperature',
    arg: '<t>',
    kind: 'number',
    defaultText: 'planner/repairer 1, follower: provider default',
    help: 'sampling temperature (>0 keeps parallel samples diverse; reasoning models accept only 1)',
  },
  {
    key: 'reasoningEffort',
    arg: '<level>',
    kind: 'effort',
    defaultText: 'provider default',
    help: 'reasoning effort: none, minimal, low, medium, high or xhigh, as the provider takes them (reasoning models only)',
  },
  {
    key: 'thinkingBudget',
    arg: '<tokens>',
    kind: 'int',
    defaultText: 'provider default',
    help: 'thinking budget in tokens, where the provider takes one (anthropic, gemini, openrouter)',
  },
  {
    key: 'maxOutputTokens',
    arg: '<n>',
    kind: 'int',
    defaultText: 'provider default',
    help: "max output tokens per call (sent as the provider's max_completion_tokens or max_tokens)",
  },
];

const roleOptions = (): LlmOptionSpec[] =>
  ROLE_SETTINGS.flatMap((s) => [
    {
      key: s.key,
      flag: `--${kebab(s.key)} ${s.arg}`,
      env: `ARCMEM_${snake(s.key)}`,
      kind: s.kind,
      defaultText: s.defaultText,
      help: `${s.help}, for every role`,
    },
    ...ROLES.map((role) => {
      const key = `${role}${cap(s.key)}`;
      return {
        key,
        flag: `--${kebab(key)} ${s.arg}`,
        env: `ARCMEM_${snake(key)}`,
        kind: s.kind,
        defaultText: `--${kebab(s.key)}`,
        help: `${s.help} for the ${role}`,
      };
    }),
  ]);

export const LLM_OPTIONS: readonly LlmOptionSpec[] = [
  {
    key: 'baseUrl',
    flag: '--base-url <url>',
    env: 'OPENAI_BASE_URL',
    kind: 'string',
    defaultText: 'https://api.openai.com/v1',
    help: 'OpenAI-compatible endpoint (OpenRouter, xAI, Gemini, vLLM, Ollama, llama.cpp ...)',
  },
  {
    key: 'apiKey',
    flag: '--api-key <key>',
    env: 'OPENAI_API_KEY',
    kind: 'string',
    defaultText: 'none (required unless the endpoint is on localhost)',
    help: 'API key; never logged, cached or written to run files',
  },
  {
    key: 'provider',
    flag: '--provider <name>',
    env: 'ARCMEM_PROVIDER',
    kind: 'provider',
    defaultText: 'detected from the base URL, else openai',
    help: 'provider profile: openai, xai, openrouter, anthropic, gemini, vllm, ollama or llamacpp (data/providers.json)',
  },
  {
    key: 'extraBody',
    flag: '--extra-body <json>',
    env: 'ARCMEM_EXTRA_BODY',
    kind: 'json',
    defaultText: 'none',
    help: 'a JSON object merged into every request body, for anything the profile does not set',
  },
  {
    key: 'contextTokens',
    flag: '--context-tokens <n>',
    env: 'ARCMEM_CONTEXT_TOKENS',
    kind: 'int',
    defaultText: "the provider's (ollama: 4096), else unchecked",
    help: 'context size of the served model: a prompt that cannot fit is refused before sending (ollama: sent as num_ctx)',
  },
  ...roleOptions(),
  {
    key: 'timeoutMs',
    flag: '--timeout-ms <ms>',
    env: 'ARCMEM_TIMEOUT_MS',
    kind: 'int',
    defaultText: '600000 (10 min)',
    help: 'per-request timeout; thinking models can take minutes',
  },
  {
    key: 'retries',
    flag: '--retries <n>',
    env: 'ARCMEM_RETRIES',
    kind: 'int',
    defaultText: '4',
    help: 'retries of a request after 429, 5xx, timeout or connection failure',
  },
  {
    key: 'outputRetries',
    flag: '--output-retries <n>',
    env: 'ARCMEM_OUTPUT_RETRIES',
    kind: 'int',
    defaultText: '2',
    help: 'new attempts after an answer fails JSON/schema validation',
  },
  {
    key: 'backoffBaseMs',
    flag: '--backoff-base-ms <ms>',
    env: 'ARCMEM_BACKOFF_BASE_MS',
    kind: 'int',
    defaultText: '1000',
    help: 'first retry delay; doubles each retry, with jitter, unless Retry-After says otherwise',
  },
  {
    key: 'backoffMaxMs',
    flag: '--backoff-max-ms <ms>',
    env: 'ARCMEM_BACKOFF_MAX_MS',
    kind: 'int',
    defaultText: '60000',
    help: 'longest retry delay (also caps Retry-After)',
  },
  {
    key: 'concurrency',
    flag: '--concurrency <n>',
    env: 'ARCMEM_CONCURRENCY',
    kind: 'int',
    defaultText: '16',
    help: 'model requests in flight at once, across all tasks',
  },
  {
    key: 'rpm',
    flag: '--rpm <n>',
    env: 'ARCMEM_RPM',
    kind: 'number',
    defaultText: 'unlimited',
    help: 'requests per minute, spaced evenly (counts every request, retries too)',
  },
  {
    key: 'structuredOutput',
    flag: '--structured-output <mode>',
    env: 'ARCMEM_STRUCTURED_OUTPUT',
    kind: 'mode',
    defaultText: "the provider's (json_schema; anthropic: text)",
    help: 'json_schema (response_format) or text (JSON extracted from plain text)',
  },
  {
    key: 'cacheDir',
    flag: '--cache-dir <dir>',
    env: 'ARCMEM_CACHE_DIR',
    kind: 'string',
    defaultText: '.cache/arcmem (under the working folder)',
    help: 'folder of the response cache (llm.sqlite)',
  },
  {
    key: 'noCache',
    flag: '--no-cache',
    env: 'ARCMEM_NO_CACHE',
    kind: 'bool',
    defaultText: 'false',
    help: 'neither read nor write the response cache',
  },
  {
    key: 'refreshCache',
    flag: '--refresh-cache',
    env: 'ARCMEM_REFRESH_CACHE',
    kind: 'bool',
    defaultText: 'false',
    help: 'ask the model again and overwrite cached answers',
  },
  {
    key: 'prices',
    flag: '--price <model=in/out>',
    env: 'ARCMEM_PRICES',
    kind: 'prices',
    defaultText: 'data/pricing.json',
    help: 'USD per million input/output tokens for a model (repeatable; env: comma-separated)',
  },
  {
    key: 'budgetUsd',
    flag: '--budget-usd <usd>',
    env: 'ARCMEM_BUDGET_USD',
    kind: 'number',
    defaultText: 'unlimited',
    help: 'dollar cap for the whole run',
  },
  {
    key: 'taskBudgetUsd',
    flag: '--task-budget-usd <usd>',
    env: 'ARCMEM_TASK_BUDGET_USD',
    kind: 'number',
    defaultText: 'unlimited',
    help: 'dollar cap per task',
  },
  {
    key: 'taskMaxCalls',
    flag: '--task-max-calls <n>',
    env: 'ARCMEM_TASK_MAX_CALLS',
    kind: 'int',
    defaultText: 'unlimited',
    help: 'model calls per task (cache hits included)',
  },
];
