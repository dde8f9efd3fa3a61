/** English → program, tolerant of case, punctuation, spelling ("color", "gray"), colour names and numbering. */
import { ParseError } from './errors.js';
import { alternatives, escape, normalise } from './normalise.js';
import { LAYERS_PATTERN, readLayers } from './_layers-text.js';
import { readSentences } from './_object-sentences.js';
import { STEP_DEFS } from './steps.js';
import { PLACES } from '../primitives/stamp.js';
import type { ArgType, ArgValue, Args, Program, Step, StepDef } from './types.js';

const PAIR = '(?:colour )?\\d (?:to|into|becomes|->) (?:colour )?\\d';
const SIZE_PAIR = '(?:size )?(?:\\d+|others|any other) (?:to|into|becomes|->) (?:colour )?\\d';
const PLACE_PAIR = `(?:${alternatives(PLACES)}) (?:to|into|becomes|->) (?:colour )?\\d`;
const PLACE_READ = new RegExp(`(${alternatives(PLACES)}) (?:to|into|becomes|->) (?:colour )?(\\d)`, 'g');

function argPattern(type: ArgType): string {
  switch (type.kind) {
    case 'colour':
      return '(?:colour )?(\\d)';
    case 'int':
      return '(\\d+)';
    case 'enum':
      return `(${alternatives(type.options)})`;
    case 'map':
      return `((?:${PAIR})(?:(?: and)? ${PAIR})*)`;
    case 'sizemap':
      return `((?:${SIZE_PAIR})(?:(?: and)? ${SIZE_PAIR})*)`;
    case 'placemap':
      return `((?:${PLACE_PAIR})(?:(?: and)? ${PLACE_PAIR})*)`;
    case 'layers':
      return LAYERS_PATTERN;
  }
}
/** An argument's value, or null when its text only looked right (a layer whose steps do not read). */
function readArg(type: ArgType, text: string): ArgValue | null {
  switch (type.kind) {
    case 'colour':
    case 'int':
      return Number(text);
    case 'enum':
      return type.options.find((o) => normalise(o) === text)!;
    case 'map':
    case 'sizemap': {
      const m: Record<number, number> = {};
      for (const [, a, b] of text.matchAll(/(\d+|others|any other) (?:to|into|becomes|->) (?:colour )?(\d)/g))
        m[/\d/.test(a!) ? Number(a) : -1] = Number(b);
      return m;
    }
    case 'placemap': {
      const m: Record<number, number> = {};
      for (const [, place, c] of text.matchAll(PLACE_READ))
        m[PLACES.findIndex((p) => normalise(p) === place)] = Number(c);
      return m;
    }
    case 'layers':
      return readLayers(text, (t) => {
        try {
          return parseStep(t);
        } catch {
          return null;
        }
      });
  }
}

interface Matcher {
  readonly def: StepDef;
  readonly re: RegExp;
  readonly keys: readonly string[];
}
let matchers: Matcher[] | undefined;
/** One regular expression per step kind, built once from the templates. */
function allMatchers(): Matcher[] {
  matchers ??= STEP_DEFS.map((def) => {
    const keys: string[] = [];
    const marked = def.template.replace(/\{(\w+)\}/g, (_m, k: string) => {
      keys.push(k);
      return ` qzarg${keys.length - 1}qz `;
    });
    const pattern = escape(normalise(marked)).replace(
      / ?qzarg(\d+)qz ?/g,
      (m, i: string) =>
        `${m.startsWith(' ') ? ' ' : ''}${argPattern(def.args[keys[Number(i)]!]!)}${m.endsWith(' ') ? ' ' : ''}`,
    );
    return { def, re: new RegExp(`^${pattern}$`), keys };
  });
  return matchers;
}

/** Reads one sentence; `stepNumber` only labels the error. */
export function parseStep(text: string, stepNumber = 1): Step {
  const s = normalise(text);
  for (const { def, re, keys } of allMatchers()) {
    const m = re.exec(s);
    if (!m) continue;
    const args: Record<string, ArgValue> = {};
    for (const [i, k] of keys.entries()) {
      const v = readArg(def.args[k]!, m[i + 1]!);
      if (v === null) break;
      args[k] = v;
    }
    if (Object.keys(args).length === keys.length) return { name: def.name, args: args as Args };
  }
  throw new ParseError(stepNumber, text.trim());
}

/** Splits a line numbered from `first` at the next step numbers in sequence ("1. … 2. … 3. …"). */
function splitNumbered(line: string, first: number): string[] {
  const out: string[] = [];
  let rest = line;
  for (let k = first + 1; ; k++) {
    const next = new RegExp(`\\s(?:step\\s*)?${k}\\s*[.):]\\s+(?=[a-z])`, 'i').exec(rest);
    if (!next) return [...out, rest];
    out.push(rest.slice(0, next.index));
    rest = rest.slice(next.index + next[0].length);
  }
}

/** Splits an instruction into step sentences: numbered lines, inline "1. … 2. …", or plain sentences. */
export function splitSteps(text: string): string[] {
  const steps: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(/^[-*•]\s+/, '');
    if (!line) continue;
    const m = /^(?:step\s*)?(\d+)\s*[.):]\s*/i.exec(line);
    if (m) steps.push(...splitNumbered(line.slice(m[0].length), Number(m[1])));
    else steps.push(...line.split(/(?<=\.)\s+(?=[A-Z])/));
  }
  return steps.map((s) => s.trim()).filter(Boolean);
}

/**
 * Parses a whole instruction; throws ParseError naming the first step it could not read.
 * "Find the objects … Keep the largest object. Crop the grid to it." reads as the one object step it means.
 */
export function parseProgram(text: string): Program {
  const sentences = splitSteps(text);
  if (!sentences.length) throw new ParseError(1, text, 'the instruction has no steps');
  return readSentences(sentences, parseStep);
}

/** Parses an instruction, or null when it is not in the step language (e.g. written by an LLM). */
export function tryParse(text: string): Program | null {
  try {
    return parseProgram(text);
  } catch {
    return null;
  }
}
