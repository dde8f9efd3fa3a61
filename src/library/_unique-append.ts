/**
 * Storing a task's traces so that concurrent writers never store one instruction twice.
 * A separate "read what is stored, then append" lets two processes that solve the same task
 * both see nothing and both append. Instead each row's id is derived from its content (task
 * hash + normalised instruction) and rows go in through a merge on id that inserts only
 * unmatched ids. With `id` recorded as the table's (unenforced) primary key, LanceDB checks
 * the ids inserted by a concurrent commit and retries the merge against it, so the second
 * writer finds the first one's row and inserts nothing.
 */
import { createHash } from 'node:crypto';
import { LibraryError } from './errors.js';
import type { Store } from './_store.js';
import { PRIMARY_KEY_META, toRow, type TraceEntry } from './schema.js';
import { normaliseInstruction } from '../instruction-text.js';

/** The id of the trace of `instruction` for the task with content hash `taskHash`. */
export const traceId = (taskHash: string, instruction: string): string =>
  createHash('sha256')
    .update(`${taskHash}\n${normaliseInstruction(instruction)}`)
    .digest('hex')
    .slice(0, 32);

async function hasPrimaryKey(store: Store): Promise<boolean> {
  const id = (await store.table.schema()).fields.find((f) => f.name === 'id');
  // Older Lance writes the same mark without the ':position' suffix.
  return [...(id?.metadata.keys() ?? [])].some((k) => k === PRIMARY_KEY_META || `${k}:position` === PRIMARY_KEY_META);
}

const keyed = new WeakSet<Store>();

/**
 * Libraries created before ids were content keys have no primary key: record it once (another
 * process may do the same at the same moment; whoever loses finds it set).
 */
async function ensurePrimaryKey(store: Store): Promise<void> {
  if (keyed.has(store)) return;
  if (!(await hasPrimaryKey(store))) {
    try {
      await store.table.setUnenforcedPrimaryKey('id');
    } catch (err) {
      if (!(await hasPrimaryKey(store))) {
        throw new LibraryError(
          `cannot mark the id column of library ${store.uri} as its key (${err instanceof Error ? err.message : String(err)}); check that the library is writable`,
          store.uri,
          { cause: err },
        );
      }
    }
  }
  keyed.add(store);
}

/** Inserts the entries whose ids are not stored yet; returns how many were inserted. */
export async function appendUnique(store: Store, entries: readonly TraceEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  await ensurePrimaryKey(store);
  const r = await store.table.mergeInsert('id').whenNotMatchedInsertAll().execute(entries.map(toRow));
  return r.numInsertedRows;
}
