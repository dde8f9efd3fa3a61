/**
 * The library's one vector search: cosine neighbours on a named vector column (task
 * fingerprints or instruction embeddings), nearest first, each row with its `_distance`.
 * Retrieval (seeding) and instruction search both go through here.
 */
import type { Embedder } from '../embed/index.js';
import { sqlString, whereAll } from './_sql.js';
import type { Store } from './_store.js';

export interface VectorQuery {
  /** An SQL filter on the rows searched. */
  readonly where?: string;
  readonly limit: number;
  /** Columns to read (default: all). */
  readonly columns?: readonly string[];
}

export type Row = Record<string, unknown>;

export async function vectorNeighbours(
  store: Pick<Store, 'table'>,
  column: 'fingerprint' | 'text_vector',
  vector: readonly number[] | Float32Array,
  q: VectorQuery,
): Promise<Row[]> {
  let query = store.table
    .vectorSearch(vector as number[])
    .column(column)
    .distanceType('cosine');
  if (q.columns) query = query.select([...q.columns]);
  if (q.where) query = query.where(q.where);
  return query.limit(q.limit).toArray();
}

/** The embedder, when its vectors fit the library's text-vector column; else null. */
export const usableEmbedder = (store: Store, embedder: Embedder | null): Embedder | null =>
  embedder && embedder.dim === store.embedDim ? embedder : null;

/**
 * Rows whose instruction embedding is nearest `text`, among rows embedded by the same model.
 * Null when no embedder fits the library (text-embedding search is then off).
 */
export async function textNeighbours(
  store: Store,
  embedder: Embedder | null,
  text: string,
  q: VectorQuery,
): Promise<Row[] | null> {
  const usable = usableEmbedder(store, embedder);
  if (!usable) return null;
  const [vector] = await usable.embed([text]);
  const where = whereAll([q.where, `embed_model = ${sqlString(usable.modelId)}`]);
  return vectorNeighbours(store, 'text_vector', vector!, { ...q, where });
}
