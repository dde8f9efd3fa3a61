/**
 * Turning parsed JSON into tasks, with errors that name the file, the JSON path of the
 * fault and what to do. Pure: reading files is load.ts's job.
 */
import type { z } from 'zod';
import { InputError } from '../errors.js';
import { GridSchema, TaskFileSchema, type Task } from './task.js';
import type { Grid } from './grid.js';
import { formatJsonPath, valueAt } from './_json-path.js';

const TASK_HINT =
  'a task file looks like {"train": [{"input": grid, "output": grid}, ...], "test": [{"input": grid, "output"?: grid}]}, ' +
  'grids are 1-30 rows of equal length with colours 0-9';

/** 1-based line number of a character offset. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Parses JSON text, throwing an InputError that names the file when it is not JSON. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    const at = /at position (\d+)/.exec(why);
    const where = at ? ` at line ${lineOf(text, Number(at[1]))}` : '';
    throw new InputError(
      `${file}: not valid JSON${where} (${why}); check the file is a complete JSON document`,
      file,
      undefined,
      {
        cause: err,
      },
    );
  }
}

/** One readable line for a zod issue, using the offending value where that helps. */
function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const value = valueAt(json, issue.path);
  if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'number') {
    return `colour ${value} is outside 0-9`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `missing ${issue.expected}`;
  return issue.message;
}

/** An InputError for the first zod issue, naming file and JSON path (prefixed by `prefix`). */
export function issuesToError(
  issues: readonly z.core.$ZodIssue[],
  json: unknown,
  file: string,
  prefix: readonly PropertyKey[] = [],
  hint = TASK_HINT,
): InputError {
  const first = issues[0]!;
  const path = formatJsonPath([...prefix, ...first.path]);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new InputError(`${file}: ${path}: ${describeIssue(first, json)}${more}; ${hint}`, file, path);
}

/** Validates one task object; `prefix` locates it inside a combined file. */
export function parseTask(json: unknown, id: string, file: string, prefix: readonly PropertyKey[] = []): Task {
  const parsed = TaskFileSchema.safeParse(json);
  if (!parsed.success) throw issuesToError(parsed.error.issues, json, file, prefix);
  return { id, train: parsed.data.train, test: parsed.data.test, source: file };
}

/** True when a parsed JSON value looks like the ARC Prize combined form `{id: task, ...}`. */
export function isCombinedForm(json: unknown): json is Record<string, unknown> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const obj = json as Record<string, unknown>;
  if ('train' in obj || 'test' in obj) return false;
  const first = Object.values(obj)[0];
  return first !== null && typeof first === 'object' && 'train' in (first as object);
}

/** Validates a combined solutions object `{id: [grid per test input]}`. */
export function parseSolutions(json: unknown, file: string): Map<string, Grid[]> {
  const hint = 'a solutions file looks like {"<task id>": [grid for each test input, ...], ...}';
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InputError(`${file}: (root): expected an object of task ids; ${hint}`, file, '(root)');
  }
  const out = new Map<string, Grid[]>();
  for (const [id, grids] of Object.entries(json as Record<string, unknown>)) {
    const parsed = GridSchema.array().safeParse(grids);
    if (!parsed.success) throw issuesToError(parsed.error.issues, grids, file, [id], hint);
    out.set(id, parsed.data);
  }
  return out;
}

/** The task with test outputs filled from `solutions` (left as they are when absent). */
export function withSolutions(task: Task, solutions: ReadonlyMap<string, readonly Grid[]>): Task {
  const outs = solutions.get(task.id);
  if (!outs) return task;
  return { ...task, test: task.test.map((p, i) => (outs[i] ? { input: p.input, output: outs[i] } : p)) };
}
