/** Turning ranked programs into proposals: printed, de-duplicated, and never one already tried. */
import type { Proposal } from '../../evolve/types.js';
import { normalise } from '../language/normalise.js';
import { parseProgram } from '../language/parse.js';
import { printProgram } from '../language/print.js';
import type { Found } from '../search/found.js';

/** One canonical text per meaning: the reprinted program when it parses, else the normalised text. */
export function canonical(instruction: string): string {
  try {
    return printProgram(parseProgram(instruction));
  } catch {
    return normalise(instruction);
  }
}

/** The first n programs (in the given order) whose text is new, as proposals. */
export function toProposals(
  found: readonly Found[],
  n: number,
  tried: readonly string[],
  note?: (f: Found) => string | undefined,
): Proposal[] {
  const seen = new Set(tried.map(canonical));
  const out: Proposal[] = [];
  for (const f of found) {
    if (out.length >= n) break;
    const text = printProgram(f.program);
    if (seen.has(text)) continue;
    seen.add(text);
    const why = note?.(f);
    out.push(why ? { instruction: text, note: why } : { instruction: text });
  }
  return out;
}
