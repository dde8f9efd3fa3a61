/**
 * Searching instructions by words and meaning (`library search`, the browser page), as opposed
 * to retrieval, which finds traces for a task: LanceDB full-text search (BM25 over an FTS index
 * on `instruction`, built on first search) fused with text-embedding neighbours when an
 * embedder is available, by reciprocal rank.
 */
import { Index } from '@lancedb/lancedb';
import type { Embedder } from '../embed/index.js';
import { LibraryError } from './errors.js';
import type { Store } from './_store.js';
import { textNeighbours, type Row } from './_vector-search.js';
import { fromRow, type TraceEntry } from './schema.js';

export interface InstructionMatch {
  readonly entry: TraceEntry;
  /** Fused rank score (higher is better). */
  readonly score: number;
  /** Which searches found it. */
  readonly matchedBy: readonly ('text' | 'semantic')[];
  /** Cosine distance of the instruction embedding, when the semantic search found it. */
  readonly distance: number | null;
}

/**
 * Builds the full-text index on `instruction` unless it exists (later rows are still found).
 * The one write a search may make, once per library; it is safe alongside other writers.
 */
async function ensureFtsIndex(store: Store): Promise<void> {
  const indices = await store.table.listIndices();
  if (indices.some((i) => i.columns.includes('instruction'))) return;
  try {
    await store.table.createIndex('instruction', { config: Index.fts() });
  } catch (err) {
    // Another process may have built it at the same moment.
    if ((await store.table.listIndices()).some((i) => i.columns.includes('instruction'))) return;
    throw new LibraryError(
      `cannot build the full-text index of library ${store.uri}: ${String(err)}; try \`arcmem library compact\` and search again`,
      store.uri,
      { cause: err },
    );
  }
}

const RRF_K = 60;

export async function searchInstructions(
  store: Store,
  embedder: Embedder | null,
  text: string,
  k: number,
): Promise<InstructionMatch[]> {
  if (k <= 0 || text.trim() === '' || (await store.table.countRows()) === 0) return [];
  await ensureFtsIndex(store);
  const lists: { by: 'text' | 'semantic'; rows: Row[] }[] = [
    {
      by: 'text',
      rows: await store.table
        .query()
        .fullTextSearch(text, { columns: 'instruction' })
        .limit(k * 2)
        .toArray(),
    },
  ];
  const semantic = await textNeighbours(store, embedder, text, { limit: k * 2 });
  if (semantic) lists.push({ by: 'semantic', rows: semantic });
  const fused = new Map<
    string,
    { entry: TraceEntry; score: number; matchedBy: ('text' | 'semantic')[]; distance: number | null }
  >();
  for (const { by, rows } of lists) {
    rows.forEach((r, rank) => {
      const id = String(r.id);
      const hit = fused.get(id) ?? { entry: fromRow(r), score: 0, matchedBy: [], distance: null };
      hit.score += 1 / (RRF_K + rank + 1);
      hit.matchedBy.push(by);
      if (by === 'semantic') hit.distance = Number(r._distance);
      fused.set(id, hit);
    });
  }
  return [...fused.values()].sort((a, b) => b.score - a.score).slice(0, k);
}
