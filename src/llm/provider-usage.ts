/**
 * Reading a provider's `usage` block. Providers disagree on where reasoning tokens go: OpenAI
 * counts them inside `completion_tokens`, xAI reports them beside it (and in `total_tokens`),
 * and both bill them as output. Broken or hostile endpoints send strings, negatives and absurd
 * numbers; those are never added up, priced or stored: such a block is treated as missing
 * (cost unknown, the budget charged the tokenizer's estimate).
 */
import { z } from 'zod';

/**
 * The most tokens any one field may report for one request. Far above every context window
 * offered today (about 2M); anything larger is a broken endpoint, not a bill.
 */
export const MAX_REPORTED_TOKENS = 10_000_000;

const Count = z.number().int().min(0).max(MAX_REPORTED_TOKENS);

const ProviderUsageSchema = z.object({
  prompt_tokens: Count,
  completion_tokens: Count,
  total_tokens: Count.nullish(),
  completion_tokens_details: z.object({ reasoning_tokens: Count.nullish() }).nullish(),
  prompt_tokens_details: z.object({ cached_tokens: Count.nullish() }).nullish(),
});

export interface ReadUsage {
  readonly promptTokens: number;
  /** Billed output tokens: reasoning included, wherever the provider reported it. */
  readonly completionTokens: number;
  readonly reasoningTokens: number;
  /** Prompt tokens served from the provider's prompt cache (never more than promptTokens). */
  readonly cachedPromptTokens: number;
}

/**
 * The usage block as billed token counts, or null when it is missing or cannot be true.
 * `reasoningOutside` says the provider reports reasoning beside completion_tokens even when
 * total_tokens is absent (a provider profile's setting); with total_tokens it is detected.
 */
export function readUsage(raw: unknown, reasoningOutside = false): ReadUsage | null {
  const parsed = ProviderUsageSchema.safeParse(raw);
  if (!parsed.success) return null;
  const u = parsed.data;
  const reasoning = u.completion_tokens_details?.reasoning_tokens ?? 0;
  const outside =
    reasoning > 0 &&
    (u.total_tokens != null ? u.total_tokens === u.prompt_tokens + u.completion_tokens + reasoning : reasoningOutside);
  return {
    promptTokens: u.prompt_tokens,
    completionTokens: u.completion_tokens + (outside ? reasoning : 0),
    reasoningTokens: reasoning,
    cachedPromptTokens: Math.min(u.prompt_tokens_details?.cached_tokens ?? 0, u.prompt_tokens),
  };
}
