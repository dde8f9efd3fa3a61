/**
 * Helpers for the step-meaning tests: grids written as digit strings, a case as sentence → input → expected
 * output (null when the step must not apply), and running a sentence the way a follower does.
 */
import type { Grid } from '../../src/arc/grid.js';
import { FollowError, parseProgram, printProgram, runProgram, type Step } from '../../src/local/index.js';
import type { ArgValue } from '../../src/local/language/types.js';

/** A grid from rows of digits: G('120', '003'). */
export const G = (...rows: string[]): Grid => rows.map((r) => [...r].map(Number));

/** One hand-computed case: the sentence, the input, and what the sentence means for it (null: nothing to act on). */
export type MeaningCase = readonly [sentence: string, input: Grid, expected: Grid | null];

/** The grid a sentence turns `input` into, or null when it does not apply. */
export function outcome(sentence: string, input: Grid): Grid | null {
  try {
    return runProgram(parseProgram(sentence), input);
  } catch (e) {
    if (e instanceof FollowError) return null;
    throw e;
  }
}

/** The single step a case's sentence reads as (a case states one step). */
export function stepOf(sentence: string): Step {
  const program = parseProgram(sentence);
  if (program.length !== 1) throw new Error(`a meaning case states one step, got ${program.length}: ${sentence}`);
  return program[0]!;
}

/** The sentence of a step with one argument changed. */
export const withArg = (step: Step, key: string, value: ArgValue): string =>
  printProgram([{ name: step.name, args: { ...step.args, [key]: value } }]).replace(/^1\. /, '');
