import { describe, expect, it } from 'vitest';
import { gridEquals, type Grid } from '../../src/arc/grid.js';
import { STEP_DEFS, stepDef } from '../../src/local/index.js';
import type { ArgType, ArgValue } from '../../src/local/language/types.js';
import { outcome, stepOf, withArg, type MeaningCase } from './_meaning.js';
import { BASIC_CASES } from './_meaning-basic.js';
import { SHAPE_CASES } from './_meaning-shape.js';
import { OBJECT_CASES } from './_meaning-objects.js';
import { PATTERN_CASES } from './_meaning-patterns.js';
import { FILL_CASES } from './_meaning-fills.js';
import { LIST_CASES } from './_meaning-lists.js';
import { PER_COLOUR_CASES } from './_meaning-per-colour.js';
import { LAYER_CASES } from './_meaning-layers.js';
import { LINES_CANVAS_CASES } from './_meaning-lines-canvas.js';
import { SPREAD_CASES } from './_meaning-spread.js';
import { CONTEXT_CASES } from './_meaning-context.js';
import { PART_SYMMETRY_CASES } from './_meaning-part-symmetry.js';
import { PART_CASES } from './_meaning-parts.js';

const CASES: readonly MeaningCase[] = [
  ...BASIC_CASES,
  ...SHAPE_CASES,
  ...OBJECT_CASES,
  ...PATTERN_CASES,
  ...FILL_CASES,
  ...LIST_CASES,
  ...PER_COLOUR_CASES,
  ...LAYER_CASES,
  ...LINES_CANVAS_CASES,
  ...SPREAD_CASES,
  ...CONTEXT_CASES,
  ...PART_SYMMETRY_CASES,
  ...PART_CASES,
];
const same = (a: Grid | null, b: Grid | null): boolean => (a === null || b === null ? a === b : gridEquals(a, b));

describe('each step sentence does what it says on a hand-computed scene', () => {
  it.each(CASES)('%s (case %#)', (sentence, input, expected) => {
    expect(outcome(sentence, input)).toEqual(expected);
  });
});

/** Other values worth trying for a colour or number argument (none for options and maps, which have their own checks). */
function otherValues(type: ArgType, value: ArgValue): readonly ArgValue[] {
  if (type.kind === 'colour') return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((c) => c !== value);
  if (type.kind === 'int') return [(value as number) + 1, (value as number) - 1].filter((n) => n >= 0);
  return [];
}

/**
 * What the cases establish: for every step kind and every option of it, a case where that option's
 * hand-computed answer differs from what each other option of the same argument would give
 * (so wiring an option to its neighbour's meaning fails a case); for every colour and number
 * argument, a case where another value gives another answer (so a step ignoring it fails a case);
 * and for every step, a case where it changes the grid.
 */
function coverage(cases: readonly MeaningCase[]): { told: Set<string>; used: Set<string>; acts: Set<string> } {
  const told = new Set<string>(),
    used = new Set<string>(),
    acts = new Set<string>();
  for (const [sentence, input, expected] of cases) {
    const step = stepOf(sentence);
    const differs = (key: string, value: ArgValue) => !same(outcome(withArg(step, key, value), input), expected);
    if (!same(expected, input)) acts.add(step.name);
    for (const [key, type] of Object.entries(stepDef(step.name).args)) {
      if (type.kind === 'enum') {
        for (const other of type.options)
          if (other !== step.args[key] && differs(key, other))
            told.add(`${step.name} ${key}: "${String(step.args[key])}" not "${other}"`);
      } else if (otherValues(type, step.args[key]!).some((v) => differs(key, v))) used.add(`${step.name} ${key}`);
    }
  }
  return { told, used, acts };
}

describe('the meaning cases cover the whole step language', () => {
  let computed: ReturnType<typeof coverage> | undefined;
  const covered = () => (computed ??= coverage(CASES));
  it('tell every option of every step apart from each other option of the same argument', () => {
    const missing = STEP_DEFS.flatMap((d) =>
      Object.entries(d.args).flatMap(([key, type]) =>
        type.kind !== 'enum'
          ? []
          : type.options.flatMap((o) =>
              type.options
                .filter((other) => other !== o)
                .map((other) => `${d.name} ${key}: "${o}" not "${other}"`)
                .filter((u) => !covered().told.has(u)),
            ),
      ),
    );
    expect(missing).toEqual([]);
  });
  it('show every colour and number argument changing the answer', () => {
    const args = STEP_DEFS.flatMap((d) =>
      Object.entries(d.args)
        .filter(([, type]) => type.kind === 'colour' || type.kind === 'int')
        .map(([key]) => `${d.name} ${key}`),
    );
    expect(args.filter((a) => !covered().used.has(a))).toEqual([]);
  });
  it('show every step changing a grid', () => {
    expect(STEP_DEFS.map((d) => d.name).filter((n) => !covered().acts.has(n))).toEqual([]);
  });
});
