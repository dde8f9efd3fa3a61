/** The approximate fingerprint index: built by compact, and by a solve run that opens a large library. */
import { Index } from '@lancedb/lancedb';
import type { Store } from './_store.js';

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
