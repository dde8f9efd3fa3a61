/**
 * What every train output obeys, checked on a program's test outputs. Many programs fit the train
 * pairs by accident (a table of the sizes seen, a colour the test input lacks); their test output
 * then tends to break a regularity that all train outputs share. Each rule below holds on every
 * train pair by construction, so a test output that breaks it is evidence against the program,
 * never proof: the ranking puts such programs after the others and drops none.
 */
import { gridEquals, type Grid } from '../../arc/grid.js';
import { colourMask, maskSize } from '../../arc/toolkit/colours.js';
import type { Found, Problem } from './found.js';

/** The regularities of a task's train outputs that a test output can be checked against. */
export interface OutputRules {
  /** The one colour set of every train output when they all share it, else null. */
  readonly palette: number | null;
  /** Colours in every train output and in no train input (the task always adds them). */
  readonly added: number;
  /** No train output is a single colour, so a test output should not be one either (unless its input is). */
  readonly varied: boolean;
  /** No train output equals its input, so the test output should change its input too. */
  readonly changes: boolean;
}

/** The rules every train pair of `p` obeys. */
export function outputRules(p: Problem): OutputRules {
  const outColours = p.outs.map(colourMask);
  const inColours = p.ins.map(colourMask);
  const shared = outColours.reduce((a, m) => a & m, outColours[0] ?? 0);
  return {
    palette: outColours.every((m) => m === outColours[0]) && p.outs.length > 1 ? outColours[0]! : null,
    added: shared & ~inColours.reduce((a, m) => a | m, 0),
    varied: outColours.every((m) => maskSize(m) > 1),
    changes: p.ins.every((g, i) => !gridEquals(g, p.outs[i]!)),
  };
}

/** One rule: its name, and whether a test output (of `input`) breaks it. */
export interface OutputRule {
  readonly name: string;
  readonly broken: (out: Grid, input: Grid, rules: OutputRules) => boolean;
}

export const OUTPUT_RULES: readonly OutputRule[] = [
  {
    name: 'colours from the shared palette',
    broken: (out, _in, r) => r.palette !== null && (colourMask(out) & ~r.palette) !== 0,
  },
  { name: 'the added colours present', broken: (out, _in, r) => (colourMask(out) & r.added) !== r.added },
  {
    name: 'more than one colour',
    broken: (out, input, r) => r.varied && maskSize(colourMask(out)) <= 1 && maskSize(colourMask(input)) > 1,
  },
  { name: 'differs from its input', broken: (out, input, r) => r.changes && gridEquals(out, input) },
];

/** The names of the rules one test output (of `input`) breaks. */
export const brokenRules = (out: Grid, input: Grid, rules: OutputRules): string[] =>
  OUTPUT_RULES.filter((r) => r.broken(out, input, rules)).map((r) => r.name);

/** The rules a program's test outputs break, summed over the test inputs (0 when it has none). */
export function ruleBreaks(f: Found, p: Problem, rules: OutputRules): number {
  const tests = f.grids.slice(p.ins.length);
  return tests.reduce((n, g, i) => n + brokenRules(g, p.tests[i]!, rules).length, 0);
}
