/**
 * The repairer and the pooler: edits of known programs, scored on the train pairs.
 * Repair tries neighbouring argument values, dropping a step, and extending the program by a
 * short search from where it stands (a crop or scale for a wrong shape, a colour map for wrong
 * colours, a fix-up step for a few wrong cells). Pooling splices prefixes and suffixes of parents.
 */
import type { ExampleResult } from '../../evolve/types.js';
import { sameShape, type Grid } from '../../arc/grid.js';
import { runProgram } from '../language/run.js';
import { stepDef } from '../language/steps.js';
import type { Program } from '../language/types.js';
import { proposeArgs } from './arg-proposals.js';
import { evaluate, judge, type Problem } from './evaluate.js';
import { search, type SearchOptions } from '../search/best-first.js';
import { rank, type Found } from '../search/found.js';

/** Programs one argument change or one deleted step away from `program`. */
function neighbours(program: Program, p: Problem): Program[] {
  const out: Program[] = [];
  program.forEach((step, i) => {
    const before = program.slice(0, i);
    const ins = p.ins.map((g) => runProgram(before, g)).filter((g): g is Grid => g !== null);
    if (ins.length < p.ins.length) return;
    for (const args of proposeArgs(stepDef(step.name), { ins, outs: p.outs })) {
      out.push([...before, { name: step.name, args }, ...program.slice(i + 1)]);
    }
    if (program.length > 1) out.push([...before, ...program.slice(i + 1)]);
  });
  return out;
}

/** Repairs of one program, best first. */
export async function repairProgram(program: Program, p: Problem, opts: SearchOptions): Promise<Found[]> {
  const scored = neighbours(program, p)
    .map((q) => evaluate(q, p))
    .filter((f): f is Found => f !== null);
  const at = evaluate(program, p);
  const extended = at
    ? await search(
        { ins: at.grids.slice(0, p.ins.length), outs: p.outs, tests: at.grids.slice(p.ins.length) },
        { ...opts, maxDepth: 2, widths: [20] },
        program,
      )
    : [];
  // The extension searched from the parent's results: its test outputs are judged against the real test inputs.
  return rank([...scored, ...extended.map((f) => judge(f, p))], p.ins.length);
}

/** Splices of parents: a prefix of one followed by a suffix of another, best first. */
export function poolPrograms(parents: readonly Program[], p: Problem): Found[] {
  const out: Found[] = [];
  for (const a of parents)
    for (const b of parents) {
      if (a === b) continue;
      for (let i = 0; i <= a.length; i++)
        for (let j = 0; j < b.length; j++) {
          const f = evaluate([...a.slice(0, i), ...b.slice(j)], p);
          if (f) out.push(f);
        }
    }
  return rank(out, p.ins.length);
}

/** A one-line diagnosis of what the parent got wrong, from its examples. */
export function diagnose(examples: readonly ExampleResult[]): string {
  if (examples.some((e) => e.output === null)) return 'a step did not apply to some inputs';
  if (examples.some((e) => e.output && !sameShape(e.output, e.expected)))
    return 'wrong output shape: changing or adding a crop, scale or tile step';
  if (examples.every((e) => e.exact)) return 'already perfect on training';
  return 'right shape, wrong cells: trying neighbouring parameters, a colour map or a fix-up step';
}
