/**
 * Which model each cascade stage runs, decided once with the configuration: `--model local`
 * or no endpoint configured → the offline engine; `--cascade local,MODEL` → several stages;
 * otherwise the language model over the gateway.
 */
import { ConfigError } from '../errors.js';
import { requireKey, ROLES, type LlmConfig } from '../llm/index.js';
import { LOCAL_MODEL } from './options.js';

export type ModelStage =
  | { readonly backend: 'local' }
  /** `llm`: the stage's own settings, its model ids filled in and a key checked. */
  | { readonly backend: 'llm'; readonly llm: LlmConfig };

const MODEL_KEYS = ['model', ...ROLES.map((r) => `${r}Model`)];
const envName = (key: string): string => `ARCMEM_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

/**
 * True when the user asked for a language model anywhere (flag, environment, config file): an
 * endpoint, a key, or a model name. Naming a model without a key then fails with the gateway's
 * message naming --api-key, rather than silently running offline.
 */
export function endpointConfigured(
  flags: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
  file: unknown,
): boolean {
  const llm = (file as { llm?: Record<string, unknown> } | undefined)?.llm ?? {};
  const values = [
    flags.baseUrl,
    flags.apiKey,
    env.OPENAI_BASE_URL,
    env.OPENAI_API_KEY,
    llm.baseUrl,
    llm.apiKey,
    ...MODEL_KEYS.flatMap((k) => [flags[k], llm[k], env[envName(k)]]),
  ];
  return values.some((v) => typeof v === 'string' && v !== '' && v !== LOCAL_MODEL);
}

/** A cascade stage's settings: its model for every role not given a model of its own by flag. */
function stageConfig(llm: LlmConfig, model: string, flags: Record<string, unknown>): LlmConfig {
  const roles = Object.fromEntries(
    ROLES.map((role) => {
      const own = flags[`${role}Model`];
      return [role, { ...llm.roles[role], model: typeof own === 'string' && own ? own : model }];
    }),
  ) as LlmConfig['roles'];
  return { ...llm, roles };
}

export interface StageSources {
  readonly llm: LlmConfig;
  readonly cascade: readonly string[] | null;
  readonly flags: Record<string, unknown>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly file: unknown;
}

export function stagesFrom(s: StageSources): { stages: ModelStage[]; notices: string[] } {
  const llmStage = (config: LlmConfig): ModelStage => {
    requireKey(config);
    return { backend: 'llm', llm: config };
  };
  if (s.cascade !== null) {
    if (!s.cascade.length) throw new ConfigError('--cascade needs at least one model, e.g. --cascade local,gpt-5-mini');
    return {
      stages: s.cascade.map((name) =>
        name === LOCAL_MODEL ? { backend: 'local' } : llmStage(stageConfig(s.llm, name, s.flags)),
      ),
      notices: [],
    };
  }
  if (s.flags.model === LOCAL_MODEL) return { stages: [{ backend: 'local' }], notices: [] };
  if (!endpointConfigured(s.flags, s.env, s.file))
    return {
      stages: [{ backend: 'local' }],
      notices: [
        'no model endpoint configured: using the offline engine (set OPENAI_API_KEY, or --base-url for a local server such as vLLM or Ollama, to use a language model)',
      ],
    };
  return { stages: [llmStage(s.llm)], notices: [] };
}
