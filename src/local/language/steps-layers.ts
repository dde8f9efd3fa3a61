/**
 * The step that composes pieces: several sub-programs run on the same grid, their results drawn
 * in order, each over the ones before except where it shows the transparent colour. It is how a
 * program made of partial solutions (each right on part of the cells) is written in English.
 */
import { sameShape, type Grid } from '../../arc/grid.js';
import { overlay } from '../primitives/split.js';
import { colourArg, layers, num, type StepDef } from './types.js';

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
];
