/**
 * Retrieval, what seeding a task uses: nearest traces by task fingerprint (cosine), exact
 * content-hash hits, and text-embedding neighbours of an instruction. Only perfect traces are
 * offered; the same task (by id or content hash) is excluded unless the policy allows reuse,
 * so evaluations stay honest. Neighbours are ranked by similarity blended with each trace's
 * utility (./utility-rank.ts).
 */
import { fingerprint, taskHash, type Task } from '../arc/index.js';
import type { Embedder } from '../embed/index.js';
import { normaliseInstruction } from '../instruction-text.js';
import { PERFECT, anyRoleModel, sqlString, whereAll } from './_sql.js';
import type { Store } from './_store.js';
import { textNeighbours, vectorNeighbours, type Row } from './_vector-search.js';
import { fromRow, type TraceEntry } from './schema.js';
import { readUtility, utilityKey } from './utility.js';
import { rankByUtility } from './utility-rank.js';

/** Which traces retrieval may offer. */
export interface RetrievalFilter {
  /** Only traces from this dataset. */
  readonly dataset?: string;
  /** Only traces made with this model (in any role). */
  readonly model?: string;
}

/** What one retrieval may offer, given with each call. */
export interface RetrievalPolicy {
  /** Offer the task's own traces too (matched by id and by content hash). Default false. */
  readonly reuseSolved?: boolean;
  readonly filter?: RetrievalFilter;
}

/** A retrieved trace with its cosine distance to the query. */
export interface Neighbour {
  readonly entry: TraceEntry;
  readonly distance: number;
  /** The trace was stored for this very task (same id or same content). */
  readonly sameTask: boolean;
}

/** What seeding needs of a retrieved trace (read without the bulky columns). */
export interface TraceHit {
  /** The library entry id. */
  readonly id: string;
  readonly instruction: string;
  /** The task the trace solved (for attribution; never shown to a model). */
  readonly taskId: string;
  /** Cosine distance of the match (fingerprint or instruction embedding), 0 for an exact task hit. */
  readonly distance: number;
  readonly sameTask: boolean;
}

/** Columns retrieval reads: everything but the bulky task grids and text vectors. */
const LEAN_COLUMNS = [
  'id', 'task_id', 'task_hash', 'dataset', 'instruction', 'step', 'step_index', 'candidate_id', 'parents', 'fitness',
  'train_perfect', 'test_verified', 'near_miss', 'planner_model', 'repairer_model', 'follower_model', 'prompt_tokens',
  'completion_tokens', 'cost_usd', 'created_at', 'seeded_by', 'task_source', 'fingerprint', 'embed_model',
]; // prettier-ignore

const WITH_DISTANCE = [...LEAN_COLUMNS, '_distance'];

/** What a TraceHit is made of: fewer columns to fetch on the seeding hot path. */
const HIT_COLUMNS = ['id', 'task_id', 'task_hash', 'instruction', '_distance'];

/** Rows fetched per wanted trace: room for the duplicates dedup drops. */
const overFetch = (k: number): number => k * 4 + 8;

const sameTaskClause = (task: Task, hash: string): string =>
  `task_id = ${sqlString(task.id)} OR task_hash = ${sqlString(hash)}`;

function policyClauses(task: Task, hash: string, policy: RetrievalPolicy): (string | undefined)[] {
  const filter = policy.filter ?? {};
  return [
    PERFECT,
    filter.dataset === undefined ? undefined : `dataset = ${sqlString(filter.dataset)}`,
    filter.model === undefined ? undefined : anyRoleModel(filter.model),
    policy.reuseSolved ? undefined : `NOT (${sameTaskClause(task, hash)})`,
  ];
}

/** Keeps the first (nearest) row of each normalised instruction, up to k. */
function dedup(rows: readonly Row[], k: number): Row[] {
  const seen = new Set<string>();
  return rows
    .filter((r) => {
      const key = normaliseInstruction(String(r.instruction));
      return !seen.has(key) && (seen.add(key), true);
    })
    .slice(0, k);
}

