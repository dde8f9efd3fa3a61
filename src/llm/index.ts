/** The LLM gateway's public surface: the only way arcmem talks to a model endpoint. */
export type { CallEvent, ChatMessage, Role, StructuredRequest, StructuredResult, Usage } from './types.js';
export { createGateway, type Gateway, type GatewayOptions } from './gateway.js';
export {
  isLocalEndpoint,
  LlmConfigSchema,
  publicLlmConfig,
  requireKey,
  resolveLlmConfig,
  type LlmConfig,
  type LlmConfigSources,
  type RoleSettings,
  type StructuredOutputMode,
} from './config.js';
export { readConfigFile } from './config-file.js';
export { LLM_OPTIONS, ROLES, type LlmOptionSpec } from './options.js';
export {
  BudgetExceededError,
  ContextOverflowError,
  LlmConfigError,
  LlmError,
  ModelOutputError,
  ProviderError,
  type BudgetKind,
  type OutputIssue,
  type ProviderFailure,
} from './errors.js';
export { cacheFileIn, cacheKey, ResponseCache, type CachedAnswer } from './cache.js';
export { costOf, loadPricing, parsePriceOverrides, priceFor, type Price, type PriceTable } from './pricing.js';
export { addUsage, emptyUsage, sumUsage } from './usage.js';
export { redact } from './redact.js';
export {
  detectProvider,
  profileFor,
  providerProfiles,
  PROVIDERS,
  type ProviderName,
  type ProviderProfile,
  type ReasoningEffort,
} from './providers.js';
export { countMessageTokens, countTokens } from './tokens.js';
export { MAX_REPORTED_TOKENS, readUsage } from './provider-usage.js';
export { createBudget, type Budget, type BudgetCaps } from './budget.js';
export { LedgerEntrySchema, memoryLedger, type BudgetLedger, type LedgerEntry } from './budget-ledger.js';
