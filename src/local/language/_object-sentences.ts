/**
 * The multi-sentence way of acting on one object, as models write it:
 * "Find the objects made of one colour. Keep the largest object. Crop the grid to it."
 * Each such group reads as the one object step it means (here `crop-object`); the printer keeps the one-sentence form.
 */
import { SELECTORS } from '../primitives/select.js';
import { OBJECT_KINDS } from './_objects-phrase.js';
import { ParseError } from './errors.js';
import { alternatives, normalise } from './normalise.js';
import type { Step } from './types.js';

const KIND = new RegExp(
  `^(?:first )?find (?:all )?(?:of )?the objects (${alternatives(OBJECT_KINDS)})(?: (?:and )?ignor(?:e|ing) the background)?$`,
);
const CHOOSE = new RegExp(
  `^(?:then )?(?:keep|select|choose|take|pick) (?:only )?the (${alternatives(SELECTORS)}) (?:object|1)$`,
); // "one" is normalised to "1"
const IT = '(?:it|that object|this object|the selected object|the chosen object)';
/** Actions on the chosen object: the object step each means, and its colour argument if any. */
const ACTIONS: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`^crop the grid to ${IT}$`), 'crop-object'],
  [new RegExp(`^cut (?:${IT} out|out ${IT})(?: on its own)?$`), 'cut-object'],
  [new RegExp(`^keep only ${IT}(?: and clear (?:the rest|everything else))?$`), 'keep-object'],
  [new RegExp(`^(?:remove|delete|erase) ${IT}$`), 'remove-object'],
  [new RegExp(`^(?:recolour|paint) ${IT} (?:to |with |in )?colour (\\d)$`), 'recolour-object'],
  [/^output 1 cell of its colour$/, 'object-colour'],
];
const HOW = 'e.g. "Find the objects made of one colour." then "Keep the largest object." then "Crop the grid to it."';

/** "made of several colours" and the like say "of any colours". */
const kindWords = (s: string): string =>
  s.replace(/\b(?:made )?of (?:several|many|multiple|mixed|different|any) colours\b/, 'of any colours');
const kindOf = (s: string): string | undefined => KIND.exec(kindWords(s))?.[1];
const actionOn = (s: string): { name: string; c?: number } | undefined => {
  for (const [re, name] of ACTIONS) {
    const m = re.exec(s);
    if (m) return m[1] === undefined ? { name } : { name, c: Number(m[1]) };
  }
  return undefined;
};
const option = (options: readonly string[], text: string): string => options.find((o) => normalise(o) === text)!;

/**
 * Reads sentences into steps, folding each "Find … / Keep the … object / <action on it>" group into one object step;
 * every other sentence goes to `single`. Errors name the user's step number (1-based sentence position).
 */
export function readSentences(
  sentences: readonly string[],
  single: (text: string, stepNumber: number) => Step,
): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!,
      s = normalise(text);
    const kind = kindOf(s);
    if (kind === undefined) {
      if (actionOn(s))
        throw new ParseError(i + 1, text.trim(), `no object is chosen for "it" to mean; say which first, ${HOW}`);
      if (CHOOSE.test(s))
        throw new ParseError(
          i + 1,
          text.trim(),
          `it does not say which objects to choose from; find them first, ${HOW}`,
        );
      steps.push(single(text, i + 1));
      continue;
    }
    const sel = CHOOSE.exec(normalise(sentences[i + 1] ?? ''))?.[1];
    const action = sel === undefined ? undefined : actionOn(normalise(sentences[i + 2] ?? ''));
    if (!action)
      throw new ParseError(
        i + 1,
        text.trim(),
        `the objects found here are never acted on; follow it with a step choosing one and an action on it, ${HOW}`,
      );
    const args = { sel: option(SELECTORS, sel!), objs: option(OBJECT_KINDS, kind) };
    steps.push({ name: action.name, args: action.c === undefined ? args : { ...args, c: action.c } });
    i += 2;
  }
  return steps;
}
