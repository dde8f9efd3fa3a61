/**
 * The library's one table, `traces`: one row per stored instruction trace. The Arrow schema is
 * explicit (vector columns are FixedSizeList<Float32>, which vector search needs) and carries
 * its version and vector sizes as schema metadata, checked on every open.
 */
import { z } from 'zod';
import { arrow } from './_arrow.js';

/** Bump when the table's columns change; older libraries are then refused, never rewritten. */
export const SCHEMA_VERSION = 1;
export const TRACES_TABLE = 'traces';
export const META_SCHEMA_VERSION = 'arcmem.schema_version';
export const META_FINGERPRINT_DIM = 'arcmem.fingerprint_dim';
export const META_EMBED_DIM = 'arcmem.embed_dim';
/** Field metadata marking `id` as the table's primary key, which concurrent merges check (see _unique-append.ts). */
export const PRIMARY_KEY_META = 'lance-schema:unenforced-primary-key:position';
/** Text-vector size of a library created without an embedder (all-MiniLM-L6-v2's). */
export const DEFAULT_EMBED_DIM = 384;

/** A stored trace, as library users see it. */
export interface TraceEntry {
  readonly id: string;
  readonly taskId: string;
  /** Content hash of the task (arc/taskHash): renamed copies of a task share it. */
  readonly taskHash: string;
  readonly dataset: string;
  readonly instruction: string;
  /** Strategy step kind and index that produced the candidate, and the candidate's own id. */
  readonly step: string;
  readonly stepIndex: number;
  readonly candidateId: string;
  readonly parents: readonly string[];
  /** Leave-one-out fitness on the train pairs. */
  readonly fitness: number;
  readonly trainPerfect: boolean;
  /** The task's test answers were right (known only with solutions, for the winning candidate). */
  readonly testVerified: boolean | null;
  /** The best imperfect candidate of an unsolved task (stored with --store-near-misses). */
  readonly nearMiss: boolean;
  readonly plannerModel: string;
  readonly repairerModel: string;
  readonly followerModel: string;
  /** Tokens and dollars spent on the whole task. */
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly costUsd: number | null;
  /** ISO time the row was written. */
  readonly createdAt: string;
  /** Library entry ids in the candidate's ancestry. */
  readonly seededBy: readonly string[];
  /** Where the task file was, when known. */
  readonly taskSource: string | null;
  /** The task's grids as JSON `{train, test}`, so the trace can be shown with its task. */
  readonly taskJson: string | null;
  readonly fingerprint: readonly number[];
  /** Text embedding of the instruction, with the model that made it (null: not embedded yet). */
  readonly textVector: readonly number[] | null;
  readonly embedModel: string | null;
}

/** A vector column's type: FixedSizeList<Float32>, which vector search needs. */
export const floatVector = (dim: number) =>
  new arrow.FixedSizeList(dim, new arrow.Field('item', new arrow.Float32(), true));

/** The Arrow schema of the traces table for the given vector sizes. */
export function traceSchema(fingerprintDim: number, embedDim: number): import('apache-arrow').Schema {
  const F = (name: string, type: import('apache-arrow').DataType, nullable = false) =>
    new arrow.Field(name, type, nullable);
  const utf8 = () => new arrow.Utf8();
  return new arrow.Schema(
    [
      new arrow.Field('id', utf8(), false, new Map([[PRIMARY_KEY_META, '1']])),
      F('task_id', utf8()),
      F('task_hash', utf8()),
      F('dataset', utf8()),
      F('instruction', utf8()),
      F('step', utf8()),
      F('step_index', new arrow.Int32()),
      F('candidate_id', utf8()),
      F('parents', utf8()),
      F('fitness', new arrow.Float64()),
      F('train_perfect', new arrow.Bool()),
      // Int8 1/0/null, not Bool: apache-arrow 18 writes an all-null Bool column LanceDB cannot read.
      F('test_verified', new arrow.Int8(), true),
      F('near_miss', new arrow.Bool()),
      F('planner_model', utf8()),
      F('repairer_model', utf8()),
      F('follower_model', utf8()),
      F('prompt_tokens', new arrow.Float64()),
      F('completion_tokens', new arrow.Float64()),
      F('cost_usd', new arrow.Float64(), true),
      F('created_at', utf8()),
      F('seeded_by', utf8()),
      F('task_source', utf8(), true),
      F('task_json', utf8(), true),
      F('fingerprint', floatVector(fingerprintDim)),
      F('text_vector', floatVector(embedDim), true),
      F('embed_model', utf8(), true),
    ],
    new Map([
      [META_SCHEMA_VERSION, String(SCHEMA_VERSION)],
      [META_FINGERPRINT_DIM, String(fingerprintDim)],
      [META_EMBED_DIM, String(embedDim)],
    ]),
  );
}

