/** Builds the Model of each cascade stage: the offline engine, or a language model over its own gateway. */
import { createLlmModel } from '../evolve/llm-model.js';
import type { Model, RoleModels } from '../evolve/types.js';
import {
  createBudget,
  createGateway,
  publicLlmConfig,
  type Budget,
  type BudgetLedger,
  type Gateway,
  type LlmConfig,
} from '../llm/index.js';
import { createLocalModel, type Effort, type MacroSource, type SearchPrior } from '../local/index.js';
import type { ModelStage } from './stages.js';

export interface StageModels {
  readonly models: Model[];
  /** What each stage is, for settings.json (never a key). */
  readonly describe: { readonly backend: 'local' | 'llm'; readonly roles: RoleModels; readonly llm?: unknown }[];
  /** Closes the gateways (their response caches). */
  close(): void;
}

export interface ModelOptions {
  /** Seed of the offline engine. */
  readonly seed?: number | null;
  /** Step applications of the offline engine's plan search per task (null: its default). */
  readonly localBudget?: number | null;
  /** How hard the offline engine searches (default: its default effort). */
  readonly localEffort?: Effort;
  /** Concepts the offline engine tries as one move each (read at every plan search). */
  readonly concepts?: () => readonly MacroSource[];
  /** Overrides each LLM stage's settings (e.g. a response cache per experiment run). */
  readonly llm?: (config: LlmConfig) => LlmConfig;
  /** Where the budget keeps its ledger (the run folder's budget.jsonl), so caps hold across --resume. */
  readonly ledger?: BudgetLedger;
  /** The offline engine's search prior (default its hand prior); a library's learned prior plugs in here. */
  readonly prior?: SearchPrior;
}

export function buildModels(stages: readonly ModelStage[], opts: ModelOptions = {}): StageModels {
  const gateways: Gateway[] = [];
  const describe: StageModels['describe'] = [];
  const close = (): void => gateways.forEach((g) => g.close());
  // One budget for every stage: the caps are the run's, whichever model spends.
  let budget: Budget | undefined;
  const build = (stage: ModelStage): Model => {
    if (stage.backend === 'local') {
      const m = createLocalModel({
        ...(opts.seed !== undefined && opts.seed !== null ? { seed: opts.seed } : {}),
        ...(opts.localBudget !== undefined && opts.localBudget !== null ? { budget: opts.localBudget } : {}),
        ...(opts.localEffort ? { effort: opts.localEffort } : {}),
        ...(opts.prior ? { prior: opts.prior } : {}),
        ...(opts.concepts ? { concepts: opts.concepts } : {}),
      });
      describe.push({ backend: 'local', roles: m.roles });
      return m;
    }
    const config = opts.llm ? opts.llm(stage.llm) : stage.llm;
    budget ??= createBudget(config, opts.ledger);
    const gateway = createGateway(config, { budget });
    gateways.push(gateway);
    const m = createLlmModel(gateway);
    describe.push({ backend: 'llm', roles: m.roles, llm: publicLlmConfig(config) });
    return m;
  };
  try {
    return { models: stages.map(build), describe, close };
  } catch (err) {
    close(); // a later stage's bad settings must not leave earlier gateways open
    throw err;
  }
}
