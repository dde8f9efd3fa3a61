/** Solved traces as the prior's evidence: the instruction parsed in the step language, the task's features. */
import type { Grid } from '../../arc/grid.js';
import { tryParse } from '../language/parse.js';
import { featuresOfTrain, type PriorSample } from './prior-fit.js';

/** A perfect trace's sample; null when its instruction is not in the step language (a language model's prose). */
export function priorSample(
  task: string,
  instruction: string,
  train: readonly (readonly [Grid, Grid])[],
): PriorSample | null {
  const program = tryParse(instruction);
  return program && program.length ? { task, features: featuresOfTrain(train), program } : null;
}
