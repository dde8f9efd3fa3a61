/**
 * Usage roll-ups. Costs are null-aware: a sum is null as soon as one part is unknown (an
 * unpriced model, or a response without `usage`), so a total is never an undercount that
 * looks exact. Token counts still add up.
 */
import type { Usage } from './types.js';

export const emptyUsage = (): Usage => ({
  requests: 0,
  cacheHits: 0,
  promptTokens: 0,
  completionTokens: 0,
  reasoningTokens: 0,
  costUsd: 0,
  latencyMs: 0,
});

/** a + b; costUsd is null if either is null. */
export function addUsage(a: Usage, b: Usage): Usage {
  return {
    requests: a.requests + b.requests,
    cacheHits: a.cacheHits + b.cacheHits,
    promptTokens: a.promptTokens + b.promptTokens,
    completionTokens: a.completionTokens + b.completionTokens,
    reasoningTokens: a.reasoningTokens + b.reasoningTokens,
    costUsd: a.costUsd === null || b.costUsd === null ? null : a.costUsd + b.costUsd,
    latencyMs: a.latencyMs + b.latencyMs,
  };
}

export const sumUsage = (parts: readonly Usage[]): Usage => parts.reduce(addUsage, emptyUsage());
