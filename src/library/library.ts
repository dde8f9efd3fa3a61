/**
 * `openLibrary`: the persistent library of instruction traces over LanceDB. Implements the
 * LibraryPort that evolution and runs use, plus read APIs (reports, the browser page) and the
 * admin operations behind `arcmem library ...`.
 */
import { randomUUID } from 'node:crypto';
import { taskHash, type Task } from '../arc/index.js';
import type { Embedder } from '../embed/index.js';
import type { LibraryHit, LibraryPort } from '../evolve/types.js';
import type { TaskRecord } from '../run/format.js';
import { sqlString, whereAll } from './_sql.js';
import { openStore, type Store } from './_store.js';
import { compactLibrary, ensureFingerprintIndex, libraryStats, pruneLibrary, reembedLibrary, type CompactResult, type LibraryStats, type PruneCriteria, type PruneResult } from './admin.js';
import { HIT_COLUMNS, exactTraces, nearestTraces, relatedTraces, toHit, type Neighbour, type RetrievalFilter, type RetrievalOptions } from './retrieval.js';
import { DEFAULT_EMBED_DIM, fromRow, toRow, type TraceEntry } from './schema.js';
import { searchTraces, type SearchHit } from './search.js';
import { datasetOf, normaliseInstruction, tracesFor } from './traces.js';
import { exportJsonl, importJsonl, type ImportResult } from './transfer.js';

export interface LibraryOptions {
  /** A folder path or any URI LanceDB accepts (s3://, gs://, az://...). Created on first use. */
  readonly uri: string;
  /** false: a library that does not exist yet is an error (LibraryError) instead of being created. Default true. */
  readonly create?: boolean;
  /** Embeds instructions for `related` and semantic search; null/absent: fingerprints only. */
  readonly embedder?: Embedder | null;
  /** similar()/related() offer a task's own traces too (default false: excluded by id and content hash). */
  readonly reuseSolved?: boolean;
  /** Also store the best imperfect candidate of an unsolved task, flagged as a near miss. */
  readonly storeNearMisses?: boolean;
  /** Dataset name written with new traces; default: derived from the task's source path. */
  readonly dataset?: string;
  /** Restricts what retrieval offers (dataset, model). */
  readonly filter?: RetrievalFilter;
  /**
   * Build the approximate fingerprint index now if the library is large enough and has none
   * (safe alongside other writers). For solve runs; read-only uses leave it false (default).
   */
  readonly indexFingerprints?: boolean;
  /** Non-fatal problems (embedding unavailable...), each said once. */
  readonly onWarning?: (message: string) => void;
}

/** Where an entry came from and what it seeded. */
export interface Lineage {
  readonly entry: TraceEntry;
  /** Library entries in its ancestry (that still exist). */
  readonly seeds: TraceEntry[];
  /** Entries whose ancestry includes it. */
  readonly descendants: TraceEntry[];
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  readonly dataset?: string;
  readonly taskId?: string;
  /** Entries whose id starts with this (ids are printed shortened). */
  readonly idPrefix?: string;
}

export interface Library extends LibraryPort {
  readonly uri: string;
  /** Stores a finished task's perfect candidates (and near-miss if configured); returns rows written. */
  store(task: Task, record: TaskRecord): Promise<number>;
  /** The embedder in use, when its vectors fit this library. */
  readonly embedder: Embedder | null;
  /** What a task would retrieve, with distances (sameTask rows only with includeSameTask). */
  similarToTask(task: Task, k?: number, opts?: { includeSameTask?: boolean }): Promise<Neighbour[]>;
  stats(): Promise<LibraryStats>;
  /** Full-text (and, with an embedder, semantic) search over instructions. */
  search(text: string, k?: number): Promise<SearchHit[]>;
  get(id: string): Promise<TraceEntry | null>;
  list(opts?: ListOptions): Promise<TraceEntry[]>;
  /** Entries whose ancestry includes `id`. */
  seededBy(id: string): Promise<TraceEntry[]>;
  lineage(id: string): Promise<Lineage | null>;
  /** Appends entries as given (ids must be new). */
  add(entries: readonly TraceEntry[]): Promise<number>;
  exportJsonl(file: string): Promise<number>;
  importJsonl(file: string, opts?: { skipInvalid?: boolean }): Promise<ImportResult>;
  prune(criteria: PruneCriteria, opts?: { apply?: boolean }): Promise<PruneResult>;
  /** Embeds every entry lacking a vector from the current embedder. */
  reembed(opts?: { onProgress?: (done: number, total: number) => void }): Promise<number>;
  compact(): Promise<CompactResult>;
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
    warnOnce('dim', `embedding model ${embedder.modelId} makes ${embedder.dim}-number vectors but library ${opts.uri} stores ${store.embedDim}; text-embedding retrieval is off for this library`);
    embedder = null;
  }
  if (opts.indexFingerprints) {
    await ensureFingerprintIndex(store).catch((err: unknown) =>
      warnOnce('index', `could not build the fingerprint index of ${opts.uri} (${String(err)}); retrieval stays exact (slower on large libraries)`),
    );
  }
  return new LanceLibrary(store, embedder, opts, warnOnce);
}

