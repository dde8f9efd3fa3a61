/**
 * Loading tasks from every form users have:
 *   - a single task file (`abc123.json`);
 *   - a folder of task files (loaded sorted by id; a bad file is reported, the rest still load);
 *   - the ARC Prize combined form `*_challenges.json` with its sibling `*_solutions.json`
 *     (found automatically, or given as `solutions`);
 *   - a dataset name such as `arc-agi-1/training` or `tasks`, resolved under `dataDir`
 *     (the CLI passes `$ARCMEM_DATA` or the package's data/ folder).
 * A source that cannot be read at all (missing, a bad single file) throws an InputError;
 * per-task problems inside a folder or combined file are returned in `errors`.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../errors.js';
import { bundledDataDir } from '../paths.js';
import type { Task } from './task.js';
import type { Grid } from './grid.js';
import { readText } from './_read.js';
import { isCombinedForm, parseJson, parseSolutions, parseTask, withSolutions } from './parse.js';

export interface LoadOptions {
  /** A combined `*_solutions.json` whose grids become the tasks' test outputs. */
  readonly solutions?: string;
  /** Where dataset names resolve; default: the package's data/ folder. */
  readonly dataDir?: string;
}

export interface LoadResult {
  readonly tasks: Task[];
  readonly errors: InputError[];
}

const DATASETS_HINT =
  'give a task file, a folder of task files, a *_challenges.json, or a dataset name such as arc-agi-1/training (run `arcmem data fetch` first)';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

const idOf = (file: string): string => basename(file).replace(/\.json$/i, '');

/** Loads one standard task file (a regular file of at most `maxBytes`); its id is the file name without `.json`. */
export async function loadTask(file: string, opts: { readonly maxBytes?: number } = {}): Promise<Task> {
  return parseTask(parseJson(await readText(file, opts.maxBytes), file), idOf(file), file);
}

/** Finds where `source` lives: as given, else under the data folder. */
export async function resolveSource(source: string, dataDir: string = bundledDataDir()): Promise<string> {
  if (await exists(source)) return source;
  if (!isAbsolute(source)) {
    const underData = join(dataDir, source);
    if (await exists(underData)) return underData;
  }
  throw new InputError(
    `${source}: no such file, folder or dataset (looked also under ${dataDir}); ${DATASETS_HINT}`,
    source,
    undefined,
  );
}

/** The sibling solutions file of a `*_challenges.json`, if it exists. */
async function siblingSolutions(file: string): Promise<string | undefined> {
  const name = basename(file);
  if (!/challenges/.test(name)) return undefined;
  const candidate = join(dirname(file), name.replace('challenges', 'solutions'));
  return (await exists(candidate)) ? candidate : undefined;
}

async function readSolutions(file: string): Promise<Map<string, Grid[]>> {
  return parseSolutions(parseJson(await readText(file), file), file);
}

/** Loads every task of a combined `{id: task}` file; bad tasks go to `errors`. */
function combinedTasks(json: Record<string, unknown>, file: string): LoadResult {
  const tasks: Task[] = [];
  const errors: InputError[] = [];
  for (const id of Object.keys(json).sort()) {
    try {
      tasks.push(parseTask(json[id], id, file, [id]));
    } catch (err) {
      if (err instanceof InputError) errors.push(err);
      else throw err;
    }
  }
  return { tasks, errors };
}

type Solutions = ReadonlyMap<string, readonly Grid[]>;

/** Loads one file in either form (single task or combined), with given or sibling solutions. */
async function loadFile(file: string, solutions?: Solutions): Promise<LoadResult> {
  const json = parseJson(await readText(file), file);
  const result = isCombinedForm(json)
    ? combinedTasks(json, file)
    : { tasks: [parseTask(json, idOf(file), file)], errors: [] };
  const sibling = solutions ? undefined : await siblingSolutions(file);
  const grids = solutions ?? (sibling ? await readSolutions(sibling) : undefined);
  if (!grids) return result;
  return { tasks: result.tasks.map((t) => withSolutions(t, grids)), errors: result.errors };
}

/** Loads every `.json` in a folder (solutions files are read with their challenges). */
async function loadFolder(dir: string, solutions?: Solutions): Promise<LoadResult> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !/_solutions\.json$/.test(n)).sort();
  const settled = await Promise.allSettled(names.map((n) => loadFile(join(dir, n), solutions)));
  const tasks: Task[] = [];
  const errors: InputError[] = [];
  settled.forEach((s) => {
    if (s.status === 'fulfilled') {
      tasks.push(...s.value.tasks);
      errors.push(...s.value.errors);
    } else if (s.reason instanceof InputError) errors.push(s.reason);
    else throw s.reason;
  });
  tasks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { tasks, errors };
}

/** Loads tasks from a file, folder, combined file or dataset name (see the file comment). */
export async function loadTasks(source: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const path = await resolveSource(source, opts.dataDir);
  if (opts.solutions !== undefined && !(await exists(opts.solutions))) {
    throw new InputError(
      `${opts.solutions}: solutions file not found; check the --solutions path`,
      opts.solutions,
      undefined,
    );
  }
  const solutions = opts.solutions === undefined ? undefined : await readSolutions(opts.solutions);
  const info = await stat(path);
  return info.isDirectory() ? loadFolder(path, solutions) : loadFile(path, solutions);
}

/** True when parsed JSON looks like a solutions file `{id: [grid, ...]}`. */
function isSolutionsForm(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const first = Object.values(json as Record<string, unknown>)[0];
  return Array.isArray(first);
}

/**
 * Expected test outputs by task id, from a combined `*_solutions.json`, or from any task
 * source whose tasks carry test outputs (task file, folder, challenges + solutions, dataset).
 */
export async function loadSolutions(
  source: string,
  opts: Pick<LoadOptions, 'dataDir'> = {},
): Promise<Map<string, Grid[]>> {
  const path = await resolveSource(source, opts.dataDir);
  if ((await stat(path)).isFile()) {
    const json = parseJson(await readText(path), path);
    if (isSolutionsForm(json)) return parseSolutions(json, path);
  }
  const { tasks, errors } = await loadTasks(path, opts);
  if (errors.length > 0) throw errors[0]!;
  const out = new Map<string, Grid[]>();
  for (const t of tasks) {
    const missing = t.test.findIndex((p) => p.output === undefined);
    if (missing >= 0) {
      throw new InputError(
        `${t.source ?? source}: task ${t.id} has no output for test[${missing}]; give a source with solutions`,
        t.source,
        `test[${missing}].output`,
      );
    }
    out.set(
      t.id,
      t.test.map((p) => p.output!),
    );
  }
  return out;
}
