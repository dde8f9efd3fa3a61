/** Carrying out a parsed program on a grid. */
import type { Grid } from '../../arc/grid.js';
import { FollowError } from './errors.js';
import { valid } from './_guard.js';
import { printStep } from './print.js';
import { stepDef } from './steps.js';
import type { Program, Step } from './types.js';

/** One step's result, or null when it does not apply (or leaves ARC's size limits). */
export function applyStep(g: Grid, step: Step): Grid | null {
  return valid(stepDef(step.name).apply(g, step.args, runProgram));
}
/** Runs every step in order; null as soon as one does not apply. */
export function runProgram(program: Program, g: Grid): Grid | null {
  let cur: Grid | null = g;
  for (const step of program) {
    cur = applyStep(cur, step);
    if (!cur) return null;
  }
  return cur;
}
/** Runs every step in order; throws FollowError naming the step that does not apply. */
export function runOrThrow(program: Program, g: Grid): Grid {
  let cur = g;
  program.forEach((step, i) => {
    const next = applyStep(cur, step);
    if (!next)
      throw new FollowError(
        i + 1,
        printStep(step),
        'it found nothing to act on or made a grid outside 1-30 cells per side',
      );
    cur = next;
  });
  return cur;
}
