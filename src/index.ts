/** arcmem's public surface: everything the CLI does is reachable from here. */
export * from './errors.js';
export * from './arc/index.js';
export * from './datasets/index.js';
export * from './library/index.js';
export * from './embed/index.js';
export type * from './evolve/types.js';
export * from './evolve/index.js';
export * from './run/index.js';
export * from './llm/index.js';
export type * from './run/run-files.js';
export * from './experiment/index.js';
export * from './report/index.js';
export {
  createLocalModel,
  parseProgram,
  printProgram,
  runProgram,
  runOrThrow,
  STEP_DEFS,
  PRIMITIVES,
  ParseError,
  FollowError,
  HAND_PRIOR,
  combinePriors,
  fitPriorCounts,
  learnedPrior,
  priorTotals,
  strongestAssociations,
  taskFeatures,
  type PriorAssociation,
  type PriorCount,
  type PriorSample,
  type SearchPrior,
  type TaskFeatures,
  type LocalModelOptions,
  type Program as LocalProgram,
  type Step as LocalStep,
  type StepDef as LocalStepDef,
} from './local/index.js';
export { normaliseInstruction } from './instruction-text.js';
