/**
 * `openLibrary`: the persistent library of instruction traces over LanceDB. The handle it
 * returns is what solving needs: retrieval for seeding a task and storing a finished one.
 * Browsing is `libraryReader(library)` (reader.ts); upkeep and sharing are the functions of
 * admin.ts and exchange.ts, which take the handle.
 */
import { taskHash, type Task } from '../arc/index.js';
import type { Embedder } from '../embed/index.js';
import { normaliseInstruction } from '../instruction-text.js';
import { attachHandle, type Handle } from './_handle.js';
import { sqlString } from './_sql.js';
import { openStore } from './_store.js';
import { appendUnique, traceId } from './_unique-append.js';
import { MAX_INSTRUCTION_CHARS } from './import-limits.js';
import { ensureFingerprintIndex } from './_fingerprint-index.js';
import { exactHits, nearestHits, relatedHits, type RetrievalPolicy, type TraceHit } from './retrieval.js';
import { DEFAULT_EMBED_DIM, toRow, type TraceEntry } from './schema.js';
import type { SolvedTask, StoreOptions } from './solved-task.js';
import { datasetOf, tracesFor } from './traces.js';
import { readUtility, recordUtility, type UtilityCounts, type UtilityQuery, type UtilityUpdate } from './utility.js';

export interface LibraryOptions {
  /** A folder path or any URI LanceDB accepts (s3://, gs://, az://...). Created on first use. */
  readonly uri: string;
  /** false: a library that does not exist yet is an error (LibraryError) instead of being created. Default true. */
  readonly create?: boolean;
  /** Embeds instructions for `related` and semantic search; null/absent: fingerprints and full text only. */
  readonly embedder?: Embedder | null;
  /**
   * Build the approximate fingerprint index now if the library is large enough and has none
   * (safe alongside other writers). For solve runs; read-only uses leave it false (default).
   */
  readonly indexFingerprints?: boolean;
  /** Non-fatal problems (embedding unavailable...), each said once. */
  readonly onWarning?: (message: string) => void;
}

/** An open library: what seeding and storing a task need. */
export interface Library {
  readonly uri: string;
  /** The embedder in use, when its vectors fit this library. */
  readonly embedder: Embedder | null;
  /** The k nearest perfect traces by task fingerprint, as the policy allows (own task excluded by default). */
  similar(task: Task, k: number, policy?: RetrievalPolicy): Promise<TraceHit[]>;
  /** Perfect traces stored for a task with the same content (any id), fittest first. */
  exactHits(task: Task): Promise<TraceHit[]>;
  /** Perfect traces whose instruction embedding is near `text` (none without an embedder). */
  related(text: string, k: number, task: Task, policy?: RetrievalPolicy): Promise<TraceHit[]>;
  /** Stores a finished task's perfect candidates (and its near miss, if asked); returns rows written. */
  store(solved: SolvedTask, options?: StoreOptions): Promise<number>;
  /**
   * Adds one observation's utility counts (what a finished task was offered and what helped it).
   * `observation` names it uniquely (task and start time): recording it again adds nothing.
   */
  recordUse(observation: string, updates: readonly UtilityUpdate[]): Promise<number>;
  /** Summed utility counters, keyed `kind:id` (utilityKey); items never observed are absent. */
  utility(query?: UtilityQuery): Promise<Map<string, UtilityCounts>>;
  close(): void;
}

/** Opens the library at `opts.uri` (creating it when absent). Throws LibraryError. */
export async function openLibrary(opts: LibraryOptions): Promise<Library> {
  const warned = new Set<string>();
  const warnOnce = (key: string, message: string): void => {
    if (warned.has(key)) return;
    warned.add(key);
    opts.onWarning?.(message);
  };
  const store = await openStore(opts.uri, opts.embedder?.dim ?? DEFAULT_EMBED_DIM, opts.create ?? true);
  let embedder = opts.embedder ?? null;
  if (embedder && embedder.dim !== store.embedDim) {
    warnOnce(
      'dim',
      `embedding model ${embedder.modelId} makes ${embedder.dim}-number vectors but library ${opts.uri} stores ${store.embedDim}; text-embedding retrieval is off for this library`,
    );
    embedder = null;
  }
  if (opts.indexFingerprints) {
    await ensureFingerprintIndex(store).catch((err: unknown) =>
      warnOnce(
        'index',
        `could not build the fingerprint index of ${opts.uri} (${String(err)}); retrieval stays exact (slower on large libraries)`,
      ),
    );
  }
  const handle: Handle = { store, embedder, warnOnce };
  const library: Library = {
    uri: store.uri,
    embedder,
    similar: (task, k, policy = {}) => nearestHits(store, task, k, policy),
    exactHits: (task) => exactHits(store, task),
    related: (text, k, task, policy = {}) => relatedHits(store, embedder, text, k, task, policy),
    store: (solved, options = {}) => storeSolved(handle, solved, options),
    recordUse: (observation, updates) => recordUtility(store, observation, updates, new Date()),
    utility: (query = {}) => readUtility(store, query),
    close: () => store.table.close(),
  };
  return attachHandle(library, handle);
}

async function storeSolved(h: Handle, solved: SolvedTask, options: StoreOptions): Promise<number> {
  const stored = await h.store.table
    .query()
    .where(`task_hash = ${sqlString(taskHash(solved.task))}`)
    .select(['instruction'])
    .toArray();
  const entries = tracesFor(solved, {
    dataset: options.dataset ?? datasetOf(solved.task),
    storeNearMisses: options.storeNearMisses ?? false,
    known: new Set(stored.map((r) => normaliseInstruction(String(r.instruction)))),
    now: new Date(),
    newId: traceId,
  });
  // `known` skips what is stored already (rows of older libraries have random ids); the
  // content-keyed merge skips what a concurrent writer stores meanwhile.
  // An instruction over the import limit would never be retrieved, and no other library could import it.
  const showable = entries.filter((e) => e.instruction.length <= MAX_INSTRUCTION_CHARS);
  return appendUnique(h.store, await withVectors(h, showable));
}

/** Adds text vectors when the embedder works; otherwise stores without (reembed fills them). */
async function withVectors(h: Handle, entries: TraceEntry[]): Promise<TraceEntry[]> {
  const embedder = h.embedder;
  if (!embedder || entries.length === 0) return entries;
  try {
    const vectors = await embedder.embed(entries.map((e) => e.instruction));
    return entries.map((e, i) => ({ ...e, textVector: Array.from(vectors[i]!), embedModel: embedder.modelId }));
  } catch (err) {
    h.warnOnce(
      'embed',
      `${err instanceof Error ? err.message : String(err)}; storing traces without text vectors (run \`arcmem library reembed\` later)`,
    );
    return entries;
  }
}
