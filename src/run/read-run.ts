/** Reads a whole run folder (layout in run-files.ts), for reports and experiments. Never writes to it. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { RunEvent, TaskRecord } from './run-files.js';
import { parseEvents, RunFolder } from './run-folder.js';

export { parseEvents };

export interface RunContents {
  readonly dir: string;
  /** summary.json as written (null when the run has not written one yet). */
  readonly summary: Record<string, unknown> | null;
  readonly settings: Record<string, unknown> | null;
  /** One record per finished task, sorted by task id. */
  readonly records: readonly TaskRecord[];
  readonly events: readonly RunEvent[];
  /** Files that could not be read, with the reason (a run killed mid-write leaves some). */
  readonly problems: readonly string[];
}

async function readJsonObject(file: string, problems: string[]): Promise<Record<string, unknown> | null> {
  if (!existsSync(file)) return null;
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`${file}: not a JSON object`);
  } catch (err) {
    problems.push(`${file}: ${(err as Error).message}`);
  }
  return null;
}

/** Loads everything a report needs from a run folder. */
export async function readRunFolder(dir: string): Promise<RunContents> {
  const tasksDir = join(dir, 'tasks');
  if (!existsSync(dir))
    throw new InputError(
      `run folder ${dir} does not exist: pass the folder \`arcmem solve\` wrote (runs/<timestamp>)`,
      dir,
      undefined,
    );
  if (!existsSync(tasksDir))
    throw new InputError(
      `${dir} is not a run folder (no tasks/ inside): pass the folder \`arcmem solve\` wrote`,
      dir,
      undefined,
    );
  const problems: string[] = [];
  const records = RunFolder.at(dir).taskRecords(problems);
  const eventsFile = join(dir, 'events.jsonl');
  const events = existsSync(eventsFile) ? parseEvents(await readFile(eventsFile, 'utf8'), problems) : [];
  return {
    dir,
    summary: await readJsonObject(join(dir, 'summary.json'), problems),
    settings: await readJsonObject(join(dir, 'settings.json'), problems),
    records,
    events,
    problems,
  };
}
