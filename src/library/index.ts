/**
 * The persistent library of instruction traces (LanceDB). `openLibrary` gives the handle that
 * solving uses (retrieve, store); `libraryReader` reads it for people and pages; the admin
 * and exchange functions maintain and share it.
 */
export { openLibrary, type Library, type LibraryOptions } from './library.js';
export type { SolvedTask, StoreOptions, TraceCandidate, TraceModels } from './solved-task.js';
export type { Neighbour, RetrievalFilter, RetrievalPolicy, TraceHit } from './retrieval.js';
export { libraryReader, type EntryView, type LibraryReader, type Lineage, type ListOptions } from './reader.js';
export type { InstructionMatch } from './instruction-search.js';
export type { LibraryStats } from './stats.js';
export { storedTask, entryTask } from './entry-task.js';
export {
  FINGERPRINT_INDEX_MIN_ROWS,
  addEntries,
  compactLibrary,
  pruneLibrary,
  reembedLibrary,
  type CompactOptions,
  type CompactResult,
  type PruneCriteria,
  type PruneResult,
} from './admin.js';
export { exportLibrary, importLibrary, type ImportOptions, type ImportResult } from './exchange.js';
export { DEFAULT_IMPORT_LIMITS, MAX_INSTRUCTION_CHARS, type ImportLimits } from './import-limits.js';
export { LibraryError, LibraryImportError, type ImportProblem } from './errors.js';
export { SCHEMA_VERSION, DEFAULT_EMBED_DIM, TraceEntrySchema, type TraceEntry } from './schema.js';
export { datasetOf } from './traces.js';
export {
  UTILITY_KINDS,
  utilityKey,
  type UtilityCounts,
  type UtilityKind,
  type UtilityQuery,
  type UtilityUpdate,
} from './utility.js';
export {
  NEUTRAL_HELPFULNESS,
  UTILITY_WEIGHT,
  helpfulness,
  rankByUtility,
  utilityBonus,
  withinReach,
} from './utility-rank.js';
export { checkMinOffered, type UsefulItem, type Usefulness } from './usefulness.js';
export {
  PRIOR_TABLE,
  perfectTraces,
  readPriorRows,
  writePriorRows,
  type LearningTrace,
  type PriorRow,
} from './prior-table.js';
export {
  CONCEPTS_TABLE,
  addLesson,
  nearestLessons,
  readConcepts,
  replaceMacros,
  type ConceptEntry,
  type ConceptInput,
  type ConceptKind,
  type ConceptStep,
  type LessonInput,
} from './concepts.js';
