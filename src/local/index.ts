/** The offline engine's public surface: the Model factory, the step language and the primitives. */
export { createLocalModel, type LocalModelOptions } from './model.js';
export { parseProgram, parseStep, splitSteps } from './language/parse.js';
export { printProgram, printStep } from './language/print.js';
export { runProgram, runOrThrow } from './language/run.js';
export { STEP_DEFS, stepDef } from './language/steps.js';
export { ParseError, FollowError } from './language/errors.js';
export type { Program, Step, StepDef, Args, ArgType } from './language/types.js';
export { search, type Found, type SearchOptions } from './planner/search.js';
export { canonical } from './planner/propose.js';
export { PRIMITIVES } from './primitives/index.js';
