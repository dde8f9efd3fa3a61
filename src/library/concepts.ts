/**
 * The `concepts` table: learned structure stored beside the raw traces as plain data. Two kinds
 * of row: 'macro' (a step sub-sequence mined from perfect traces of several tasks; rebuilt from
 * the traces whenever asked, so replacing them loses nothing) and 'lesson' (a short general
 * lesson a language model wrote after solving a task, with its text embedding; kept across
 * rebuilds, as the traces cannot regenerate it). The library stores what it is given: mining
 * and validating happen above it.
 */
import { z } from 'zod';
import { arrow } from './_arrow.js';
import { dropSideTable, openSideTable, sideTable, unreadable, type SideTableSpec } from './_side-table.js';
import { handleOf } from './_handle.js';
import { deleteCounted, idsIn, sqlString } from './_sql.js';
import { traceId } from './_unique-append.js';
import { taskHash, type Task } from '../arc/index.js';
import type { Store } from './_store.js';
import { usableEmbedder, vectorNeighbours } from './_vector-search.js';
import { LibraryError } from './errors.js';
import type { Library } from './library.js';
import { PRIMARY_KEY_META, floatVector } from './schema.js';

export type ConceptKind = 'macro' | 'lesson';

/** One step of a macro as stored: a step kind and the arguments it keeps fixed. */
export interface ConceptStep {
  readonly name: string;
  readonly fixed: Readonly<Record<string, string | number>>;
}

/** A stored concept. */
export interface ConceptEntry {
  readonly id: string;
  readonly kind: ConceptKind;
  readonly name: string;
  readonly text: string;
  /** A macro's steps (empty for a lesson). */
  readonly steps: readonly ConceptStep[];
  /** Trace ids it came from (a lesson: the trace of the solution it was written after). */
  readonly provenance: readonly string[];
  readonly createdAt: string;
  readonly textVector: readonly number[] | null;
  readonly embedModel: string | null;
}

/** A concept to store; the library adds the time and (for lessons) the embedding. */
export type ConceptInput = Omit<ConceptEntry, 'createdAt' | 'textVector' | 'embedModel'>;

export const CONCEPTS_TABLE = 'concepts';

/** How a lesson's id starts (a macro's starts with 'macro:'). */
export const LESSON_ID_PREFIX = 'lesson:';

const VERSION_KEY = 'arcmem.concepts_version';
const VERSION = '1';

const COLUMNS = ['id', 'kind', 'name', 'text', 'steps', 'provenance', 'created_at', 'text_vector', 'embed_model'];

/** The concepts table of a library whose text vectors have `embedDim` numbers. */
const conceptsSpec = (embedDim: number): SideTableSpec => ({
  name: CONCEPTS_TABLE,
  schema: () => {
    const utf8 = () => new arrow.Utf8();
    const F = (name: string, type: import('apache-arrow').DataType, nullable = false) =>
      new arrow.Field(name, type, nullable);
    return new arrow.Schema(
      [
        new arrow.Field('id', utf8(), false, new Map([[PRIMARY_KEY_META, '1']])),
        F('kind', utf8()),
        F('name', utf8()),
        F('text', utf8()),
        F('steps', utf8()),
        F('provenance', utf8()),
        F('created_at', utf8()),
        F('text_vector', floatVector(embedDim), true),
        F('embed_model', utf8(), true),
      ],
      new Map([[VERSION_KEY, VERSION]]),
    );
  },
  check: (schema) => {
    const version = schema.metadata.get(VERSION_KEY);
    if (version !== VERSION) return `version ${version ?? '(none)'}, this arcmem reads version ${VERSION}`;
    const names = new Set(schema.fields.map((f) => f.name));
    const missing = COLUMNS.filter((c) => !names.has(c));
    return missing.length ? `no column ${missing.join(', ')}` : null;
  },
  remedy:
    '`arcmem library compact` rebuilds it from the traces (mined macros come back, model lessons are lost; the traces are untouched)',
});

const StepsSchema = z.array(
  z.object({ name: z.string().min(1).max(100), fixed: z.record(z.string(), z.union([z.string(), z.number()])) }),
);
const IdsSchema = z.array(z.string());

function fromRow(store: Store, r: Record<string, unknown>): ConceptEntry {
  const kind = String(r.kind);
  const steps = StepsSchema.safeParse(safeJson(String(r.steps)));
  const provenance = IdsSchema.safeParse(safeJson(String(r.provenance)));
  if ((kind !== 'macro' && kind !== 'lesson') || !steps.success || !provenance.success)
    throw unreadable(store, conceptsSpec(store.embedDim), `its row ${String(r.id)} is not a concept this arcmem reads`);
  return {
    id: String(r.id),
    kind,
    name: String(r.name),
    text: String(r.text),
    steps: steps.data,
    provenance: provenance.data,
    createdAt: String(r.created_at),
    textVector: r.text_vector == null ? null : Array.from(r.text_vector as Iterable<number>, Number),
    embedModel: r.embed_model == null ? null : String(r.embed_model),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const toRow = (e: ConceptEntry): Record<string, unknown> => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  text: e.text,
  steps: JSON.stringify(e.steps),
  provenance: JSON.stringify(e.provenance),
  created_at: e.createdAt,
  text_vector: e.textVector ? [...e.textVector] : null,
  embed_model: e.embedModel,
});