/** A row as LanceDB stores it. */
export function toRow(e: TraceEntry): Record<string, unknown> {
  return {
    id: e.id,
    task_id: e.taskId,
    task_hash: e.taskHash,
    dataset: e.dataset,
    instruction: e.instruction,
    step: e.step,
    step_index: e.stepIndex,
    candidate_id: e.candidateId,
    parents: JSON.stringify(e.parents),
    fitness: e.fitness,
    train_perfect: e.trainPerfect,
    test_verified: e.testVerified === null ? null : e.testVerified ? 1 : 0,
    near_miss: e.nearMiss,
    planner_model: e.plannerModel,
    repairer_model: e.repairerModel,
    follower_model: e.followerModel,
    prompt_tokens: e.promptTokens,
    completion_tokens: e.completionTokens,
    cost_usd: e.costUsd,
    created_at: e.createdAt,
    seeded_by: JSON.stringify(e.seededBy),
    task_source: e.taskSource,
    task_json: e.taskJson,
    fingerprint: [...e.fingerprint],
    text_vector: e.textVector ? [...e.textVector] : null,
    embed_model: e.embedModel,
  };
}

const list = (v: unknown): number[] | null => (v == null ? null : Array.from(v as Iterable<number>, Number));
const strings = (v: unknown): string[] => (typeof v === 'string' && v ? (JSON.parse(v) as string[]) : []);

/** A row read back from LanceDB (vectors arrive as Arrow vectors). */
export function fromRow(r: Record<string, unknown>): TraceEntry {
  return {
    id: String(r.id),
    taskId: String(r.task_id),
    taskHash: String(r.task_hash),
    dataset: String(r.dataset),
    instruction: String(r.instruction),
    step: String(r.step),
    stepIndex: Number(r.step_index),
    candidateId: String(r.candidate_id),
    parents: strings(r.parents),
    fitness: Number(r.fitness),
    trainPerfect: Boolean(r.train_perfect),
    testVerified: r.test_verified == null ? null : Number(r.test_verified) === 1,
    nearMiss: Boolean(r.near_miss),
    plannerModel: String(r.planner_model),
    repairerModel: String(r.repairer_model),
    followerModel: String(r.follower_model),
    promptTokens: Number(r.prompt_tokens),
    completionTokens: Number(r.completion_tokens),
    costUsd: r.cost_usd == null ? null : Number(r.cost_usd),
    createdAt: String(r.created_at),
    seededBy: strings(r.seeded_by),
    taskSource: r.task_source == null ? null : String(r.task_source),
    taskJson: r.task_json == null ? null : String(r.task_json),
    fingerprint: list(r.fingerprint) ?? [],
    textVector: list(r.text_vector),
    embedModel: r.embed_model == null ? null : String(r.embed_model),
  };
}

/**
 * Validates one exported entry (import checks every row with this, then ./import-limits.ts).
 * Short fields have generous length caps: an imported row is someone else's data.
 */
export const TraceEntrySchema = z.object({
  id: z.string().min(1).max(200),
  taskId: z.string().min(1).max(1000),
  taskHash: z.string().regex(/^[0-9a-f]{16,128}$/, 'a hex content hash'),
  dataset: z.string().max(1000),
  instruction: z.string().min(1),
  step: z.string().min(1).max(100),
  stepIndex: z.number().int().min(0),
  candidateId: z.string().max(200),
  parents: z.array(z.string().max(200)).max(100),
  fitness: z.number().min(0).max(1),
  trainPerfect: z.boolean(),
  testVerified: z.boolean().nullable(),
  nearMiss: z.boolean(),
  plannerModel: z.string().max(500),
  repairerModel: z.string().max(500),
  followerModel: z.string().max(500),
  promptTokens: z.number().min(0),
  completionTokens: z.number().min(0),
  costUsd: z.number().min(0).nullable(),
  createdAt: z.iso.datetime(),
  seededBy: z.array(z.string().max(200)).max(100),
  taskSource: z.string().max(4096).nullable(),
  taskJson: z.string().nullable(),
  fingerprint: z.array(z.number().finite()),
  textVector: z.array(z.number().finite()).nullable(),
  embedModel: z.string().max(500).nullable(),
});