/** Deduplicated rows ranked by similarity (1 − distance) blended with their utility; the first k. */
async function ranked(store: Store, rows: readonly Row[], k: number): Promise<Row[]> {
  const unique = dedup(rows, rows.length);
  const counts = await readUtility(store, { kind: 'trace', ids: unique.map((r) => String(r.id)) });
  return rankByUtility(
    unique,
    (r) => 1 - Number(r._distance ?? 0),
    (r) => counts.get(utilityKey('trace', String(r.id))),
  ).slice(0, k);
}

const isSameTask = (r: Row, task: Task, hash: string): boolean =>
  String(r.task_id) === task.id || String(r.task_hash) === hash;

const toNeighbour = (r: Row, task: Task, hash: string): Neighbour => ({
  entry: fromRow(r),
  distance: Number(r._distance),
  sameTask: isSameTask(r, task, hash),
});

const toHit = (r: Row, task: Task, hash: string): TraceHit => ({
  id: String(r.id),
  instruction: String(r.instruction),
  taskId: String(r.task_id),
  distance: Number(r._distance ?? 0),
  sameTask: isSameTask(r, task, hash),
});

/** The k nearest perfect rows to the task's fingerprint, as the policy allows, deduplicated. */
async function nearestRows(store: Store, task: Task, k: number, policy: RetrievalPolicy, columns: string[]) {
  if (k <= 0) return [];
  const where = whereAll(policyClauses(task, taskHash(task), policy));
  return ranked(
    store,
    await vectorNeighbours(store, 'fingerprint', fingerprint(task), { where, limit: overFetch(k), columns }),
    k,
  );
}

/** The k nearest perfect traces to the task's fingerprint, whole (what `library similar` shows). */
export async function nearestTraces(
  store: Store,
  task: Task,
  k: number,
  policy: RetrievalPolicy,
): Promise<Neighbour[]> {
  const hash = taskHash(task);
  return (await nearestRows(store, task, k, policy, WITH_DISTANCE)).map((r) => toNeighbour(r, task, hash));
}

/** The k nearest perfect traces to the task's fingerprint, as seeding needs them. */
export async function nearestHits(store: Store, task: Task, k: number, policy: RetrievalPolicy): Promise<TraceHit[]> {
  const hash = taskHash(task);
  return (await nearestRows(store, task, k, policy, HIT_COLUMNS)).map((r) => toHit(r, task, hash));
}

/** Perfect traces stored for a task with the same content hash, fittest first, one per instruction. */
export async function exactHits(store: Store, task: Task): Promise<TraceHit[]> {
  const hash = taskHash(task);
  const rows = await store.table
    .query()
    .where(`task_hash = ${sqlString(hash)} AND ${PERFECT}`)
    .select(['id', 'task_id', 'task_hash', 'instruction', 'fitness', 'created_at'])
    .toArray();
  const ordered = rows.sort(
    (a, b) => Number(b.fitness) - Number(a.fitness) || String(a.created_at).localeCompare(String(b.created_at)),
  );
  return dedup(ordered, ordered.length).map((r) => toHit(r, task, hash));
}

/** Perfect traces whose instruction embedding is nearest `text` (none without a usable embedder). */
export async function relatedHits(
  store: Store,
  embedder: Embedder | null,
  text: string,
  k: number,
  task: Task,
  policy: RetrievalPolicy,
): Promise<TraceHit[]> {
  if (k <= 0) return [];
  const hash = taskHash(task);
  const where = whereAll(policyClauses(task, hash, policy));
  const rows = await textNeighbours(store, embedder, text, { where, limit: overFetch(k), columns: HIT_COLUMNS });
  return (await ranked(store, rows ?? [], k)).map((r) => toHit(r, task, hash));
}
