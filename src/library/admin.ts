/** Library upkeep: statistics, pruning, re-embedding, compaction. */
import { readdir, stat } from 'node:fs/promises';
import { Index } from '@lancedb/lancedb';
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Embedder } from '../embed/index.js';
import { LibraryError } from './errors.js';
import { anyRoleModel, sqlString, whereAll } from './_sql.js';
import { localPath, type Store } from './_store.js';
import { SCHEMA_VERSION, fromRow, toRow } from './schema.js';

export interface LibraryStats {
  readonly uri: string;
  readonly schemaVersion: number;
  readonly entries: number;
  /** Distinct tasks (by content hash). */
  readonly tasks: number;
  readonly nearMisses: number;
  /** Entries per dataset, and per model id (an entry counts once per distinct model in its roles). */
  readonly datasets: Record<string, number>;
  readonly models: Record<string, number>;
  /** Entries whose task's test answers were verified right, and those whose verification is known. */
  readonly verified: number;
  readonly verificationKnown: number;
  /** verified / entries (0 for an empty library). */
  readonly verifiedShare: number;
  /** Entries per embedding model; entries without a text vector are counted as `none`. */
  readonly embedModels: Record<string, number>;
  /** Bytes on disk (null for object-store URIs). */
  readonly sizeBytes: number | null;
  /** The approximate fingerprint index (null: none, retrieval is exact); new rows stay unindexed until compact. */
  readonly fingerprintIndex: { readonly indexedRows: number; readonly unindexedRows: number } | null;
}

async function fingerprintIndexStats(store: Store): Promise<LibraryStats['fingerprintIndex']> {
  const idx = (await store.table.listIndices()).find((i) => i.columns.includes('fingerprint'));
  if (!idx) return null;
  // From listIndices, not indexStats: the latter logs a warning about centroids on every call.
  return { indexedRows: idx.numIndexedRows ?? 0, unindexedRows: idx.numUnindexedRows ?? 0 };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, d.name);
    total += d.isDirectory() ? await folderBytes(path) : (await stat(path)).size;
  }
  return total;
}

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

export async function libraryStats(store: Store): Promise<LibraryStats> {
  const rows = await store.table
    .query()
    .select(['task_hash', 'dataset', 'planner_model', 'repairer_model', 'follower_model', 'test_verified', 'near_miss', 'embed_model'])
    .toArray();
  const datasets: Record<string, number> = {};
  const models: Record<string, number> = {};
  const embedModels: Record<string, number> = {};
  let verified = 0, known = 0, nearMisses = 0;
  for (const r of rows) {
    bump(datasets, String(r.dataset));
    for (const m of new Set([r.planner_model, r.repairer_model, r.follower_model].map(String))) bump(models, m);
    bump(embedModels, r.embed_model == null ? 'none' : String(r.embed_model));
    if (r.test_verified != null) known++;
    if (Number(r.test_verified) === 1) verified++;
    if (r.near_miss) nearMisses++;
  }
  const local = localPath(store.uri);
  return {
    uri: store.uri,
    schemaVersion: SCHEMA_VERSION,
    entries: rows.length,
    tasks: new Set(rows.map((r) => String(r.task_hash))).size,
    nearMisses,
    datasets,
    models,
    verified,
    verificationKnown: known,
    verifiedShare: rows.length ? verified / rows.length : 0,
    embedModels,
    sizeBytes: local === null ? null : await folderBytes(local),
    fingerprintIndex: await fingerprintIndexStats(store),
  };
}

/** What to prune; every given criterion must hold (AND). */
export interface PruneCriteria {
  /** Entries created before this time. */
  readonly olderThan?: Date;
  /** Entries made with this model in any role. */
  readonly model?: string;
  readonly dataset?: string;
  /** Entries not verified right on the test answers (unknown or wrong). */
  readonly unverified?: boolean;
}

export interface PruneResult {
  /** The filter used, for the record. */
  readonly where: string;
  readonly matched: number;
  /** 0 on a dry run. */
  readonly deleted: number;
  readonly applied: boolean;
}

export async function pruneLibrary(store: Store, c: PruneCriteria, apply: boolean): Promise<PruneResult> {
  const where = whereAll([
    c.olderThan && `created_at < ${sqlString(c.olderThan.toISOString())}`,
    c.model !== undefined && anyRoleModel(c.model),
    c.dataset !== undefined && `dataset = ${sqlString(c.dataset)}`,
    c.unverified && 'test_verified IS NULL OR test_verified = 0',
  ]);
  if (!where) throw new ConfigError('prune needs at least one criterion: --older-than, --model, --dataset or --unverified');
  const matched = await store.table.countRows(where);
  if (!apply || matched === 0) return { where, matched, deleted: 0, applied: apply };
  await store.table.delete(where);
  return { where, matched, deleted: matched, applied: true };
}

const REEMBED_BATCH = 64;

/** Embeds entries that have no text vector from `embedder` (missing or made by another model). */
export async function reembedLibrary(store: Store, embedder: Embedder | null, onProgress?: (done: number, total: number) => void): Promise<number> {
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
    const rows = (await store.table.query().where(`id IN (${batch.map(sqlString).join(', ')})`).toArray()).map(fromRow);
    const vectors = await embedder.embed(rows.map((e) => e.instruction));
    const updated = rows.map((e, j) => toRow({ ...e, textVector: Array.from(vectors[j]!), embedModel: embedder.modelId }));
    await store.table.mergeInsert('id').whenMatchedUpdateAll().execute(updated);
    onProgress?.(Math.min(i + REEMBED_BATCH, ids.length), ids.length);
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
}

/**
 * From this many rows, compact builds an IVF_FLAT index on the fingerprint column: brute force
 * stays under ~20 ms below it on 2 cores, and the index builds in well under a second.
 */
export const FINGERPRINT_INDEX_MIN_ROWS = 5_000;

/** Builds the fingerprint index once the library has FINGERPRINT_INDEX_MIN_ROWS rows; true when one exists. */
export async function ensureFingerprintIndex(store: Store): Promise<boolean> {
  if ((await store.table.listIndices()).some((i) => i.columns.includes('fingerprint'))) return true;
  if ((await store.table.countRows()) < FINGERPRINT_INDEX_MIN_ROWS) return false;
  await store.table.createIndex('fingerprint', { config: Index.ivfFlat({ distanceType: 'cosine' }) });
  return true;
}

/**
 * Merges small fragments, brings indices up to date (building the fingerprint index once the
 * library is large enough), and drops old versions: LanceDB's optimize. Best run while nobody
 * writes: index builds conflict with concurrent appends.
 */
export async function compactLibrary(store: Store): Promise<CompactResult> {
  const s = await store.table.optimize();
  const fingerprintIndex = await ensureFingerprintIndex(store);
  return {
    fragmentsRemoved: s.compaction.fragmentsRemoved,
    fragmentsAdded: s.compaction.fragmentsAdded,
    oldVersionsRemoved: s.prune.oldVersionsRemoved,
    bytesRemoved: s.prune.bytesRemoved,
    fingerprintIndex,
  };
}
