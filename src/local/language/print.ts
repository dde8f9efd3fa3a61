/** Program → English: one numbered sentence per step. */
import { stepDef } from './steps.js';
import { layersText } from './_layers-text.js';
import { PLACES } from '../primitives/stamp.js';
import type { ArgType, ArgValue, ColourMap, Layers, Program, Step } from './types.js';

/** How one argument value is written. */
function argText(type: ArgType, v: ArgValue): string {
  switch (type.kind) {
    case 'colour':
      return `colour ${v as number}`;
    case 'int':
      return String(v);
    case 'enum':
      return String(v);
    case 'map':
      return pairs(v as ColourMap)
        .map(([a, b]) => `colour ${a} to colour ${b}`)
        .join(', ');
    case 'sizemap':
      return pairs(v as ColourMap)
        .map(([a, b]) => `${a < 0 ? 'others' : a} to colour ${b}`)
        .join(', ');
    case 'placemap':
      return pairs(v as ColourMap)
        .map(([a, b]) => `${PLACES[a]} to colour ${b}`)
        .join(', ');
    case 'layers':
      return layersText(v as Layers, printStep);
  }
}
const pairs = (m: ColourMap): [number, number][] =>
  Object.entries(m)
    .map(([k, v]) => [Number(k), v] as [number, number])
    .sort((a, b) => (a[0] < 0 ? 1 : b[0] < 0 ? -1 : a[0] - b[0]));

/** One step as a sentence. */
export function printStep(step: Step): string {
  const def = stepDef(step.name);
  return def.template.replace(/\{(\w+)\}/g, (_m, k: string) => argText(def.args[k]!, step.args[k]!));
}
/** A program as numbered sentences, one per line. */
export const printProgram = (program: Program): string => program.map((s, i) => `${i + 1}. ${printStep(s)}`).join('\n');
