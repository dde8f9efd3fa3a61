/**
 * `estimate`: what solving a source would spend, before any spend. Resolves the strategy, the
 * models and prices the way a solve does (flags over environment; no key needed), loads the
 * tasks, and asks evolve's `estimateRun` for the least and most per task and for the run.
 */
import { loadTasks } from '../arc/load.js';
import { ConfigError } from '../errors.js';
import { estimateRun, type EstimateAssumptions, type RunEstimate } from '../evolve/estimate.js';
import { loadStrategy } from '../evolve/strategy.js';
import { loadPricing, resolveLlmConfig } from '../llm/index.js';
import { DEFAULT_PRESET, LOCAL_MODEL } from './options.js';

export interface EstimateSourceOptions {
  /** A bundled preset name (default ettc) or, with `strategy`, a strategy file. */
  readonly preset?: string;
  readonly strategy?: string;
  /** LLM settings as flags (model, plannerModel, ..., price) over `env`. */
  readonly llmFlags?: Record<string, unknown>;
  readonly env?: Record<string, string | undefined>;
  /** Only the first n tasks of the source. */
  readonly limit?: number;
  readonly assumptions?: Partial<EstimateAssumptions>;
  /** Where dataset names resolve (ARCMEM_DATA). */
  readonly dataDir?: string;
}

export async function estimateSource(source: string, o: EstimateSourceOptions = {}): Promise<RunEstimate> {
  if (o.strategy && o.preset) throw new ConfigError('give either --preset or --strategy, not both');
  const strategy = loadStrategy(o.strategy ?? o.preset ?? DEFAULT_PRESET);
  const config = resolveLlmConfig({ flags: o.llmFlags ?? {}, env: o.env ?? {}, requireKey: false });
  const models = {
    planner: config.roles.planner.model,
    repairer: config.roles.repairer.model,
    follower: config.roles.follower.model,
  };
  if (Object.values(models).includes(LOCAL_MODEL))
    throw new ConfigError('the offline engine (--model local) costs nothing: estimate a language model instead');
  const { tasks } = await loadTasks(source, { dataDir: o.dataDir });
  const chosen = o.limit !== undefined ? tasks.slice(0, o.limit) : tasks;
  return estimateRun(chosen, { strategy, models, prices: loadPricing(config.prices), assumptions: o.assumptions });
}
