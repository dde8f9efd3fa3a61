/**
 * The steps that carry out sub-programs. `layers` composes pieces: several sub-programs run on the
 * same grid, their results drawn in order, each over the ones before except where it shows the
 * transparent colour; it is how a program made of partial solutions (each right on part of the
 * cells) is written in English. `by-colour-rank` runs one sub-program with the colours renamed by
 * how common they are, so that a rule about "the most common colour" and "the rarest colour" reads
 * the same on every pair whatever colours each pair uses; `by-colour-rank-keeping` does so leaving
 * one colour as it is (a colour the rule paints, that the inputs do not show).
 */
import { sameShape, type Colour, type Grid } from '../../arc/grid.js';
import { mapColours, nameBack, renameByCount } from '../primitives/colour.js';
import { overlay } from '../primitives/split.js';
import { colourArg, layers, num, type Args, type RunProgram, type StepDef } from './types.js';

/** Runs `program` on `g` renamed by cell count (`renameByCount`), then names the colours back; null when the result shows a colour the renaming did not give. */
function runRenamed(g: Grid, a: Args, run: RunProgram, keep: Colour | null): Grid | null {
  const [program, ...more] = layers(a, 'layers');
  if (!program || more.length) return null;
  const renaming = renameByCount(g, keep);
  const r = run(program, mapColours(g, renaming.to));
  return r && nameBack(r, renaming);
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
    apply: (g, a, run) => runRenamed(g, a, run, null),
  },
  {
    name: 'by-colour-rank-keeping',
    template:
      'Leave {c} as it is and rename the other colours by how many cells each has, the most common as the lowest colour number it does not use, the next as the next such number and so on, carry out these steps on the renamed grid, and give every renamed colour its own name back: {layers}.',
    args: { c: colourArg, layers: { kind: 'layers' } },
    apply: (g, a, run) => runRenamed(g, a, run, num(a, 'c')),
  },
];
