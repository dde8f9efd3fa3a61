/** What a library holds, in numbers (`arcmem library stats`). */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { localPath, type Store } from './_store.js';
import { countConcepts, type ConceptKind } from './concepts.js';
import { SCHEMA_VERSION } from './schema.js';

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
  /** Concepts learned beside the traces: mined macros and model-written lessons. */
  readonly concepts: Record<ConceptKind, number>;
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

export async function storeStats(store: Store): Promise<LibraryStats> {
  const rows = await store.table
    .query()
    .select([
      'task_hash',
      'dataset',
      'planner_model',
      'repairer_model',
      'follower_model',
      'test_verified',
      'near_miss',
      'embed_model',
    ])
    .toArray();
  const datasets: Record<string, number> = {};
  const models: Record<string, number> = {};
  const embedModels: Record<string, number> = {};
  let verified = 0,
    known = 0,
    nearMisses = 0;
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
    concepts: await countConcepts(store),
  };
}
