/**
 * Sharing a library: export every entry as JSON Lines, import a JSONL file after validating
 * every row (nothing is imported when any row is bad, unless skipInvalid). Import is
 * idempotent: rows are merged on id.
 */
import { open, readFile } from 'node:fs/promises';
import { once } from 'node:events';
import { FINGERPRINT_DIM } from '../arc/index.js';
import { InputError } from '../errors.js';
import { LibraryImportError, type ImportProblem } from './errors.js';
import { handleOf } from './_handle.js';
import type { Library } from './library.js';
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

export interface ImportResult {
  /** Rows new to the library, and rows that replaced an entry with the same id. */
  readonly inserted: number;
  readonly updated: number;
  /** Bad rows (skipped with skipInvalid). */
  readonly problems: readonly ImportProblem[];
  /** Rows whose text vector did not fit this library and were stored without it (run reembed). */
  readonly vectorsDropped: number;
}

function parseLine(text: string, embedDim: number): { entry: TraceEntry; dropped: boolean } | string {
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
  if (entry.fingerprint.length !== FINGERPRINT_DIM)
    return `fingerprint: has ${entry.fingerprint.length} numbers, expected ${FINGERPRINT_DIM}`;
  const fits = entry.textVector === null || entry.textVector.length === embedDim;
  return { entry: fits ? entry : { ...entry, textVector: null, embedModel: null }, dropped: !fits };
}

/** Adds the entries of a JSONL export, merged on id; every row is validated first. */
export async function importLibrary(
  library: Library,
  file: string,
  opts: { readonly skipInvalid?: boolean } = {},
): Promise<ImportResult> {
  const { store } = handleOf(library);
  const skipInvalid = opts.skipInvalid ?? false;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError(
      `${file}: cannot read the import file (${(err as NodeJS.ErrnoException).code ?? err})`,
      file,
      undefined,
      { cause: err },
    );
  }
  const problems: ImportProblem[] = [];
  const entries = new Map<string, TraceEntry>();
  const firstLine = new Map<string, number>();
  let vectorsDropped = 0;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const result = parseLine(raw, store.embedDim);
    if (typeof result === 'string') return problems.push({ line, message: result });
    const seen = firstLine.get(result.entry.id);
    if (seen !== undefined) return problems.push({ line, message: `id ${result.entry.id} also on line ${seen}` });
    firstLine.set(result.entry.id, line);
    entries.set(result.entry.id, result.entry);
    if (result.dropped) vectorsDropped++;
  });
  if (problems.length > 0 && !skipInvalid) {
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
  if (entries.size === 0) return { inserted: 0, updated: 0, problems, vectorsDropped };
  const r = await store.table
    .mergeInsert('id')
    .whenMatchedUpdateAll()
    .whenNotMatchedInsertAll()
    .execute([...entries.values()].map(toRow));
  return { inserted: r.numInsertedRows, updated: r.numUpdatedRows, problems, vectorsDropped };
}
