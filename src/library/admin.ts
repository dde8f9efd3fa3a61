/**
 * Library upkeep, the functions behind `arcmem library prune | reembed | compact`: each takes
 * an open library. Also the raw append of ready-made entries, and the fingerprint index a
 * solve run builds when it opens a large library.
 */
import { ConfigError } from '../errors.js';
import { LibraryError } from './errors.js';
import { handleOf } from './_handle.js';
import { anyRoleModel, sqlString, whereAll } from './_sql.js';
import { appendEntries, type Store } from './_store.js';
import { fromRow, toRow, type TraceEntry } from './schema.js';
import { ensureFingerprintIndex } from './_fingerprint-index.js';

export { FINGERPRINT_INDEX_MIN_ROWS } from './_fingerprint-index.js';
import type { Library } from './library.js';
import { unhelpfulItems, type UsefulItem } from './usefulness.js';
import { conceptsById, deleteLessons } from './concepts.js';
import { compactUtility, deleteUtility } from './utility.js';

/** What to prune; every given criterion must hold (AND). */
export interface PruneCriteria {
  /** Entries created before this time. */
  readonly olderThan?: Date;
  /** Entries made with this model in any role. */
  readonly model?: string;
  readonly dataset?: string;
  /** Entries not verified right on the test answers (unknown or wrong). */
  readonly unverified?: boolean;
  /** Entries offered at least this many times that never were an ancestor of a perfect or verified candidate. */
  readonly unhelpful?: number;
}

export interface PruneResult {
  /** The filter used, for the record. */
  readonly where: string;
  readonly matched: number;
  /** 0 on a dry run. */
  readonly deleted: number;
  readonly applied: boolean;
  /** With `unhelpful`: the matched entries with their counters (most offered first), then the matched lessons. */
  readonly unhelpfulItems?: readonly UsefulItem[];
  /** With `unhelpful`: the model-written lessons it matched and deleted (0 on a dry run). */
  readonly lessons?: { readonly matched: number; readonly deleted: number };
}

/**
 * Lessons matching the criteria: only `unhelpful` and `olderThan` describe a lesson (it has no
 * model, dataset or verification of its own), so any other criterion matches none.
 */
async function matchingLessons(store: Store, c: PruneCriteria): Promise<UsefulItem[]> {
  if (c.unhelpful === undefined || c.model !== undefined || c.dataset !== undefined || c.unverified) return [];
  const items = await unhelpfulItems(store, 'lesson', c.unhelpful);
  if (!c.olderThan) return items;
  const cutoff = c.olderThan.toISOString();
  const rows = await conceptsById(
    store,
    items.map((i) => i.id),
  );
  return items.filter((i) => (rows.get(i.id)?.createdAt ?? cutoff) < cutoff);
}

/** Deletes the entries matching every criterion; only counts them unless `apply`. */
export async function pruneLibrary(
  library: Library,
  c: PruneCriteria,
  opts: { readonly apply?: boolean } = {},
): Promise<PruneResult> {
  const { store } = handleOf(library);
  const apply = opts.apply ?? false;
  const candidates = c.unhelpful === undefined ? undefined : await unhelpfulItems(store, 'trace', c.unhelpful);
  const where = whereAll([
    candidates && (candidates.length ? `id IN (${candidates.map((i) => sqlString(i.id)).join(', ')})` : 'false'),
    c.olderThan && `created_at < ${sqlString(c.olderThan.toISOString())}`,
    c.model !== undefined && anyRoleModel(c.model),
    c.dataset !== undefined && `dataset = ${sqlString(c.dataset)}`,
    c.unverified && 'test_verified IS NULL OR test_verified = 0',
  ]);
  if (!where)
    throw new ConfigError(
      'prune needs at least one criterion: --older-than, --model, --dataset, --unverified or --unhelpful',
    );
  const matchedIds = (await store.table.query().where(where).select(['id']).toArray()).map((r) => String(r.id));
  const matched = matchedIds.length;
  const lessons = await matchingLessons(store, c);
  const items = candidates && {
    unhelpfulItems: [...candidates.filter((i) => matchedIds.includes(i.id)), ...lessons],
  };
  const lessonCount = (deleted: number) => (candidates ? { lessons: { matched: lessons.length, deleted } } : {});
  if (!apply) return { where, matched, deleted: 0, applied: apply, ...items, ...lessonCount(0) };
  if (matched) {
    await store.table.delete(where);
    // The counters of deleted traces go with them (the traces are the only thing they describe).
    await deleteUtility(store, 'trace', matchedIds);
  }
  const lessonIds = lessons.map((i) => i.id);
  const deletedLessons = await deleteLessons(store, lessonIds);
  await deleteUtility(store, 'concept', lessonIds);
  return { where, matched, deleted: matched, applied: true, ...items, ...lessonCount(deletedLessons) };
}

