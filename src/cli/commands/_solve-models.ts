/**
 * Which Model(s) a solve uses: `--model local` or no endpoint configured → the offline
 * engine; `--cascade local,MODEL` → several stages; otherwise the LLM over the gateway.
 */
import { createLlmModel } from '../../evolve/llm-model.js';
import type { Model, RoleModels } from '../../evolve/types.js';
import { ConfigError } from '../../errors.js';
import { createGateway, publicLlmConfig, readConfigFile, resolveLlmConfig, type Gateway } from '../../llm/index.js';
import { createLocalModel } from '../../local/index.js';
import type { CommandIO } from './index.js';

export const LOCAL = 'local';

export interface ResolvedModels {
  readonly models: Model[];
  /** What each stage is, for settings.json (no key). */
  readonly describe: { readonly backend: 'local' | 'llm'; readonly roles: RoleModels; readonly llm?: unknown }[];
  /** One-line notes for the user (e.g. "no endpoint configured: using the offline engine"). */
  readonly notices: string[];
  /** Closes gateways (their caches). */
  close(): void;
}

const MODEL_KEYS = ['model', 'plannerModel', 'repairerModel', 'followerModel'];

/**
 * True when the user asked for a language model anywhere (flag, environment, config file): an
 * endpoint, a key, or a model name. Naming a model without a key then fails with the gateway's
 * message naming --api-key, rather than silently running offline.
 */
export function endpointConfigured(flags: Record<string, unknown>, env: CommandIO['env'], file: unknown): boolean {
  const llm = (file as { llm?: Record<string, unknown> } | undefined)?.llm ?? {};
  const envModels = MODEL_KEYS.map((k) => env[`ARCMEM_${k.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`]);
  const values = [
    flags.baseUrl,
    flags.apiKey,
    env.OPENAI_BASE_URL,
    env.OPENAI_API_KEY,
    llm.baseUrl,
    llm.apiKey,
    ...MODEL_KEYS.flatMap((k) => [flags[k], llm[k]]),
    ...envModels,
  ];
  return values.some((v) => typeof v === 'string' && v !== '' && v !== LOCAL);
}

export function resolveModels(
  flags: Record<string, unknown>,
  io: CommandIO,
  opts: { cwd?: string } = {},
): ResolvedModels {
  const file = readConfigFile(flags.config as string | undefined, opts.cwd);
  // Bad LLM flags fail even when only the offline engine runs: a typo is never silently ignored.
  resolveLlmConfig({ flags, env: io.env, file, cwd: opts.cwd, requireKey: false });
  const gateways: Gateway[] = [];
  const notices: string[] = [];
  const describe: ResolvedModels['describe'] = [];
  const local = (): Model => {
    const m = createLocalModel({ ...(flags.seed !== undefined ? { seed: Number(flags.seed) } : {}) });
    describe.push({ backend: 'local', roles: m.roles });
    return m;
  };
  const llm = (model?: string): Model => {
    const config = resolveLlmConfig({
      flags: { ...flags, ...(model ? { model } : {}) },
      env: io.env,
      file,
      cwd: opts.cwd,
    });
    const gateway = createGateway(config);
    gateways.push(gateway);
    const m = createLlmModel(gateway);
    describe.push({ backend: 'llm', roles: m.roles, llm: publicLlmConfig(config) });
    return m;
  };

  let models: Model[];
  const cascade =
    typeof flags.cascade === 'string'
      ? flags.cascade
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
  if (cascade.length) {
    models = cascade.map((name) => (name === LOCAL ? local() : llm(name)));
  } else if (flags.model === LOCAL) {
    models = [local()];
  } else if (!endpointConfigured(flags, io.env, file)) {
    notices.push(
      'no model endpoint configured: using the offline engine (set OPENAI_API_KEY, or --base-url for a local server such as vLLM or Ollama, to use a language model)',
    );
    models = [local()];
  } else {
    models = [llm()];
  }
  if (!models.length) throw new ConfigError('--cascade needs at least one model, e.g. --cascade local,gpt-5-mini');
  return { models, describe, notices, close: () => gateways.forEach((g) => g.close()) };
}
