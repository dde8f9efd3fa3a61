/**
 * Dollar prices per million tokens (data/pricing.json, overridable per run) and the cost of
 * one call. An unknown price gives a null cost, never zero.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bundledDataDir } from '../paths.js';
import { LlmConfigError } from './errors.js';

export const PriceSchema = z.object({
  input: z.number().min(0),
  output: z.number().min(0),
  /** Price of prompt tokens served from the provider's prompt cache; defaults to `input`. */
  cachedInput: z.number().min(0).optional(),
});
export type Price = z.infer<typeof PriceSchema>;
export type PriceTable = Readonly<Record<string, Price>>;

const PricingFileSchema = z.object({ models: z.record(z.string(), PriceSchema) });

/** The bundled table, with per-run overrides on top. */
export function loadPricing(overrides: PriceTable = {}, file = join(bundledDataDir(), 'pricing.json')): PriceTable {
  const parsed = PricingFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new LlmConfigError(`pricing table ${file} is malformed: ${parsed.error.message}`);
  return { ...parsed.data.models, ...overrides };
}

/**
 * Finds a model's price: the exact id, then without a provider prefix (`openai/gpt-5`),
 * then without a date suffix (`gpt-4.1-2025-04-14`, `claude-sonnet-4-20250514`).
 */
export function priceFor(table: PriceTable, model: string): Price | null {
  const bare = model.slice(model.lastIndexOf('/') + 1);
  const undated = bare.replace(/-(\d{4}-\d{2}-\d{2}|\d{8})$/, '');
  return table[model] ?? table[bare] ?? table[undated] ?? null;
}

export interface TokenCounts {
  readonly promptTokens: number;
  readonly completionTokens: number;
  /** Prompt tokens the provider served from its prompt cache (billed at `cachedInput`). */
  readonly cachedPromptTokens?: number;
}

/** Dollars for one response; null when the model has no known price. Reasoning tokens are part of completion tokens. */
export function costOf(price: Price | null, t: TokenCounts): number | null {
  if (price === null) return null;
  const cached = Math.min(t.cachedPromptTokens ?? 0, t.promptTokens);
  const input = (t.promptTokens - cached) * price.input + cached * (price.cachedInput ?? price.input);
  return (input + t.completionTokens * price.output) / 1e6;
}

/** Parses `model=in/out` overrides (from --price or ARCMEM_PRICES); `source` names where they came from. */
export function parsePriceOverrides(items: readonly string[], source: string): Record<string, Price> {
  const out: Record<string, Price> = {};
  for (const item of items.map((s) => s.trim()).filter(Boolean)) {
    const m = /^(.+)=([0-9.]+)\/([0-9.]+)$/.exec(item);
    const input = m ? Number(m[2]) : NaN;
    const output = m ? Number(m[3]) : NaN;
    if (!m || !Number.isFinite(input) || !Number.isFinite(output)) {
      throw new LlmConfigError(
        `${source}: "${item}" is not model=INPUT/OUTPUT in USD per million tokens (e.g. gpt-5=1.25/10).`,
      );
    }
    out[m[1]] = { input, output };
  }
  return out;
}
