/** Scoring a given program on a task's train pairs (and running it on the test inputs). */
import type { Grid } from '../../arc/grid.js';
import { runProgram } from '../language/run.js';
import type { Program } from '../language/types.js';
import { judged, prepare, sizesAgree } from '../search/best-first.js';
import type { Found, Problem } from '../search/found.js';
import { trainScores } from './score.js';

export type { Problem } from '../search/found.js';

const prepared = new WeakMap<Problem, ReturnType<typeof prepare>>();
const preparedOf = (p: Problem) => {
  let v = prepared.get(p);
  if (!v) prepared.set(p, (v = prepare(p)));
  return v;
};

/** A found program's test outputs checked against the rules of `p`'s train outputs (see output-rules.ts). */
export const judge = (f: Found, p: Problem): Found => judged(f, p, preparedOf(p).rules);

/** The program's results, or null when it fails on any train or test input. */
export function evaluate(program: Program, p: Problem): Found | null {
  const grids: Grid[] = [];
  for (const g of [...p.ins, ...p.tests]) {
    const r = runProgram(program, g);
    if (!r) return null;
    grids.push(r);
  }
  const train = grids.slice(0, p.ins.length);
  const found = { program, grids, ...trainScores(train, p.outs), sizeOk: sizesAgree(grids, preparedOf(p).sizes) };
  return judge(found, p);
}
