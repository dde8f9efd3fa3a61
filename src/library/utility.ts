/**
 * Utility counters: for every item retrieval offers (a trace, a concept, the learned prior), how
 * often it was offered to a task and how often it was an ancestor of a train-perfect and of a
 * test-verified candidate. They live in the library's `utility` table, never in `traces`.
 *
 * The table is append-only: each finished task adds one row per item it touched (its counts for
 * that task), keyed by the observation (which task solve) and the item, and a counter is the sum
 * of its rows. Rows go in through a merge on that key that inserts only new keys, in one commit
 * per task: two writers never lose each other's rows (the key is the primary key LanceDB checks
 * on concurrent commits), the same observation stored twice (a resumed run) counts once, and a
 * kill loses at most the task in flight. Counters are observations, not derived from traces:
 * export/import does not carry them and compact keeps them.
 */
import { createHash } from 'node:crypto';
import { arrow } from './_arrow.js';
import { deleteCounted, idsIn, sqlString, whereAll } from './_sql.js';
import type { Store } from './_store.js';
import { dropSideTable, openSideTable, sideTable, type SideTableSpec } from './_side-table.js';
import { LibraryError } from './errors.js';
import { PRIMARY_KEY_META } from './schema.js';

export const UTILITY_TABLE = 'utility';
const META_UTILITY_VERSION = 'arcmem.utility_version';
const UTILITY_VERSION = 1;

/** What kind of library item a counter is about. */
export type UtilityKind = 'trace' | 'concept' | 'prior';
export const UTILITY_KINDS: readonly UtilityKind[] = ['trace', 'concept', 'prior'];

/** One item's counts in one observation (a finished task). */
export interface UtilityUpdate {
  readonly kind: UtilityKind;
  readonly id: string;
  readonly offered: number;
  readonly ancestorPerfect: number;
  readonly ancestorVerified: number;
}

/** An item's counters: the sums over every observation. */
export interface UtilityCounts extends UtilityUpdate {
  /** ISO time of its latest observation. */
  readonly updatedAt: string;
}

const COLUMNS = ['key', 'kind', 'id', 'offered', 'ancestor_perfect', 'ancestor_verified', 'updated_at'];

function utilitySchema(): import('apache-arrow').Schema {
  const utf8 = () => new arrow.Utf8();
  const count = (name: string) => new arrow.Field(name, new arrow.Int32(), false);
  return new arrow.Schema(
    [
      new arrow.Field('key', utf8(), false, new Map([[PRIMARY_KEY_META, '1']])),
      new arrow.Field('kind', utf8(), false),
      new arrow.Field('id', utf8(), false),
      count('offered'),
      count('ancestor_perfect'),
      count('ancestor_verified'),
      new arrow.Field('updated_at', utf8(), false),
    ],
    new Map([[META_UTILITY_VERSION, String(UTILITY_VERSION)]]),
  );
}

export const UTILITY_SPEC: SideTableSpec = {
  name: UTILITY_TABLE,
  schema: utilitySchema,
  check: (schema) => {
    const version = schema.metadata.get(META_UTILITY_VERSION);
    if (version !== String(UTILITY_VERSION))
      return `version ${version ?? '(none)'}, this arcmem reads version ${UTILITY_VERSION}`;
    const names = new Set(schema.fields.map((f) => f.name));
    const missing = COLUMNS.filter((c) => !names.has(c));
    return missing.length ? `no column ${missing.join(', ')}` : null;
  },
  remedy:
    '`arcmem library compact` starts the counters afresh (the counts are lost, the traces are untouched), or use the arcmem that wrote it',
};

const rowKey = (observation: string, u: UtilityUpdate): string =>
  createHash('sha256').update(`${observation}\n${u.kind}\n${u.id}`).digest('hex').slice(0, 32);

/**
 * Adds one observation's counts (in one commit); returns how many rows were new. An observation
 * recorded before adds nothing again. Updates with all-zero counts are skipped.
 */
export async function recordUtility(
  store: Store,
  observation: string,
  updates: readonly UtilityUpdate[],
  now: Date,
): Promise<number> {
  const rows = updates
    .filter((u) => u.offered || u.ancestorPerfect || u.ancestorVerified)
    .map((u) => ({
      key: rowKey(observation, u),
      kind: u.kind,
      id: u.id,
      offered: u.offered,
      ancestor_perfect: u.ancestorPerfect,
      ancestor_verified: u.ancestorVerified,
      updated_at: now.toISOString(),
    }));
  if (rows.length === 0) return 0;
  const table = await sideTable(store, UTILITY_SPEC);
  const r = await table.mergeInsert('key').whenNotMatchedInsertAll().execute(rows);
  return r.numInsertedRows;
}

/** Which counters to read: one kind, optionally only some ids. */
export interface UtilityQuery {
  readonly kind?: UtilityKind;
  readonly ids?: readonly string[];
}

/** The summed counters of the items asked for (items never observed are absent). */
export async function readUtility(store: Store, q: UtilityQuery = {}): Promise<Map<string, UtilityCounts>> {
  const out = new Map<string, UtilityCounts>();
  if (q.ids && q.ids.length === 0) return out;
  const table = await openSideTable(store, UTILITY_SPEC);
  if (!table) return out;
  const where = whereAll([
    q.kind === undefined ? undefined : `kind = ${sqlString(q.kind)}`,
    q.ids === undefined ? undefined : `id IN (${q.ids.map(sqlString).join(', ')})`,
  ]);
  let query = table.query().select(COLUMNS.slice(1));
  if (where) query = query.where(where);
  for (const r of await query.toArray()) {
    const kind = String(r.kind) as UtilityKind;
    const id = String(r.id);
    const at = String(r.updated_at);
    const key = utilityKey(kind, id);
    const before = out.get(key);
    out.set(key, {
      kind,
      id,
      offered: (before?.offered ?? 0) + Number(r.offered),
      ancestorPerfect: (before?.ancestorPerfect ?? 0) + Number(r.ancestor_perfect),
      ancestorVerified: (before?.ancestorVerified ?? 0) + Number(r.ancestor_verified),
      updatedAt: before && before.updatedAt > at ? before.updatedAt : at,
    });
  }
  return out;
}

/** How readUtility keys its map. */
export const utilityKey = (kind: UtilityKind, id: string): string => `${kind}:${id}`;

/** Deletes every counter row of these items; returns how many rows went. */
export async function deleteUtility(store: Store, kind: UtilityKind, ids: readonly string[]): Promise<number> {
  const table = await openSideTable(store, UTILITY_SPEC);
  return table ? deleteCounted(table, `kind = ${sqlString(kind)}`, idsIn(ids)) : 0;
}

/**
 * Compaction of the counters (`library compact`): merges their small files and drops old
 * versions; a table this arcmem cannot read is dropped, so counting starts afresh.
 */
export async function compactUtility(store: Store, olderThan: Date): Promise<'none' | 'compacted' | 'reset'> {
  let table;
  try {
    table = await openSideTable(store, UTILITY_SPEC);
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err;
    await dropSideTable(store, UTILITY_TABLE);
    return 'reset';
  }
  if (!table) return 'none';
  await table.optimize({ cleanupOlderThan: olderThan });
  return 'compacted';
}
