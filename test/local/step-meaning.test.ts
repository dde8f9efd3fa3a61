import { describe, expect, it } from 'vitest';
import { gridEquals, type Grid } from '../../src/arc/grid.js';
import { STEP_DEFS } from '../../src/local/index.js';
import { outcome, stepOf, withArg, type MeaningCase } from './_meaning.js';
import { BASIC_CASES } from './_meaning-basic.js';
import { SHAPE_CASES } from './_meaning-shape.js';
import { OBJECT_CASES } from './_meaning-objects.js';
import { PATTERN_CASES } from './_meaning-patterns.js';

const CASES: readonly MeaningCase[] = [...BASIC_CASES, ...SHAPE_CASES, ...OBJECT_CASES, ...PATTERN_CASES];
const same = (a: Grid | null, b: Grid | null): boolean => (a === null || b === null ? a === b : gridEquals(a, b));

describe('each step sentence does what it says on a hand-computed scene', () => {
  it.each(CASES)('%s (case %#)', (sentence, input, expected) => {
    expect(outcome(sentence, input)).toEqual(expected);
  });
});

/**
 * What the cases establish: for every step kind and every option of it, a case where that option's
 * hand-computed answer differs from what each other option of the same argument would give
 * (so wiring an option to its neighbour's meaning fails a case), and for steps without options a
 * case where the step changes the grid.
 */
function coverage(cases: readonly MeaningCase[]): { told: Set<string>; acts: Set<string> } {
  const told = new Set<string>(),
    acts = new Set<string>();
  for (const [sentence, input, expected] of cases) {
    const step = stepOf(sentence);
    if (!same(expected, input)) acts.add(step.name);
    for (const [key, type] of Object.entries(stepDefOf(step.name).args)) {
      if (type.kind !== 'enum') continue;
      for (const other of type.options)
        if (other !== step.args[key] && !same(outcome(withArg(step, key, other), input), expected))
          told.add(`${step.name} ${key}: "${String(step.args[key])}" not "${other}"`);
    }
  }
  return { told, acts };
}
const stepDefOf = (name: string) => STEP_DEFS.find((d) => d.name === name)!;

describe('the meaning cases cover the whole step language', () => {
  const { told, acts } = coverage(CASES);
  it('tell every option of every step apart from each other option of the same argument', () => {
    const missing = STEP_DEFS.flatMap((d) =>
      Object.entries(d.args).flatMap(([key, type]) =>
        type.kind !== 'enum'
          ? []
          : type.options.flatMap((o) =>
              type.options
                .filter((other) => other !== o)
                .map((other) => `${d.name} ${key}: "${o}" not "${other}"`)
                .filter((u) => !told.has(u)),
            ),
      ),
    );
    expect(missing).toEqual([]);
  });
  it('show every step changing a grid', () => {
    expect(STEP_DEFS.map((d) => d.name).filter((n) => !acts.has(n))).toEqual([]);
  });
});
