/**
 * What `library import` accepts. A library file comes from someone else: without limits, one
 * row with a 30 MB instruction gets pasted into the prompts of every task it is retrieved for.
 * Limits on the file (bytes, rows) stop the import before anything is read; limits on a row
 * reject that row, named by its line and id with the reason.
 */
import { TaskFileSchema } from '../arc/index.js';
import type { TraceEntry } from './schema.js';

/**
 * The longest instruction the library stores, imports or offers to a model (characters). The
 * longest instruction a solve stores is bounded by the model's output limit; this is far above
 * any instruction seen and far below what a prompt can take.
 */
export const MAX_INSTRUCTION_CHARS = 20_000;

export interface ImportLimits {
  /** Size of the whole file. */
  readonly fileBytes: number;
  /** Rows (non-empty lines) in the file. */
  readonly rows: number;
  /** Size of one line (one row with its grids and vectors). */
  readonly lineBytes: number;
  /** Characters of one instruction. */
  readonly instructionChars: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  fileBytes: 4 * 1024 ** 3,
  rows: 1_000_000,
  lineBytes: 1024 ** 2,
  instructionChars: MAX_INSTRUCTION_CHARS,
};

/** Why a validated row is still refused, or null when it is within the limits. */
export function rowOverLimits(e: TraceEntry, limits: ImportLimits): string | null {
  if (e.instruction.length > limits.instructionChars) {
    return `instruction: ${e.instruction.length} characters, over the limit of ${limits.instructionChars} (instructions are shown to models as seeds)`;
  }
  if (e.taskJson !== null) return taskJsonProblem(e.taskJson);
  return null;
}

/** Why stored task grids are not an ARC task (1..30 x 1..30 grids of colours 0-9), or null. */
export function taskJsonProblem(taskJson: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(taskJson);
  } catch (err) {
    return `taskJson: not JSON (${(err as Error).message})`;
  }
  const parsed = TaskFileSchema.safeParse(json);
  if (parsed.success) return null;
  const issues = parsed.error.issues.slice(0, 2).map((i) => `${i.path.join('.') || '(task)'}: ${i.message}`);
  return `taskJson: not an ARC task (${issues.join('; ')})`;
}
