/**
 * Checking a lesson a model wrote before it is kept: model text is untrusted, so only a short,
 * single general sentence of the form "When ..., try ..." passes. Anything else is rejected
 * with the reason, and the raw answer stays in the task record as evidence.
 */

export type LessonCheck =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Longest raw answer kept in a task record after a rejection. */
export const REJECTED_EVIDENCE_CHARS = 2000;

/** Five or more numbers in a row look like a grid copied from the prompt. */
const GRID_DUMP = /(\d[ ,]+){4,}\d/;

export function checkLesson(raw: string, maxChars: number): LessonCheck {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'the answer was empty' };
  if (text.length > maxChars)
    return { ok: false, reason: `it is ${text.length} characters, over the ${maxChars} allowed` };
  if (!/^when\b/i.test(text) || !/\btry\b/i.test(text))
    return { ok: false, reason: 'it is not of the form "When ..., try ..."' };
  if (GRID_DUMP.test(text)) return { ok: false, reason: 'it contains a run of numbers, like a copied grid' };
  if (/[\u0000-\u001f\u007f]/.test(text)) return { ok: false, reason: 'it contains control characters' };
  return { ok: true, text };
}