const REEMBED_BATCH = 64;

/** Embeds, with the library's embedder, every entry lacking a vector from it (missing or made by another model). */
export async function reembedLibrary(
  library: Library,
  opts: { readonly onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const { store, embedder } = handleOf(library);
  if (!embedder) {
    throw new LibraryError(
      `cannot re-embed library ${store.uri}: no embedding model is available (it failed to load, or its vector size differs from the library's ${store.embedDim}); set ARCMEM_EMBED_MODEL_PATH to a local model folder or allow the download`,
      store.uri,
    );
  }
  const stale = `embed_model IS NULL OR embed_model != ${sqlString(embedder.modelId)}`;
  const ids = (await store.table.query().where(stale).select(['id']).toArray()).map((r) => String(r.id));
  for (let i = 0; i < ids.length; i += REEMBED_BATCH) {
    const batch = ids.slice(i, i + REEMBED_BATCH);
    const rows = (
      await store.table
        .query()
        .where(`id IN (${batch.map(sqlString).join(', ')})`)
        .toArray()
    ).map(fromRow);
    const vectors = await embedder.embed(rows.map((e) => e.instruction));
    const updated = rows.map((e, j) =>
      toRow({ ...e, textVector: Array.from(vectors[j]!), embedModel: embedder.modelId }),
    );
    await store.table.mergeInsert('id').whenMatchedUpdateAll().execute(updated);
    opts.onProgress?.(Math.min(i + REEMBED_BATCH, ids.length), ids.length);
  }
  return ids.length;
}

export interface CompactResult {
  readonly fragmentsRemoved: number;
  readonly fragmentsAdded: number;
  readonly oldVersionsRemoved: number;
  readonly bytesRemoved: number;
  /** An approximate (IVF_FLAT) index on the fingerprint column exists after compaction. */
  readonly fingerprintIndex: boolean;
  /** The utility counters: none yet, compacted, or unreadable and started afresh. */
  readonly utility: 'none' | 'compacted' | 'reset';
}

export interface CompactOptions {
  /**
   * Versions made before this time are dropped (default: now, every version but the current).
   * LanceDB's own default keeps a week of versions, so a library that is written every day
   * never shrank.
   */
  readonly olderThan?: Date;
}

/**
 * Merges small fragments, brings indices up to date (building the fingerprint index once the
 * library is large enough), and drops old versions with the files only they use: LanceDB's
 * optimize. Best run while nobody writes: index builds conflict with concurrent appends, and a
 * reader still on a dropped version loses its files.
 */
export async function compactLibrary(library: Library, opts: CompactOptions = {}): Promise<CompactResult> {
  const { store } = handleOf(library);
  const olderThan = opts.olderThan ?? new Date();
  const s = await store.table.optimize({ cleanupOlderThan: olderThan });
  const fingerprintIndex = await ensureFingerprintIndex(store);
  const utility = await compactUtility(store, olderThan);
  return {
    fragmentsRemoved: s.compaction.fragmentsRemoved,
    fragmentsAdded: s.compaction.fragmentsAdded,
    oldVersionsRemoved: s.prune.oldVersionsRemoved,
    bytesRemoved: s.prune.bytesRemoved,
    fingerprintIndex,
    utility,
  };
}

/** Appends ready-made entries as given (ids must be new); returns how many. */
export const addEntries = (library: Library, entries: readonly TraceEntry[]): Promise<number> =>
  appendEntries(handleOf(library).store, entries);
