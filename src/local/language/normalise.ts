/** Text normalisation shared by the parser and the printer, so that small wording variants read the same. */

const COLOUR_NAMES: readonly (readonly [string, number])[] = [
  ['black', 0],
  ['light blue', 8],
  ['dark red', 9],
  ['blue', 1],
  ['red', 2],
  ['green', 3],
  ['yellow', 4],
  ['grey', 5],
  ['magenta', 6],
  ['pink', 6],
  ['fuchsia', 6],
  ['orange', 7],
  ['azure', 8],
  ['cyan', 8],
  ['teal', 8],
  ['maroon', 9],
  ['brown', 9],
];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const NAMES = COLOUR_NAMES.map(([n]) => n).join('|');
const NAME_TO_NUMBER = new Map(COLOUR_NAMES);

/** Lower-cases and rewrites spelling variants, colour names, number words and punctuation to one form. */
export function normalise(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/color/g, 'colour')
    .replace(/\bgray\b/g, 'grey');
  s = s.replace(/\b(?:anti-clockwise|counter-clockwise|counterclockwise)\b/g, 'anticlockwise');
  s = s.replace(new RegExp(`\\bcolour (\\d)\\s*\\((?:${NAMES})\\)`, 'g'), 'colour $1');
  s = s.replace(
    new RegExp(`\\b(?:colour )?(${NAMES})\\b(?:\\s*\\((?:colour )?\\d\\))?(?: colour\\b)?`, 'g'),
    (_m, name: string) => `colour ${NAME_TO_NUMBER.get(name)}`,
  );
  s = s.replace(/\btwice\b/g, '2 times');
  NUMBER_WORDS.forEach((w, i) => {
    s = s.replace(new RegExp(`\\b${w}\\b`, 'g'), String(i));
  });
  s = s
    .replace(/[,;:!?"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\.+$/, '');
  return s;
}

/** `s` matched literally inside a regular expression. */
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regular-expression alternation matching any of `options` once normalised, longest first. */
export const alternatives = (options: readonly string[]): string =>
  options
    .map(normalise)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
