/**
 * The `prior` table: the learned search prior's counts as plain rows beside the traces. It is
 * derived data: rebuilt whole from the perfect traces (by whoever can read the step language,
 * see run/), never merged or imported, so it may always be overwritten. A library without
 * the table has learned nothing yet; one whose table cannot be read says how to rebuild it.
 */
import type { Task } from '../arc/index.js';
import { arrow } from './_arrow.js';
import { handleOf } from './_handle.js';
import { sqlString } from './_sql.js';
import { connectionOf, openSideTable, unreadable, type SideTableSpec } from './_side-table.js';
import { entryTask } from './entry-task.js';
import { LibraryError } from './errors.js';
import type { Library } from './library.js';
import { fromRow } from './schema.js';

export const PRIOR_TABLE = 'prior';

const TEXT_COLUMNS = ['kind', 'param', 'feature', 'value'] as const;
const NUMBER_COLUMNS = ['count', 'traces'] as const;
const COLUMNS = [...TEXT_COLUMNS, ...NUMBER_COLUMNS];

/**
 * One stored count, as plain data: the tasks (`count`) and perfect traces using a step kind
 * (with a parameter) among tasks with a feature value; local/learn defines what they mean.
 */
export type PriorRow = { readonly [K in (typeof TEXT_COLUMNS)[number]]: string } & {
  readonly [K in (typeof NUMBER_COLUMNS)[number]]: number;
};

const priorSchema = (): import('apache-arrow').Schema =>
  new arrow.Schema([
    ...TEXT_COLUMNS.map((name) => new arrow.Field(name, new arrow.Utf8(), false)),
    ...NUMBER_COLUMNS.map((name) => new arrow.Field(name, new arrow.Int32(), false)),
  ]);

const SPEC: SideTableSpec = {
  name: PRIOR_TABLE,
  schema: priorSchema,
  check: (schema) => {
    const names = schema.fields.map((f) => f.name);
    const absent = COLUMNS.filter((c) => !names.includes(c));
    return absent.length ? `no column ${absent.join(', ')}` : null;
  },
  remedy:
    'it only holds counts derived from the traces, which are untouched: run `arcmem library compact` to rebuild it',
};

/** The stored counts; null when the library has no `prior` table (nothing learned yet). */
export async function readPriorRows(library: Library): Promise<PriorRow[] | null> {
  const { store } = handleOf(library);
  const table = await openSideTable(store, SPEC);
  if (!table) return null;
  let rows: Record<string, unknown>[];
  try {
    rows = await table.query().select(COLUMNS).toArray();
  } catch (err) {
    throw unreadable(store, SPEC, err instanceof Error ? err.message : String(err), err);
  }
  return rows.map(
    (r) =>
      Object.fromEntries([
        ...TEXT_COLUMNS.map((c) => [c, String(r[c])]),
        ...NUMBER_COLUMNS.map((c) => [c, Number(r[c])]),
      ]) as PriorRow,
  );
}

/**
 * Replaces the stored counts with `rows`. `compact` also drops the table's older versions (as
 * `library compact` does); otherwise each rewrite keeps the previous version's files.
 */
export async function writePriorRows(
  library: Library,
  rows: readonly PriorRow[],
  opts: { readonly compact?: boolean } = {},
): Promise<void> {
  const { store } = handleOf(library);
  const db = await connectionOf(store);
  try {
    const schema = priorSchema();
    const write = (mode: 'create' | 'overwrite') =>
      rows.length
        ? db.createTable(
            PRIOR_TABLE,
            rows.map((r) => ({ ...r })),
            { mode, schema },
          )
        : db.createEmptyTable(PRIOR_TABLE, schema, { mode });
    // 'create' the first time: overwriting a table that is not there makes LanceDB warn on
    // stderr. A concurrent writer may create it first; then it is overwritten like any other time.
    const exists = (await db.tableNames()).includes(PRIOR_TABLE);
    const table = exists ? await write('overwrite') : await write('create').catch(() => write('overwrite'));
    if (opts.compact) await table.optimize({ cleanupOlderThan: new Date() });
    table.close();
  } catch (err) {
    throw new LibraryError(
      `cannot write the \`${PRIOR_TABLE}\` table of library ${store.uri}: ${err instanceof Error ? err.message : String(err)}; the traces are untouched, and \`arcmem library compact\` rebuilds it`,
      store.uri,
      { cause: err },
    );
  }
}

/** A perfect trace as learning reads it. */
export interface LearningTrace {
  readonly id: string;
  /** Content hash of its task: one task's traces share it. */
  readonly taskHash: string;
  readonly instruction: string;
  /** Its task's grids (stored with it or re-read from its source); null when neither is there. */
  readonly task: Task | null;
}

/**
 * The library's perfect traces: every id (so a caller sees which are gone), and the full
 * traces of those not in `known`, with their tasks unless `withTasks` is false (then `task` is
 * null and only id, task hash and instruction are read).
 */
export async function perfectTraces(
  library: Library,
  known: ReadonlySet<string> = new Set(),
  opts: { readonly withTasks?: boolean } = {},
): Promise<{ ids: string[]; fresh: LearningTrace[] }> {
  const { store } = handleOf(library);
  const withTasks = opts.withTasks ?? true;
  const perfect = 'train_perfect = true';
  const ids = (await store.table.query().where(perfect).select(['id']).toArray()).map((r) => String(r.id));
  const wanted = ids.filter((id) => !known.has(id));
  const fresh: LearningTrace[] = [];
  for (let i = 0; i < wanted.length; i += 200) {
    const batch = wanted.slice(i, i + 200);
    const query = store.table.query().where(`id IN (${batch.map(sqlString).join(', ')})`);
    if (!withTasks) {
      for (const r of await query.select(['id', 'task_hash', 'instruction']).toArray())
        fresh.push({ id: String(r.id), taskHash: String(r.task_hash), instruction: String(r.instruction), task: null });
      continue;
    }
    for (const e of (await query.toArray()).map(fromRow))
      fresh.push({ id: e.id, taskHash: e.taskHash, instruction: e.instruction, task: await entryTask(e) });
  }
  return { ids, fresh };
}
