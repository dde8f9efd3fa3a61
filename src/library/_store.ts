/**
 * Opening the traces table: create it on first use, otherwise check that it is one this
 * arcmem reads. A library that exists but cannot be read is reported, never recreated.
 * Also the one plain append of rows.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as lancedb from '@lancedb/lancedb';
import { FINGERPRINT_DIM } from '../arc/index.js';
import { LibraryError } from './errors.js';
import {
  META_EMBED_DIM,
  META_FINGERPRINT_DIM,
  META_SCHEMA_VERSION,
  SCHEMA_VERSION,
  TRACES_TABLE,
  toRow,
  traceSchema,
  type TraceEntry,
} from './schema.js';

export interface Store {
  readonly uri: string;
  readonly table: lancedb.Table;
  readonly embedDim: number;
}

/** A plain path (or file:// URL) rather than an object-store URI such as s3://bucket/lib. */
export const localPath = (uri: string): string | null =>
  uri.startsWith('file://') ? uri.slice('file://'.length) : /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) ? null : uri;

const HOW_TO_RECOVER =
  'arcmem does not modify it; restore it from a backup, or point --library (ARCMEM_LIBRARY) at a new location and import an export';

const missing = (uri: string): LibraryError =>
  new LibraryError(
    `no library at ${uri}: check --library (or ARCMEM_LIBRARY); \`arcmem solve\` or \`arcmem library import\` creates one`,
    uri,
  );

function damaged(uri: string, what: string, cause: unknown): LibraryError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new LibraryError(`library ${uri} is damaged (${what}: ${detail}); ${HOW_TO_RECOVER}`, uri, { cause });
}

/** Checks the table's recorded schema version and vector sizes; returns the text-vector size. */
async function checkSchema(uri: string, table: lancedb.Table): Promise<number> {
  let meta: Map<string, string>;
  try {
    meta = (await table.schema()).metadata;
  } catch (err) {
    throw damaged(uri, 'cannot read the table schema', err);
  }
  const version = meta.get(META_SCHEMA_VERSION);
  if (version !== String(SCHEMA_VERSION)) {
    throw new LibraryError(
      `library ${uri} has schema version ${version ?? '(none)'}, this arcmem reads version ${SCHEMA_VERSION}; ` +
        `use the arcmem version that wrote it (\`arcmem library export\`), or choose another --library location. ${HOW_TO_RECOVER.split('; ')[0]}`,
      uri,
    );
  }
  const fpDim = Number(meta.get(META_FINGERPRINT_DIM));
  if (fpDim !== FINGERPRINT_DIM) {
    throw new LibraryError(
      `library ${uri} stores ${fpDim}-number task fingerprints, this arcmem computes ${FINGERPRINT_DIM}; export it with the arcmem that wrote it, or choose another --library location`,
      uri,
    );
  }
  return Number(meta.get(META_EMBED_DIM));
}

/** Reads one row and counts rows, so damaged data files show up at open, not mid-run. */
async function probe(uri: string, table: lancedb.Table): Promise<void> {
  try {
    await table.countRows();
    await table.query().limit(1).toArray();
  } catch (err) {
    throw damaged(uri, 'cannot read the traces table', err);
  }
}

/** Changed in the last few seconds: possibly a table another process is creating right now. */
const fresh = (tableDir: string): boolean => Date.now() - statSync(tableDir).mtimeMs <= 10_000;

/**
 * Another process creating the library at this moment shows up as a table that cannot be opened
 * yet: on an object store it is listed as soon as its first file is written, and on disk its
 * folder exists before its first version does. Try again for a few seconds (on disk, only while
 * the folder is fresh and has no version yet) before calling it damaged.
 */
async function openTable(db: lancedb.Connection, tableDir: string | null): Promise<lancedb.Table> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.openTable(TRACES_TABLE);
    } catch (err) {
      if (attempt >= OPEN_ATTEMPTS || (tableDir !== null && !(fresh(tableDir) && notFound(err)))) throw err;
      await new Promise((ok) => setTimeout(ok, 250 * attempt));
    }
  }
}

const OPEN_ATTEMPTS = 6;

/** Lance's answer for a table with no version yet (a damaged one fails otherwise). */
const notFound = (err: unknown): boolean => err instanceof Error && /not found/i.test(err.message);

/**
 * True when a local table folder has its `_versions` folder. Another process creating the library
 * at this moment has made the table folder but not yet its first version: a fresh folder gets up
 * to two seconds to show one before it counts as damaged.
 */
async function versionsAppear(tableDir: string): Promise<boolean> {
  const versions = join(tableDir, '_versions');
  if (existsSync(versions)) return true;
  if (!fresh(tableDir)) return false;
  for (let i = 0; i < 20 && !existsSync(versions); i++) await new Promise((ok) => setTimeout(ok, 100));
  return existsSync(versions);
}

/**
 * Opens (or, when absent, creates) the library at `uri`. `embedDim` sizes the text-vector
 * column of a new library; an existing library keeps the size it was created with.
 */
export async function openStore(uri: string, embedDim: number, create = true): Promise<Store> {
  const local = localPath(uri);
  const tableDir = local === null ? null : join(local, `${TRACES_TABLE}.lance`);
  // Checked before connecting, which would already write into a mistyped folder.
  if (!create && tableDir !== null && !existsSync(tableDir)) throw missing(uri);
  // Connecting writes LanceDB's own bookkeeping (__manifest) into the folder: refuse a table
  // folder that is plainly not a Lance table before anything is written next to it.
  if (tableDir !== null && existsSync(tableDir) && !(await versionsAppear(tableDir))) {
    throw damaged(uri, `${tableDir} has no _versions folder`, 'not a Lance table');
  }
  let db: lancedb.Connection;
  let names: string[];
  try {
    // readConsistencyInterval 0: every read sees other processes' appends (dedup, retrieval).
    db = await lancedb.connect(uri, { readConsistencyInterval: 0 });
    names = await db.tableNames();
  } catch (err) {
    throw new LibraryError(
      `cannot open the library at ${uri}: ${err instanceof Error ? err.message : String(err)}; check the path or URI and its credentials`,
      uri,
      { cause: err },
    );
  }
  let table: lancedb.Table;
  if (names.includes(TRACES_TABLE) || (tableDir !== null && existsSync(tableDir))) {
    try {
      table = await openTable(db, tableDir);
    } catch (err) {
      throw damaged(uri, 'cannot open the traces table', err);
    }
  } else {
    if (!create) throw missing(uri);
    try {
      // existOk: a concurrent process may create it first; 'create' mode never overwrites.
      table = await db.createEmptyTable(TRACES_TABLE, traceSchema(FINGERPRINT_DIM, embedDim), {
        mode: 'create',
        existOk: true,
      });
    } catch (err) {
      throw new LibraryError(
        `cannot create the library at ${uri}: ${err instanceof Error ? err.message : String(err)}`,
        uri,
        { cause: err },
      );
    }
  }
  const dim = await checkSchema(uri, table);
  await probe(uri, table);
  return { uri, table, embedDim: dim };
}

/** Appends rows as given (ids must be new); returns how many. */
export async function appendEntries(store: Store, entries: readonly TraceEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  await store.table.add(entries.map(toRow));
  return entries.length;
}