/** The library's concepts (of one kind, when given); none when nothing was learned yet. */
export async function readConcepts(library: Library, kind?: ConceptKind): Promise<ConceptEntry[]> {
  const { store } = handleOf(library);
  const table = await openSideTable(store, conceptsSpec(store.embedDim));
  if (!table) return [];
  let q = table.query();
  if (kind) q = q.where(`kind = ${sqlString(kind)}`);
  const rows = await q.toArray();
  return rows.map((r) => fromRow(store, r)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The stored concepts with these ids (those no longer stored are absent). */
export async function conceptsById(store: Store, ids: readonly string[]): Promise<Map<string, ConceptEntry>> {
  const out = new Map<string, ConceptEntry>();
  const table = ids.length ? await openSideTable(store, conceptsSpec(store.embedDim)) : null;
  for (const where of table ? idsIn(ids) : [])
    for (const r of await table!.query().where(where).toArray()) out.set(String(r.id), fromRow(store, r));
  return out;
}

/** Deletes the lessons with these ids (macros are mined again from the traces, so pruning them means nothing); returns how many. */
export async function deleteLessons(store: Store, ids: readonly string[]): Promise<number> {
  const table = ids.length ? await openSideTable(store, conceptsSpec(store.embedDim)) : null;
  return table ? deleteCounted(table, "kind = 'lesson'", idsIn(ids)) : 0;
}

/** How many concepts of each kind the library holds (0 and 0 without a concepts table). */
export async function countConcepts(store: Store): Promise<Record<ConceptKind, number>> {
  const table = await openSideTable(store, conceptsSpec(store.embedDim));
  if (!table) return { macro: 0, lesson: 0 };
  return { macro: await table.countRows("kind = 'macro'"), lesson: await table.countRows("kind = 'lesson'") };
}

/** The concepts table, rebuilt empty when it cannot be read (what it held was learned and can be learned again). */
async function usableTable(store: Store) {
  const spec = conceptsSpec(store.embedDim);
  try {
    return await sideTable(store, spec);
  } catch (err) {
    if (!(err instanceof LibraryError)) throw err;
    await dropSideTable(store, CONCEPTS_TABLE);
    return sideTable(store, spec);
  }
}

/**
 * Makes the stored macros exactly `macros` (lessons are kept): new ones added, changed ones
 * updated, those no longer mined removed. Ids are content-derived, so concurrent rebuilds from
 * the same traces agree. A concepts table that cannot be read is rebuilt. Returns how many.
 */
export async function replaceMacros(library: Library, macros: readonly ConceptInput[]): Promise<number> {
  const { store } = handleOf(library);
  const table = await usableTable(store);
  const now = new Date().toISOString();
  const keep = macros.map((m) => sqlString(m.id));
  await table.delete(keep.length ? `kind = 'macro' AND id NOT IN (${keep.join(', ')})` : "kind = 'macro'");
  if (macros.length) {
    const rows = macros.map((m) => toRow({ ...m, kind: 'macro', createdAt: now, textVector: null, embedModel: null }));
    await table.mergeInsert('id').whenMatchedUpdateAll().whenNotMatchedInsertAll().execute(rows);
  }
  return macros.length;
}

/** A lesson to keep: its text, and the solved task and instruction it was drawn from. */
export interface LessonInput {
  readonly text: string;
  readonly task: Task;
  readonly instruction: string;
}

/**
 * Stores a lesson with its text embedding (null when no embedder fits the library); its
 * provenance is the trace of the instruction it was drawn from. Returns the stored row.
 */
export async function addLesson(library: Library, lesson: LessonInput): Promise<ConceptEntry> {
  const { store, embedder } = handleOf(library);
  const usable = usableEmbedder(store, embedder);
  const vector = usable ? Array.from((await usable.embed([lesson.text]))[0]!) : null;
  const trace = traceId(taskHash(lesson.task), lesson.instruction);
  const entry: ConceptEntry = {
    id: `${LESSON_ID_PREFIX}${traceId(trace, lesson.text)}`,
    name: 'lesson',
    text: lesson.text,
    provenance: [trace],
    kind: 'lesson',
    steps: [],
    createdAt: new Date().toISOString(),
    textVector: vector,
    embedModel: usable ? usable.modelId : null,
  };
  const table = await sideTable(store, conceptsSpec(store.embedDim));
  await table
    .mergeInsert('id')
    .whenNotMatchedInsertAll()
    .execute([toRow(entry)]);
  return entry;
}

/** The k lessons whose text embedding is nearest `text` (none without a fitting embedder or lessons). */
export async function nearestLessons(library: Library, text: string, k: number): Promise<ConceptEntry[]> {
  const { store, embedder } = handleOf(library);
  const usable = usableEmbedder(store, embedder);
  const table = await openSideTable(store, conceptsSpec(store.embedDim));
  if (!usable || !table || k <= 0) return [];
  const [vector] = await usable.embed([text]);
  const rows = await vectorNeighbours({ table }, 'text_vector', vector!, {
    where: `kind = 'lesson' AND embed_model = ${sqlString(usable.modelId)}`,
    limit: k,
  });
  return rows.map((r) => fromRow(store, r));
}
