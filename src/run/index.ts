/** Solving many tasks: run folders, resume, shards, cascades, merge, progress. */
export { solveTasks, type RunProgress, type SolveTasksOptions } from './solve-tasks.js';
export { RunFolder, taskFileName } from './run-folder.js';
export { mergeRuns, type MergeResult } from './merge.js';
export { buildSummary, summaryTable, type SummaryEntry, type SummaryInput } from './summary.js';
export { inShard, parseShard, shardOf, smallestFirst, taskCells, type Shard } from './schedule.js';
export type * from './format.js';
export { curriculumOrder, CURRICULUM_SIZE_WEIGHT } from './curriculum.js';
