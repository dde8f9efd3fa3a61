/** The evolution engine's public surface. */
export * from './strategy.js';
export { leaveOneOut, scoreExample, scoreInstruction, summarise, type Fitness } from './fitness.js';
export { Population, rank, topK } from './population.js';
export { makeAttempts, pickAttempts, type AnswerOptions, type Answers } from './attempts.js';
export { solveTask, checkAttempts, type SolveTaskOptions } from './solve-task.js';
export { createLlmModel, type StructuredCaller } from './llm-model.js';
export * from './llm-schemas.js';
export * as prompts from './prompts.js';
export type * from './types.js';
export {
  DEFAULT_ASSUMPTIONS,
  estimateRun,
  type Bound,
  type EstimateAssumptions,
  type EstimateOptions,
  type RunEstimate,
  type TaskEstimate,
} from './estimate.js';
