/** The registry of every step kind the language knows. */
import { BASIC_STEPS } from './steps-basic.js';
import { OBJECT_STEPS } from './steps-objects.js';
import { SHAPE_STEPS } from './steps-shape.js';
import { PATTERN_STEPS } from './steps-patterns.js';
import { FILL_STEPS } from './steps-fills.js';
import { LIST_STEPS } from './steps-lists.js';
import { PER_COLOUR_STEPS } from './steps-per-colour.js';
import { LAYER_STEPS } from './steps-layers.js';
import { LINES_CANVAS_STEPS } from './steps-lines-canvas.js';
import { SPREAD_STEPS } from './steps-spread.js';
import { CONTEXT_STEPS } from './steps-context.js';
import { PART_STEPS } from './steps-parts.js';
import type { StepDef } from './types.js';

export const STEP_DEFS: readonly StepDef[] = [
  ...BASIC_STEPS,
  ...SHAPE_STEPS,
  ...OBJECT_STEPS,
  ...PATTERN_STEPS,
  ...FILL_STEPS,
  ...LIST_STEPS,
  ...PER_COLOUR_STEPS,
  ...LINES_CANVAS_STEPS,
  ...LAYER_STEPS,
  ...SPREAD_STEPS,
  ...CONTEXT_STEPS,
  ...PART_STEPS,
];
const byName = new Map(STEP_DEFS.map((d) => [d.name, d]));
/** The step kind of a name (throws on an unknown name: a programming error). */
export function stepDef(name: string): StepDef {
  const d = byName.get(name);
  if (!d) throw new Error(`unknown step kind "${name}"`);
  return d;
}
