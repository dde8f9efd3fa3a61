/**
 * Macros in the search: a mined concept is tried from a state as one move. Its steps are applied
 * in turn, each step's open arguments re-inferred by the planner's argument proposals on the
 * grids reached so far (kept to a small beam), and the best completion becomes one child. The
 * child's program holds the plain steps, so the printed instruction never names the macro.
 */
import type { Grid } from '../../arc/grid.js';
import type { MacroStep } from '../learn/concepts.js';
import { proposeArgs } from '../planner/arg-proposals.js';
import { stepDef } from '../language/steps.js';
import type { Args, Step } from '../language/types.js';
import type { Found } from './found.js';

/** What the search may be given: the macros to try (a concept's steps are enough). */
export interface MacroSource {
  readonly steps: readonly MacroStep[];
}

/** Partial results kept between a macro's steps. */
const BEAM = 4;
/** Argument choices tried for one open step. */
const CHOICES = 8;

const matches = (args: Args, fixed: Args): boolean => Object.entries(fixed).every(([k, v]) => args[k] === v);

/** The concrete steps a macro step may be on these grids: fixed arguments kept, open ones inferred. */
function concreteSteps(s: MacroStep, ins: readonly Grid[], outs: readonly Grid[]): Step[] {
  const def = stepDef(s.name);
  return proposeArgs(def, { ins, outs })
    .filter((a) => matches(a, s.fixed))
    .slice(0, CHOICES)
    .map((args) => ({ name: s.name, args }));
}

const better = (a: Found, b: Found): number =>
  Number(b.perfect) - Number(a.perfect) || b.closeness - a.closeness || b.fitness - a.fitness;

/**
 * The best state reached by applying `macro` from `node`, or null when no completion applies.
 * `apply` is the search's own step application (it books the budget); a state's first
 * `outs.length` grids are the train inputs.
 */
export function applyMacro<N extends Found>(
  node: N,
  macro: MacroSource,
  outs: readonly Grid[],
  apply: (from: N, step: Step) => N | null,
): N | null {
  let beam: N[] = [node];
  for (const s of macro.steps) {
    const next: N[] = [];
    for (const from of beam)
      for (const step of concreteSteps(s, from.grids.slice(0, outs.length), outs)) {
        const child = apply(from, step);
        if (child) next.push(child);
      }
    if (!next.length) return null;
    beam = next.sort(better).slice(0, BEAM);
  }
  return beam[0]!;
}
