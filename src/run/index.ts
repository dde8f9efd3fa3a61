/** Solving many tasks: run folders, resume, shards, cascades, merge, progress. */
export { solveTasks, type RunProgress, type SolveTasksOptions } from './solve-tasks.js';
export { RunFolder, taskFileName } from './run-folder.js';
export { openBudgetLedger, BUDGET_FILE } from './budget-file.js';
export { mergeRuns, type MergeResult } from './merge.js';
export { buildSummary, summaryTable, type SummaryEntry, type SummaryInput } from './summary.js';
export { inShard, parseShard, shardOf, smallestFirst, taskCells, type Shard } from './schedule.js';
export type * from './run-files.js';
export { curriculumOrder, CURRICULUM_SIZE_WEIGHT } from './curriculum.js';
export { readRunFolder, parseEvents, type RunContents } from './read-run.js';
export { solve, selectTasks, strategyFor, runStamp, type SolveHooks, type SolveResult } from './solve.js';
export {
  resolveSolveConfig,
  resolveLibraryConfig,
  LibraryConfigSchema,
  RunSettingsSchema,
  type ConfigSources,
  type LibraryConfig,
  type RunSettings,
  type SolveConfig,
} from './config.js';
export {
  RUN_OPTIONS,
  LIBRARY_OPTIONS,
  DEFAULT_PRESET,
  DEFAULT_TRANSFER_PRESET,
  DEFAULT_TASK_CONCURRENCY,
  DEFAULT_LIBRARY,
  LOCAL_MODEL,
  type RunOptionSpec,
} from './options.js';
export { stagesFrom, endpointConfigured, type ModelStage } from './stages.js';
export { buildModels, type StageModels, type ModelOptions } from './models.js';
export { openConfiguredLibrary, embedderFor, type OpenHooks, type OpenOptions } from './open-library.js';
export type { RunLibrary } from './solve-tasks.js';
export { libraryPort, solvedTask, type FinishedTask, type SeedingOptions } from './library-port.js';
export { creditOf, observationOf, type CreditedTask } from './credit.js';
export { estimateSource, type EstimateSourceOptions } from './estimate.js';
export { withExecutionRetrieval, type TraceListing } from './execution-retrieval.js';
export {
  PriorLearner,
  livePrior,
  loadPrior,
  plannerPrior,
  rebuildPrior,
  summarisePrior,
  withPriorLearning,
  type LivePrior,
  type PriorSummary,
} from './learned-prior.js';
export {
  ConceptLearner,
  learnedConcepts,
  macrosOf,
  rebuildConcepts,
  type LearnedConcepts,
} from './learned-concepts.js';
export { rebuildLearned, type RebuiltLearned } from './rebuild-learned.js';
