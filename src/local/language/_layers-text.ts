/**
 * How a layers argument is written: "layer 1 is (the grid as it is); layer 2 is (mirror the grid
 * left to right, then keep only the cells of colour 3 and clear the rest)". Each sub-step is its
 * own sentence without the full stop; the parser reads a layer by splitting at "then" where every
 * part reads as a step. The one-sentence printer and parser are passed in, which keeps this file
 * free of import cycles.
 */
import type { Layers, Program, Step } from './types.js';

const AS_IS = 'the grid as it is';

/** The text of a layers value. */
export function layersText(value: Layers, printStep: (s: Step) => string): string {
  const inline = (s: Step) => {
    const t = printStep(s).replace(/\.$/, '');
    return t.charAt(0).toLowerCase() + t.slice(1);
  };
  return value.map((p, i) => `layer ${i + 1} is (${p.length ? p.map(inline).join(', then ') : AS_IS})`).join('; ');
}

/** The pattern a layers value matches once normalised (commas and semicolons are gone by then). */
export const LAYERS_PATTERN = '(layer 1 is \\(.*\\))';

/** Steps joined by "then" in a normalised layer body, or null when no split reads as steps. */
function readBody(body: string, parseStep: (text: string) => Step | null): Program | null {
  if (body === AS_IS) return [];
  const parts = body.split(' then ');
  const memo = new Map<number, Program | null>();
  const from = (i: number): Program | null => {
    if (i === parts.length) return [];
    if (memo.has(i)) return memo.get(i)!;
    let out: Program | null = null;
    for (let j = i + 1; j <= parts.length && !out; j++) {
      const text = parts.slice(i, j).join(' then ');
      // A step with layers inside holds whole brackets: a split inside one is no step (and, on a long
      // text a model wrote, not worth a parse).
      if (!balanced(text)) continue;
      const step = parseStep(text);
      const rest = step ? from(j) : null;
      if (step && rest) out = [step, ...rest];
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/** True when every bracket of `text` closes after it opens. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Where the bracket opened at `open` closes, counting the brackets of layers written inside it; -1 when it does not. */
function closing(text: string, open: number): number {
  for (let i = open, depth = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Reads a normalised layers text, or null when it is not layers numbered from 1 whose steps all
 * read. A layer's steps may carry layers of their own (a stack drawn on renamed colours): their
 * brackets are matched, not cut at the first closing one.
 */
export function readLayers(text: string, parseStep: (text: string) => Step | null): Layers | null {
  const out: Program[] = [];
  let rest = text;
  for (let k = 1; rest; k++) {
    const head = `layer ${k} is (`;
    if (!rest.startsWith(head)) return null;
    const end = closing(rest, head.length - 1);
    if (end < 0 || (end + 1 < rest.length && rest[end + 1] !== ' ')) return null;
    const program = readBody(rest.slice(head.length, end), parseStep);
    if (!program) return null;
    out.push(program);
    rest = rest.slice(end + 2);
  }
  return out;
}
