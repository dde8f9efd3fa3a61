/**
 * Answer file formats:
 *   - Kaggle `submission.json`: `{task_id: [{attempt_1, attempt_2}, ...]}`, one entry per test
 *     input in order. Read leniently about *missing* attempts (they score as failures) but
 *     strictly about malformed grids; written with both keys always present.
 *   - arcprize/arc-agi-benchmarking per-task files `<task_id>.json`: a list over test pairs of
 *     `{attempt_1, attempt_2}`, each `{answer, correct, metadata}`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { gridEquals, type Grid } from './grid.js';
import { GridSchema } from './task.js';
import { issuesToError, parseJson } from './parse.js';
import { readText } from './_read.js';

/** One test input's two attempts as read (either may be missing). */
export interface AttemptPair {
  readonly attempt_1?: Grid | null;
  readonly attempt_2?: Grid | null;
}
/** A Kaggle submission: task id → attempts per test input. */
export type Submission = Readonly<Record<string, readonly AttemptPair[]>>;

export const AttemptPairSchema = z.object({
  attempt_1: GridSchema.nullish(),
  attempt_2: GridSchema.nullish(),
});
export const SubmissionSchema = z.record(z.string(), z.array(AttemptPairSchema));

const SUBMISSION_HINT =
  'a submission looks like {"<task id>": [{"attempt_1": grid, "attempt_2": grid}, ...one per test input]}';

/** Validates parsed JSON as a submission; errors name the file and JSON path. */
export function parseSubmission(json: unknown, file: string): Submission {
  const parsed = SubmissionSchema.safeParse(json);
  if (!parsed.success) throw issuesToError(parsed.error.issues, json, file, [], SUBMISSION_HINT);
  return parsed.data;
}

/** Reads and validates a Kaggle submission.json. */
export async function readSubmission(file: string): Promise<Submission> {
  return parseSubmission(parseJson(await readText(file), file), file);
}

/** The grid written for a missing attempt: Kaggle needs both keys, so a 1x1 black grid stands in. */
export const PLACEHOLDER_GRID: Grid = [[0]];

/** Both attempts present (missing ones replaced by the placeholder grid). */
export function completeAttempts(p: AttemptPair): { attempt_1: Grid; attempt_2: Grid } {
  return { attempt_1: p.attempt_1 ?? PLACEHOLDER_GRID, attempt_2: p.attempt_2 ?? PLACEHOLDER_GRID };
}

/** The submission as Kaggle JSON text, task ids sorted, both keys always present. */
export function serializeSubmission(sub: Submission): string {
  const out: Record<string, { attempt_1: Grid; attempt_2: Grid }[]> = {};
  for (const id of Object.keys(sub).sort()) out[id] = sub[id]!.map(completeAttempts);
  return JSON.stringify(out);
}

/** Writes a Kaggle submission.json. */
export async function writeSubmission(file: string, sub: Submission): Promise<void> {
  await writeFile(file, serializeSubmission(sub) + '\n');
}

/** What is known about how an attempt was produced (all optional; unknowns are written as 0/empty). */
export interface AttemptInfo {
  readonly model?: string;
  readonly provider?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly reasoningTokens?: number;
  readonly costUsd?: number | null;
}

/** One attempt in the arc-agi-benchmarking layout. */
export interface BenchmarkingAttempt {
  readonly answer: Grid;
  readonly correct: boolean | null;
  readonly metadata: Record<string, unknown>;
}
export type BenchmarkingTaskFile = { attempt_1: BenchmarkingAttempt; attempt_2: BenchmarkingAttempt }[];

function metadataFor(taskId: string, pairIndex: number, info: AttemptInfo): Record<string, unknown> {
  const prompt = info.promptTokens ?? 0,
    completion = info.completionTokens ?? 0;
  const at = info.startedAt ?? new Date(0).toISOString();
  return {
    model: info.model ?? 'unknown',
    provider: info.provider ?? 'unknown',
    start_timestamp: at,
    end_timestamp: info.finishedAt ?? at,
    choices: [],
    kwargs: {},
    usage: {
      prompt_tokens: prompt,
      completion_tokens: completion,
      total_tokens: prompt + completion,
      completion_tokens_details: {
        reasoning_tokens: info.reasoningTokens ?? 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    // Per-attempt cost is not separable from the task's total; the whole is reported on attempt_1.
    cost: { prompt_cost: 0, completion_cost: 0, total_cost: info.costUsd ?? 0 },
    task_id: taskId,
    pair_index: pairIndex,
    test_id: null,
  };
}

/**
 * One task's arc-agi-benchmarking file: per test pair both attempts with `correct` filled when
 * `expected` is known (else null) and metadata from `info` (cost counted once, on attempt_1).
 */
export function benchmarkingTaskFile(
  taskId: string,
  attempts: readonly AttemptPair[],
  opts: { expected?: readonly (Grid | undefined)[]; info?: AttemptInfo } = {},
): BenchmarkingTaskFile {
  const info = opts.info ?? {};
  return attempts.map((p, i) => {
    const { attempt_1, attempt_2 } = completeAttempts(p);
    const exp = opts.expected?.[i];
    const correct = (g: Grid | null | undefined): boolean | null =>
      exp === undefined ? null : !!g && gridEquals(g, exp);
    const meta = metadataFor(taskId, i, info);
    return {
      attempt_1: { answer: attempt_1, correct: correct(p.attempt_1), metadata: meta },
      attempt_2: {
        answer: attempt_2,
        correct: correct(p.attempt_2),
        metadata: { ...meta, cost: { prompt_cost: 0, completion_cost: 0, total_cost: 0 } },
      },
    };
  });
}

/** Writes `<dir>/<task_id>.json` in the arc-agi-benchmarking layout for each task. */
export async function writeBenchmarkingFiles(
  dir: string,
  files: ReadonlyMap<string, BenchmarkingTaskFile>,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [id, content] of files) {
    const path = join(dir, `${id}.json`);
    await writeFile(path, JSON.stringify(content, null, 2) + '\n');
    written.push(path);
  }
  return written;
}
