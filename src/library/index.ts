/** The persistent library of instruction traces (LanceDB): store, retrieval, admin. */
export { openLibrary } from './library.js';
export type { Library, LibraryOptions, Lineage, ListOptions } from './library.js';
export { LibraryError, LibraryImportError, type ImportProblem } from './errors.js';
export { SCHEMA_VERSION, DEFAULT_EMBED_DIM, TraceEntrySchema, type TraceEntry } from './schema.js';
export { normaliseInstruction, datasetOf } from './traces.js';
export type { Neighbour, RetrievalFilter } from './retrieval.js';
export { FINGERPRINT_INDEX_MIN_ROWS, type LibraryStats, type PruneCriteria, type PruneResult, type CompactResult } from './admin.js';
export type { SearchHit } from './search.js';
export type { ImportResult } from './transfer.js';
