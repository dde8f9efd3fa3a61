import type { Usage } from '../llm/types.js';

export const ZERO_USAGE: Usage = { requests: 0, cacheHits: 0, promptTokens: 0, completionTokens: 0, reasoningTokens: 0, costUsd: 0, latencyMs: 0 };

/** Sum of two usages; cost stays unknown (null) once any part is unknown. */
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
