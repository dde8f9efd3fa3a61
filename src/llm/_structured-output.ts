/**
 * Turning a zod schema into a request (response_format json_schema, or an instruction for
 * endpoints without structured output) and a model's text back into a validated value.
 */
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import type { OutputIssue } from './errors.js';
import type { ChatMessage } from './types.js';

export interface JsonSchemaFormat {
  readonly type: 'json_schema';
  readonly json_schema: { readonly name: string; readonly schema: Record<string, unknown>; readonly strict: true };
}

/**
 * response_format for a schema, in OpenAI's strict dialect (every property required,
 * no additional properties): optional fields must be declared `.nullable()` instead.
 */
export function responseFormatFor(schema: z.ZodType, name: string): JsonSchemaFormat {
  const byName = formats.get(schema) ?? new Map<string, JsonSchemaFormat>();
  formats.set(schema, byName);
  let format = byName.get(name);
  if (!format) {
    const f = zodResponseFormat(schema as never, name);
    format = {
      type: 'json_schema',
      json_schema: { name, schema: f.json_schema.schema as Record<string, unknown>, strict: true },
    };
    byName.set(name, format);
  }
  return format;
}

/** Converting a schema costs milliseconds; callers reuse a handful of schemas, so remember them. */
const formats = new WeakMap<z.ZodType, Map<string, JsonSchemaFormat>>();

/** The system message that asks a text-only endpoint for the same JSON the schema describes. */
export function textModeInstruction(format: JsonSchemaFormat): ChatMessage {
  return {
    role: 'system',
    content:
      'Reply with a single JSON object and nothing else (no prose, no code fence). ' +
      `It must match this JSON Schema:\n${JSON.stringify(format.json_schema.schema)}`,
  };
}

export type ParsedAnswer<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly OutputIssue[] };

/** Finds the JSON in a model's answer and validates it with the schema. */
export function parseAnswer<T>(text: string, schema: z.ZodType<T>): ParsedAnswer<T> {
  const json = extractJson(text);
  if (json === undefined) return { ok: false, issues: [{ path: [], message: 'no JSON object found in the answer' }] };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) };
}

/**
 * The JSON value in a model's answer. Reasoning models may write drafts first, inside
 * `<think>...</think>` or as earlier objects, so the answer is what comes last: the text after
 * the last `</think>` (nothing, when a `<think>` is never closed), then the whole of it if it
 * parses, else the last ```json fence that parses, else the last outermost balanced `{...}`
 * that parses. undefined when there is none.
 */
export function extractJson(text: string): unknown {
  const answer = afterThinking(text);
  const whole = tryParse(answer.trim());
  if (whole !== undefined) return whole;
  const fenced = [...answer.matchAll(/```(?:json|JSON)?\s*\n?([\s\S]*?)```/g)]
    .map((m) => tryParse(m[1].trim()))
    .filter((v) => v !== undefined);
  if (fenced.length) return fenced.at(-1);
  let last: unknown;
  for (let start = answer.indexOf('{'); start >= 0; start = answer.indexOf('{', start + 1)) {
    const end = balancedEnd(answer, start);
    const value = end < 0 ? undefined : tryParse(answer.slice(start, end + 1));
    if (value === undefined) continue;
    last = value;
    start = end; // outermost only: objects nested in this one are part of it
  }
  return last;
}

/** The text after the model's reasoning block; empty when the reasoning never ended. */
function afterThinking(text: string): string {
  const close = text.lastIndexOf('</think>');
  if (close >= 0) return text.slice(close + '</think>'.length);
  return /<think>/.test(text) ? '' : text;
}

/** Index of the `}` closing the `{` at `start`, skipping braces inside strings; -1 if unbalanced. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth += 1;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function tryParse(s: string): unknown {
  if (s === '') return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
