/**
 * Reading a library, for people and pages (`arcmem library stats | search | similar | show`,
 * the browser page, reports): entries, lineage, statistics, instruction search, and what a
 * task would retrieve. Nothing here writes, except the full-text index a first search builds.
 */
import type { Task } from '../arc/index.js';
import { ConfigError } from '../errors.js';
import { handleOf } from './_handle.js';
import { sqlString, whereAll } from './_sql.js';
import { entryTask } from './entry-task.js';
import { searchInstructions, type InstructionMatch } from './instruction-search.js';
import type { Library } from './library.js';
import { nearestTraces, type Neighbour, type RetrievalPolicy } from './retrieval.js';
import { fromRow, type TraceEntry } from './schema.js';
import { storeStats, type LibraryStats } from './stats.js';
import { readUtility, utilityKey, type UtilityCounts, type UtilityQuery } from './utility.js';
import { usefulness, type Usefulness } from './usefulness.js';

/** Where an entry came from and what it seeded. */
export interface Lineage {
  readonly entry: TraceEntry;
  /** Library entries in its ancestry (that still exist). */
  readonly seeds: TraceEntry[];
  /** Entries whose ancestry includes it. */
  readonly descendants: TraceEntry[];
}

/** An entry as `library show` presents it. */
export interface EntryView {
  readonly lineage: Lineage;
  /** The task's grids (stored with the entry, else re-read from its source file), when available. */
  readonly task: Task | null;
  /** The entry's utility counters; null when it was never offered. */
  readonly utility: UtilityCounts | null;
}

export interface ListOptions {
  readonly limit?: number;
  readonly offset?: number;
  readonly dataset?: string;
  readonly taskId?: string;
  /** Entries whose id starts with this (ids are printed shortened). */
  readonly idPrefix?: string;
}

export interface LibraryReader {
  readonly uri: string;
  stats(): Promise<LibraryStats>;
  /** Instructions matching `text` by words (full text) and, with an embedder, by meaning. */
  searchInstructions(text: string, k?: number): Promise<InstructionMatch[]>;
  /** What a task would retrieve, with distances; its own traces only when the policy reuses them. */
  similarToTask(task: Task, k?: number, policy?: RetrievalPolicy): Promise<Neighbour[]>;
  get(id: string): Promise<TraceEntry | null>;
  /** An entry by full id or by a unique id prefix (as search and similar print them). */
  find(idOrPrefix: string): Promise<TraceEntry>;
  list(opts?: ListOptions): Promise<TraceEntry[]>;
  /** Entries whose ancestry includes `id`. */
  seededBy(id: string): Promise<TraceEntry[]>;
  lineage(id: string): Promise<Lineage | null>;
  /** An entry (by id or unique prefix) with its lineage and its task's grids. */
  show(idOrPrefix: string): Promise<EntryView>;
  /** Summed utility counters, keyed `kind:id` (utilityKey); items never observed are absent. */
  utility(query?: UtilityQuery): Promise<Map<string, UtilityCounts>>;
  /** The `top` most and least useful items by their utility counters (default 5 each). */
  usefulness(top?: number): Promise<Usefulness>;
}

/** The read side of an open library. */
export function libraryReader(library: Library): LibraryReader {
  const { store, embedder } = handleOf(library);
  const get = async (id: string): Promise<TraceEntry | null> => {
    const rows = await store.table
      .query()
      .where(`id = ${sqlString(id)}`)
      .limit(1)
      .toArray();
    return rows[0] ? fromRow(rows[0]) : null;
  };
  const list = async (opts: ListOptions = {}): Promise<TraceEntry[]> => {
    const where = whereAll([
      opts.dataset === undefined ? undefined : `dataset = ${sqlString(opts.dataset)}`,
      opts.taskId === undefined ? undefined : `task_id = ${sqlString(opts.taskId)}`,
      opts.idPrefix === undefined ? undefined : `id LIKE ${sqlString(`${opts.idPrefix.replace(/[%_]/g, '')}%`)}`,
    ]);
    let q = store.table.query();
    if (where) q = q.where(where);
    const rows = await q
      .limit(opts.limit ?? 100)
      .offset(opts.offset ?? 0)
      .toArray();
    return rows.map(fromRow);
  };
  const find = async (id: string): Promise<TraceEntry> => {
    const exact = await get(id);
    if (exact) return exact;
    const matches = (await list({ idPrefix: id, limit: 50 })).filter((e) => e.id.startsWith(id));
    if (matches.length === 1) return matches[0]!;
    throw new ConfigError(
      matches.length
        ? `id prefix ${id} matches ${matches.length} entries; give more characters`
        : `no library entry with id ${id}`,
    );
  };
  const seededBy = async (id: string): Promise<TraceEntry[]> => {
    // A LIKE wildcard in an id only widens the match; the exact check below decides.
    const needle = JSON.stringify(id);
    const rows = await store.table
      .query()
      .where(`seeded_by LIKE ${sqlString(`%${needle}%`)}`)
      .toArray();
    return rows.map(fromRow).filter((e) => e.seededBy.includes(id));
  };
  const lineage = async (id: string): Promise<Lineage | null> => {
    const entry = await get(id);
    if (!entry) return null;
    const seeds = (await Promise.all(entry.seededBy.map(get))).filter((e): e is TraceEntry => e !== null);
    return { entry, seeds, descendants: await seededBy(id) };
  };
  return {
    uri: store.uri,
    stats: () => storeStats(store),
    searchInstructions: (text, k = 10) => searchInstructions(store, embedder, text, k),
    similarToTask: (task, k = 10, policy = {}) => nearestTraces(store, task, k, policy),
    get,
    find,
    list,
    seededBy,
    lineage,
    utility: (query = {}) => readUtility(store, query),
    usefulness: (top = 5) => usefulness(store, top),
    show: async (idOrPrefix) => {
      const entry = await find(idOrPrefix);
      const counts = await readUtility(store, { kind: 'trace', ids: [entry.id] });
      return {
        lineage: (await lineage(entry.id))!,
        task: await entryTask(entry),
        utility: counts.get(utilityKey('trace', entry.id)) ?? null,
      };
    },
  };
}
