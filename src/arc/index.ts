/** arc/: grids, tasks, loading, rendering, diffs, scoring, fingerprints, file formats and the one grid toolkit. */
export * from './grid.js';
export * from './task.js';
export * from './toolkit/index.js';
export { parseTask, parseJson, parseSolutions, isCombinedForm, withSolutions } from './parse.js';
export { loadSolutions, loadTask, loadTasks, resolveSource, type LoadOptions, type LoadResult } from './load.js';
export {
  ARC_PALETTE,
  diffGrids,
  gridFromText,
  gridLines,
  gridToText,
  renderDiff,
  renderGrid,
  renderSideBySide,
  visibleLength,
  type CellError,
  type GridDiff,
  type RenderOptions,
} from './render.js';
export { FINGERPRINT_DIM, cosineDistance, fingerprint, taskHash } from './fingerprint.js';
export { exactMatch, passAt2, scoreSubmission, scoreTask, type ScoreReport, type TaskScore } from './score.js';
export {
  AttemptPairSchema,
  PLACEHOLDER_GRID,
  SubmissionSchema,
  benchmarkingTaskFile,
  completeAttempts,
  parseSubmission,
  readSubmission,
  serializeSubmission,
  writeBenchmarkingFiles,
  writeSubmission,
  type AttemptInfo,
  type AttemptPair,
  type BenchmarkingAttempt,
  type BenchmarkingTaskFile,
  type Submission,
} from './submission.js';
export { mulberry32, seededShuffle } from './random.js';
