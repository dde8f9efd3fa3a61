/**
 * The steps that carry out sub-programs. `layers` composes pieces: several sub-programs run on the
 * same grid, their results drawn in order, each over the ones before except where it shows the
 * transparent colour; it is how a program made of partial solutions (each right on part of the
 * cells) is written in English. `by-colour-rank` runs one sub-program with the colours renamed by
 * how common they are, so that a rule about "the most common colour" and "the rarest colour" reads
 * the same on every pair whatever colours each pair uses.
 */
import { sameShape, type Grid } from '../../arc/grid.js';
import { coloursByCount, mapColours } from '../primitives/colour.js';
import { overlay } from '../primitives/split.js';
import { colourArg, layers, num, type Program, type RunProgram, type StepDef } from './types.js';

/** Runs `program` on `g` with its colours renamed by rank (most cells first as colour 0), then names them back; null when the result shows a rank the grid has no colour for. */
function runByColourRank(g: Grid, program: Program, run: RunProgram): Grid | null {
  const order = coloursByCount(g);
  const r = run(program, mapColours(g, Object.fromEntries(order.map((c, i) => [c, i]))));
  if (!r || r.some((row) => row.some((v) => v >= order.length))) return null;
  return mapColours(r, Object.fromEntries(order.map((c, i) => [i, c])));
}

export const LAYER_STEPS: readonly StepDef[] = [
  {
    name: 'layers',
    template: 'Stack these layers, each covering the ones below except where it shows {c}, bottom first: {layers}.',
    args: { c: colourArg, layers: { kind: 'layers' } },
    apply: (g, a, run) => {
      const drawn: Grid[] = [];
      for (const program of layers(a, 'layers')) {
        const r = run(program, g);
        if (!r || (drawn.length && !sameShape(r, drawn[0]!))) return null;
        drawn.push(r);
      }
      return drawn.length ? overlay(drawn, num(a, 'c')) : null;
    },
  },
  {
    name: 'by-colour-rank',
    template:
      'Rename the colours by how many cells each has, the most common as colour 0, the next as colour 1 and so on, carry out these steps on the renamed grid, and give every colour its own name back: {layers}.',
    args: { layers: { kind: 'layers' } },
    apply: (g, a, run) => {
      const [program, ...more] = layers(a, 'layers');
      return program && !more.length ? runByColourRank(g, program, run) : null;
    },
  },
];
