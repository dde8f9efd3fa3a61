/**
 * Sharing a library: export every entry as JSON Lines, import a JSONL file after validating
 * every row (nothing is imported when any row is bad, unless skipInvalid). Import is
 * idempotent: rows are merged on id. A library file comes from someone else, so import also
 * holds it to limits (./import-limits.ts): the file is checked before it is read, streamed
 * line by line twice (validate, then merge in batches), and never held in memory whole.
 */
import { open, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { FINGERPRINT_DIM } from '../arc/index.js';
import { InputError } from '../errors.js';
import { LibraryImportError, type ImportProblem } from './errors.js';
import { handleOf } from './_handle.js';
import { DEFAULT_IMPORT_LIMITS, rowOverLimits, type ImportLimits } from './import-limits.js';
import { readLines } from './_lines.js';
import type { Library } from './library.js';
import type { Store } from './_store.js';
import { TraceEntrySchema, fromRow, toRow, type TraceEntry } from './schema.js';

/** Streams every entry to `file`, batch by batch (a large library never sits in memory whole). */
export async function exportLibrary(library: Library, file: string): Promise<number> {
  const { store } = handleOf(library);
  let handle;
  try {
    handle = await open(file, 'w');
  } catch (err) {
    throw new InputError(
      `${file}: cannot write the export (${(err as NodeJS.ErrnoException).code ?? err}); check the path`,
      file,
      undefined,
      { cause: err },
    );
  }
  const out = handle.createWriteStream({ encoding: 'utf8' });
  let n = 0;
  try {
    for await (const batch of store.table.query()) {
      for (const r of batch.toArray() as Record<string, unknown>[]) {
        n++;
        if (!out.write(JSON.stringify(fromRow(r)) + '\n')) await once(out, 'drain');
      }
    }
  } finally {
    out.end();
    await once(out, 'finish');
  }
  return n;
}

export interface ImportOptions {
  /** Import the valid rows and report the bad ones (default: any bad row stops the import). */
  readonly skipInvalid?: boolean;
  /** Other limits than DEFAULT_IMPORT_LIMITS, each one given replacing its default. */
  readonly limits?: Partial<ImportLimits>;
}

export interface ImportResult {
  /** Rows new to the library, and rows that replaced an entry with the same id. */
  readonly inserted: number;
  readonly updated: number;
  /** Bad rows (skipped with skipInvalid). */
  readonly problems: readonly ImportProblem[];
  /** Rows whose text vector did not fit this library and were stored without it (run reembed). */
  readonly vectorsDropped: number;
}

/** Rows merged per commit: large enough to keep the versions few, small enough to keep memory flat. */
const IMPORT_BATCH = 2000;

type Parsed = { entry: TraceEntry; dropped: boolean };

/** Parses and checks one line; a string says why the row is refused. */
function parseLine(text: string, embedDim: number, limits: ImportLimits): Parsed | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  const parsed = TraceEntrySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`);
    return issues.slice(0, 3).join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
  }
  const entry = parsed.data;
  const refused = (why: string): string => `id ${entry.id}: ${why}`;
  if (entry.fingerprint.length !== FINGERPRINT_DIM)
    return refused(`fingerprint: has ${entry.fingerprint.length} numbers, expected ${FINGERPRINT_DIM}`);
  const over = rowOverLimits(entry, limits);
  if (over) return refused(over);
  const fits = entry.textVector === null || entry.textVector.length === embedDim;
  return { entry: fits ? entry : { ...entry, textVector: null, embedModel: null }, dropped: !fits };
}

/** The import file must be a regular file within the size limit (a FIFO or device could never end). */
async function checkFile(file: string, limits: ImportLimits): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw new InputError(
      `${file}: cannot read the import file (${(err as NodeJS.ErrnoException).code ?? err})`,
      file,
      undefined,
      { cause: err },
    );
  }
  if (!info.isFile())
    throw new InputError(
      `${file}: not a regular file; import a file written by \`arcmem library export\``,
      file,
      undefined,
    );
  if (info.size > limits.fileBytes) {
    throw new InputError(
      `${file}: ${info.size} bytes, over the import limit of ${limits.fileBytes}; split it into smaller files and import each`,
      file,
      undefined,
    );
  }
}

/** Every valid row of the file, by line, with each line's verdict; throws past the row limit. */
async function* parsedRows(
  file: string,
  embedDim: number,
  limits: ImportLimits,
): AsyncGenerator<{ line: number; result: Parsed | string }> {
  let rows = 0;
  for await (const l of readLines(file, limits.lineBytes)) {
    if (l.text !== null && l.text.trim() === '') continue;
    if (++rows > limits.rows) {
      throw new InputError(
        `${file}: more than ${limits.rows} rows, over the import limit; split it into smaller files and import each`,
        file,
        undefined,
      );
    }
    const result =
      l.text === null
        ? `${l.bytes} bytes on one line, over the limit of ${limits.lineBytes} for a row`
        : parseLine(l.text, embedDim, limits);
    yield { line: l.line, result };
  }
}

interface Checked {
  readonly problems: ImportProblem[];
  readonly vectorsDropped: number;
}

/** First pass: every row's verdict, duplicate ids included; nothing is written. */
async function checkRows(store: Store, file: string, limits: ImportLimits): Promise<Checked> {
  const problems: ImportProblem[] = [];
  const firstLine = new Map<string, number>();
  let vectorsDropped = 0;
  for await (const { line, result } of parsedRows(file, store.embedDim, limits)) {
    if (typeof result === 'string') {
      problems.push({ line, message: result });
      continue;
    }
    const seen = firstLine.get(result.entry.id);
    if (seen !== undefined) {
      problems.push({ line, message: `id ${result.entry.id} also on line ${seen}` });
      continue;
    }
    firstLine.set(result.entry.id, line);
    if (result.dropped) vectorsDropped++;
  }
  return { problems, vectorsDropped };
}

/** Second pass: merges the rows that passed the first, in batches. */
async function mergeRows(store: Store, file: string, limits: ImportLimits, bad: ReadonlySet<number>) {
  let inserted = 0,
    updated = 0,
    batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const r = await store.table.mergeInsert('id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute(batch);
    inserted += r.numInsertedRows;
    updated += r.numUpdatedRows;
    batch = [];
  };
  for await (const { line, result } of parsedRows(file, store.embedDim, limits)) {
    if (bad.has(line) || typeof result === 'string') continue;
    batch.push(toRow(result.entry));
    if (batch.length >= IMPORT_BATCH) await flush();
  }
  await flush();
  return { inserted, updated };
}

export async function importLibrary(library: Library, file: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const { store } = handleOf(library);
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...opts.limits };
  await checkFile(file, limits);
  const { problems, vectorsDropped } = await checkRows(store, file, limits);
  if (problems.length > 0 && !opts.skipInvalid) {
    const shown = problems
      .slice(0, 5)
      .map((p) => `line ${p.line}: ${p.message}`)
      .join('\n  ');
    throw new LibraryImportError(
      `${file}: ${problems.length} invalid row(s), nothing imported (use --skip-invalid to import the valid ones):\n  ${shown}${problems.length > 5 ? '\n  ...' : ''}`,
      store.uri,
      file,
      problems,
    );
  }
  const { inserted, updated } = await mergeRows(store, file, limits, new Set(problems.map((p) => p.line)));
  return { inserted, updated, problems, vectorsDropped };
}
