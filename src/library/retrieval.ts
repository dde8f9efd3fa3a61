/**
 * Retrieval: nearest traces by task fingerprint (cosine), exact content-hash hits, and
 * text-embedding neighbours of an instruction. Only perfect traces are offered; the same task
 * (by id or content hash) is excluded unless reuse is allowed, so evaluations stay honest.
 */
import { fingerprint, taskHash, type Task } from '../arc/index.js';
import type { Embedder } from '../embed/index.js';
import type { LibraryHit } from '../evolve/types.js';
import { PERFECT, anyRoleModel, sqlString, whereAll } from './_sql.js';
import type { Store } from './_store.js';
import { fromRow, type TraceEntry } from './schema.js';
import { normaliseInstruction } from './traces.js';

/** Which traces retrieval may offer. */
export interface RetrievalFilter {
  /** Only traces from this dataset. */
  readonly dataset?: string;
  /** Only traces made with this model (in any role). */
  readonly model?: string;
}

export interface RetrievalOptions {
  /** Offer the task's own traces too (and try exact hits first). */
  readonly reuseSolved: boolean;
  readonly filter: RetrievalFilter;
}

/** A retrieved trace with its cosine distance to the query. */
export interface Neighbour {
  readonly entry: TraceEntry;
  readonly distance: number;
  /** The trace was stored for this very task (same id or same content). */
  readonly sameTask: boolean;
}

/** Columns retrieval reads: everything but the bulky task grids. */
const LEAN_COLUMNS = [
  'id', 'task_id', 'task_hash', 'dataset', 'instruction', 'step', 'step_index', 'candidate_id', 'parents', 'fitness',
  'train_perfect', 'test_verified', 'near_miss', 'planner_model', 'repairer_model', 'follower_model', 'prompt_tokens',
  'completion_tokens', 'cost_usd', 'created_at', 'seeded_by', 'task_source', 'fingerprint', 'embed_model',
];

const WITH_DISTANCE = [...LEAN_COLUMNS, '_distance'];

const sameTaskClause = (task: Task, hash: string): string =>
  `task_id = ${sqlString(task.id)} OR task_hash = ${sqlString(hash)}`;

function filterClauses(task: Task, hash: string, opts: RetrievalOptions): (string | undefined)[] {
  return [
    PERFECT,
    opts.filter.dataset === undefined ? undefined : `dataset = ${sqlString(opts.filter.dataset)}`,
    opts.filter.model === undefined ? undefined : anyRoleModel(opts.filter.model),
    opts.reuseSolved ? undefined : `NOT (${sameTaskClause(task, hash)})`,
  ];
}

/** Keeps the first (nearest) trace of each normalised instruction, up to k. */
function dedup(ns: readonly Neighbour[], k: number): Neighbour[] {
  const seen = new Set<string>();
  return ns
    .filter((n) => {
      const key = normaliseInstruction(n.entry.instruction);
      return !seen.has(key) && (seen.add(key), true);
    })
    .slice(0, k);
}

const toNeighbours = (rows: Record<string, unknown>[], task: Task, hash: string): Neighbour[] =>
  rows.map((r) => {
    const entry = fromRow(r);
    return { entry, distance: Number(r._distance), sameTask: entry.taskId === task.id || entry.taskHash === hash };
  });

/** What the LibraryPort hands to evolution: fewer columns to fetch on the hot path. */
export const HIT_COLUMNS = ['id', 'task_id', 'task_hash', 'instruction', '_distance'];

/**
 * The k nearest perfect traces to the task's fingerprint, filtered and deduplicated.
 * `columns` limits what is read (entries then only carry those fields).
 */
export async function nearestTraces(store: Store, task: Task, k: number, opts: RetrievalOptions, columns = WITH_DISTANCE): Promise<Neighbour[]> {
  if (k <= 0) return [];
  const hash = taskHash(task);
  const query = store.table.vectorSearch(fingerprint(task)).column('fingerprint').distanceType('cosine').select(columns);
  const where = whereAll(filterClauses(task, hash, opts));
  const rows = await (where ? query.where(where) : query).limit(k * 4 + 8).toArray();
  return dedup(toNeighbours(rows, task, hash), k);
}

/** Perfect traces stored for a task with the same content hash, fittest first. */
export async function exactTraces(store: Store, task: Task): Promise<TraceEntry[]> {
  const rows = await store.table
    .query()
    .where(`task_hash = ${sqlString(taskHash(task))} AND ${PERFECT}`)
    .select(LEAN_COLUMNS)
    .toArray();
  const entries = rows.map(fromRow).sort((a, b) => b.fitness - a.fitness || a.createdAt.localeCompare(b.createdAt));
  return dedup(entries.map((entry) => ({ entry, distance: 0, sameTask: true })), entries.length).map((n) => n.entry);
}

/** Perfect traces whose instruction embedding is nearest `text` (none without a usable embedder). */
export async function relatedTraces(
  store: Store,
  embedder: Embedder | null,
  text: string,
  k: number,
  task: Task,
  opts: RetrievalOptions,
): Promise<Neighbour[]> {
  if (!embedder || embedder.dim !== store.embedDim || k <= 0) return [];
  const [vector] = await embedder.embed([text]);
  const hash = taskHash(task);
  const where = whereAll([...filterClauses(task, hash, opts), `embed_model = ${sqlString(embedder.modelId)}`])!;
  const rows = await store.table
    .vectorSearch(vector!)
    .column('text_vector')
    .distanceType('cosine')
    .select(WITH_DISTANCE)
    .where(where)
    .limit(k * 4 + 8)
    .toArray();
  return dedup(toNeighbours(rows, task, hash), k);
}

/** The port's view of a retrieved trace. */
export const toHit = (n: Neighbour): LibraryHit => ({
  entryId: n.entry.id,
  instruction: n.entry.instruction,
  taskId: n.entry.taskId,
  distance: n.distance,
});