class LanceLibrary implements Library {
  private readonly retrieval: RetrievalOptions;
  constructor(
    private readonly db: Store,
    readonly embedder: Embedder | null,
    private readonly opts: LibraryOptions,
    private readonly warnOnce: (key: string, message: string) => void,
  ) {
    this.retrieval = { reuseSolved: opts.reuseSolved ?? false, filter: opts.filter ?? {} };
  }

  get uri(): string {
    return this.db.uri;
  }

  async similar(task: Task, k: number): Promise<LibraryHit[]> {
    return (await nearestTraces(this.db, task, k, this.retrieval, HIT_COLUMNS)).map(toHit);
  }

  async exactHits(task: Task): Promise<LibraryHit[]> {
    return (await exactTraces(this.db, task)).map((entry) => toHit({ entry, distance: 0, sameTask: true }));
  }

  async related(instruction: string, k: number, task: Task): Promise<LibraryHit[]> {
    return (await relatedTraces(this.db, this.embedder, instruction, k, task, this.retrieval)).map(toHit);
  }

  async store(task: Task, record: TaskRecord): Promise<number> {
    const stored = await this.db.table.query().where(`task_hash = ${sqlString(taskHash(task))}`).select(['instruction']).toArray();
    const entries = tracesFor(task, record, {
      dataset: this.opts.dataset ?? datasetOf(task),
      storeNearMisses: this.opts.storeNearMisses ?? false,
      known: new Set(stored.map((r) => normaliseInstruction(String(r.instruction)))),
      now: new Date(),
      newId: randomUUID,
    });
    return this.add(await this.withVectors(entries));
  }

  /** Adds text vectors when the embedder works; otherwise stores without (reembed fills them). */
  private async withVectors(entries: TraceEntry[]): Promise<TraceEntry[]> {
    if (!this.embedder || entries.length === 0) return entries;
    try {
      const vectors = await this.embedder.embed(entries.map((e) => e.instruction));
      return entries.map((e, i) => ({ ...e, textVector: Array.from(vectors[i]!), embedModel: this.embedder!.modelId }));
    } catch (err) {
      this.warnOnce('embed', `${err instanceof Error ? err.message : String(err)}; storing traces without text vectors (run \`arcmem library reembed\` later)`);
      return entries;
    }
  }

  async add(entries: readonly TraceEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    await this.db.table.add(entries.map(toRow));
    return entries.length;
  }

  similarToTask(task: Task, k = 10, opts: { includeSameTask?: boolean } = {}): Promise<Neighbour[]> {
    return nearestTraces(this.db, task, k, { ...this.retrieval, reuseSolved: opts.includeSameTask ?? this.retrieval.reuseSolved });
  }

  stats(): Promise<LibraryStats> {
    return libraryStats(this.db);
  }

  search(text: string, k = 10): Promise<SearchHit[]> {
    return searchTraces(this.db, this.embedder, text, k);
  }

  async get(id: string): Promise<TraceEntry | null> {
    const rows = await this.db.table.query().where(`id = ${sqlString(id)}`).limit(1).toArray();
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async list(opts: ListOptions = {}): Promise<TraceEntry[]> {
    const where = whereAll([
      opts.dataset === undefined ? undefined : `dataset = ${sqlString(opts.dataset)}`,
      opts.taskId === undefined ? undefined : `task_id = ${sqlString(opts.taskId)}`,
      opts.idPrefix === undefined ? undefined : `id LIKE ${sqlString(`${opts.idPrefix.replace(/[%_]/g, '')}%`)}`,
    ]);
    let q = this.db.table.query();
    if (where) q = q.where(where);
    const rows = await q.limit(opts.limit ?? 100).offset(opts.offset ?? 0).toArray();
    return rows.map(fromRow);
  }

  async seededBy(id: string): Promise<TraceEntry[]> {
    // A LIKE wildcard in an id only widens the match; the exact check below decides.
    const needle = JSON.stringify(id);
    const rows = await this.db.table.query().where(`seeded_by LIKE ${sqlString(`%${needle}%`)}`).toArray();
    return rows.map(fromRow).filter((e) => e.seededBy.includes(id));
  }

  async lineage(id: string): Promise<Lineage | null> {
    const entry = await this.get(id);
    if (!entry) return null;
    const seeds = (await Promise.all(entry.seededBy.map((s) => this.get(s)))).filter((e): e is TraceEntry => e !== null);
    return { entry, seeds, descendants: await this.seededBy(id) };
  }

  exportJsonl(file: string): Promise<number> {
    return exportJsonl(this.db, file);
  }

  importJsonl(file: string, opts: { skipInvalid?: boolean } = {}): Promise<ImportResult> {
    return importJsonl(this.db, file, opts.skipInvalid ?? false);
  }

  prune(criteria: PruneCriteria, opts: { apply?: boolean } = {}): Promise<PruneResult> {
    return pruneLibrary(this.db, criteria, opts.apply ?? false);
  }

  reembed(opts: { onProgress?: (done: number, total: number) => void } = {}): Promise<number> {
    return reembedLibrary(this.db, this.embedder, opts.onProgress);
  }

  compact(): Promise<CompactResult> {
    return compactLibrary(this.db);
  }

  close(): void {
    this.db.table.close();
  }
}
