/** The offline engine's public surface: the Model factory, the step language and the primitives. */
export { createLocalModel, type LocalModelOptions } from './model.js';
export { parseProgram, parseStep, splitSteps, tryParse } from './language/parse.js';
export { printProgram, printStep } from './language/print.js';
export { runProgram, runOrThrow } from './language/run.js';
export { STEP_DEFS, stepDef } from './language/steps.js';
export { ParseError, FollowError } from './language/errors.js';
export type { Program, Step, StepDef, Args, ArgType } from './language/types.js';
export { search, type SearchOptions } from './search/best-first.js';
export { rank, type Found } from './search/found.js';
export { HAND_PRIOR, taskFeatures, type SearchPrior, type TaskFeatures } from './search/prior.js';
export { predictSizes, sizeRule, SIZE_RULES, type Size, type SizeRule } from './search/size.js';
export { EFFORTS, EFFORT_NAMES, type Effort, type EffortSettings } from './search/effort.js';
export {
  containsMacro,
  mineMacros,
  MacroMiner,
  type Macro,
  type MacroStep,
  type MinableTrace,
  type MineOptions,
} from './learn/concepts.js';
export type { MacroSource } from './search/macros.js';
export { canonical } from './planner/propose.js';
export { PRIMITIVES } from './primitives/index.js';
export {
  PRIOR_EVIDENCE_TASKS,
  PRIOR_SMOOTHING,
  PriorTable,
  combinePriors,
  featuresOfTrain,
  fitPriorCounts,
  learnedPrior,
  mainParam,
  priorFeatures,
  priorTotals,
  strongestAssociations,
  type PriorAssociation,
  type PriorCount,
  type LearnedPrior,
  type PriorSample,
} from './learn/prior-fit.js';
export { priorSample } from './learn/samples.js';
