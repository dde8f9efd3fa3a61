/**
 * Tables beside `traces` that hold what the library learns (utility counters, and the like):
 * each in its own LanceDB table of the same library, so they work on a folder and an object
 * store alike and the traces schema never changes. A library without such a table reads as
 * "nothing learned yet"; a table this arcmem cannot read is a LibraryError naming it.
 */
import * as lancedb from '@lancedb/lancedb';
import { LibraryError } from './errors.js';
import type { Store } from './_store.js';

const connections = new WeakMap<Store, Promise<lancedb.Connection>>();

/** The store's database connection (one per open store; reads see other processes' writes at once). */
export function connectionOf(store: Store): Promise<lancedb.Connection> {
  let db = connections.get(store);
  if (!db) {
    db = lancedb.connect(store.uri, { readConsistencyInterval: 0 });
    connections.set(store, db);
  }
  return db;
}

/** What a side table must be: its Arrow schema, and a check naming what is wrong with a stored one. */
export interface SideTableSpec {
  readonly name: string;
  readonly schema: () => import('apache-arrow').Schema;
  /** null when the stored schema is one this arcmem reads, else what is wrong with it. */
  readonly check: (schema: import('apache-arrow').Schema) => string | null;
  /** What the user can do about a table that fails the check. */
  readonly remedy: string;
}

export function unreadable(store: Store, spec: SideTableSpec, why: string, cause?: unknown): LibraryError {
  return new LibraryError(
    `library ${store.uri}: its ${spec.name} table cannot be read (${why}); ${spec.remedy}`,
    store.uri,
    cause === undefined ? undefined : { cause },
  );
}

const opened = new WeakMap<Store, Map<string, lancedb.Table>>();

/**
 * How long a listed table may stay without its first version. Another process creating the table
 * makes its folder before the version that makes it readable, and under load a reader listed it in
 * between ("Not found: .../_versions"): two processes recording utility on a fresh library lost
 * one's counts. A table still unreadable after this is damaged (a creator killed half-way), and
 * reported as such.
 */
const CREATING_WAIT_MS = 3000;
const RETRY_MS = 50;
const notFound = (err: unknown): boolean => /not found/i.test(err instanceof Error ? err.message : String(err));

/** Opens a listed table and reads its schema, waiting while it reads as not found (see CREATING_WAIT_MS). */
async function openCreated(
  db: lancedb.Connection,
  name: string,
): Promise<{ table: lancedb.Table; schema: import('apache-arrow').Schema }> {
  for (let waited = 0; ; waited += RETRY_MS) {
    try {
      const table = await db.openTable(name);
      return { table, schema: await table.schema() };
    } catch (err) {
      if (!notFound(err) || waited >= CREATING_WAIT_MS) throw err;
      await new Promise((done) => setTimeout(done, RETRY_MS));
    }
  }
}

/** The side table, checked; null when the library has none yet. Throws LibraryError when it cannot be read. */
export async function openSideTable(store: Store, spec: SideTableSpec): Promise<lancedb.Table | null> {
  const cached = opened.get(store)?.get(spec.name);
  if (cached) return cached;
  const db = await connectionOf(store);
  if (!(await db.tableNames()).includes(spec.name)) return null;
  let table: lancedb.Table;
  let schema: import('apache-arrow').Schema;
  try {
    ({ table, schema } = await openCreated(db, spec.name));
  } catch (err) {
    throw unreadable(store, spec, err instanceof Error ? err.message : String(err), err);
  }
  const wrong = spec.check(schema);
  if (wrong) throw unreadable(store, spec, wrong);
  return remember(store, spec.name, table);
}

/** The side table, created empty when absent (a concurrent creator may win; its table is used). */
export async function sideTable(store: Store, spec: SideTableSpec): Promise<lancedb.Table> {
  const existing = await openSideTable(store, spec);
  if (existing) return existing;
  const db = await connectionOf(store);
  await db.createEmptyTable(spec.name, spec.schema(), { mode: 'create', existOk: true });
  const table = await openSideTable(store, spec);
  if (!table) throw unreadable(store, spec, 'it vanished right after it was created');
  return table;
}

/** Drops the side table (it is rebuilt or starts empty on next use). */
export async function dropSideTable(store: Store, name: string): Promise<void> {
  opened.get(store)?.delete(name);
  const db = await connectionOf(store);
  if ((await db.tableNames()).includes(name)) await db.dropTable(name);
}

function remember(store: Store, name: string, table: lancedb.Table): lancedb.Table {
  let tables = opened.get(store);
  if (!tables) opened.set(store, (tables = new Map()));
  tables.set(name, table);
  return table;
}
