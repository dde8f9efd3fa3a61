/**
 * A run folder on disk (layout in run-files.ts). Every file is replaced atomically, and
 * events.jsonl is appended one whole line at a time; a line torn by a kill is cut off when
 * the folder is reopened, so the file stays valid JSON Lines.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Grid } from '../arc/grid.js';
import { ConfigError } from '../errors.js';
import { serializeSubmission } from '../arc/submission.js';
import { writeFileAtomic, writeJsonAtomic } from './_atomic.js';
import type { Attempts, RunEvent, RunSummary, TaskRecord } from './run-files.js';
import { parseTaskRecord } from './record-schema.js';

/** Longest escaped id kept whole in a file name (file systems allow 255 bytes). */
const MAX_NAME = 200;

/**
 * Task ids are file names, one file per id: every UTF-8 byte outside a safe set (and a leading
 * `.`, which would hide the file and mark it as a temp file) becomes `%XX`, two hex digits per
 * byte, so no two ids share a name (`中` is `%E4%B8%AD`, `Ӣd` is `%D3%A2d`). An id too long to be
 * a file name keeps a prefix and gets its sha256.
 */
export function taskFileName(taskId: string): string {
  const escaped = [...Buffer.from(taskId, 'utf8')]
    .map((b, i) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9_-]/.test(c) || (c === '.' && i > 0) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  if (escaped.length <= MAX_NAME) return `${escaped}.json`;
  return `${escaped.slice(0, MAX_NAME - 65)}~${createHash('sha256').update(taskId).digest('hex')}.json`;
}

/** Parses events.jsonl; a torn last line (the writer was killed) is skipped, not fatal. */
export function parseEvents(text: string, problems: string[] = []): RunEvent[] {
  const events: RunEvent[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      events.push(JSON.parse(line) as RunEvent);
    } catch {
      problems.push(`events.jsonl line ${i + 1}: not JSON (skipped)`);
    }
  });
  return events;
}

export class RunFolder {
  readonly tasksDir: string;
  readonly eventsFile: string;

  private constructor(readonly dir: string) {
    this.tasksDir = join(dir, 'tasks');
    this.eventsFile = join(dir, 'events.jsonl');
  }

  /** Creates (or reopens) a run folder, repairing a torn last event line. */
  static open(dir: string): RunFolder {
    const f = new RunFolder(dir);
    RunFolder.requireFolderOrNothing(dir);
    try {
      mkdirSync(f.tasksDir, { recursive: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new ConfigError(
        `${dir}: cannot create a run folder there (${code}): choose a folder you can write, whose parents are folders`,
        { cause: err },
      );
    }
    f.cutTornEventLine();
    return f;
  }

  /** Throws a ConfigError when `dir` exists and is not a folder (a file given as --out). */
  static requireFolderOrNothing(dir: string): void {
    if (existsSync(dir) && !statSync(dir).isDirectory())
      throw new ConfigError(`${dir} is a file, not a folder: give --out a new or empty folder for the run`);
  }

  /** An existing run folder, for reading only (nothing is created or repaired). */
  static at(dir: string): RunFolder {
    return new RunFolder(dir);
  }

  /** True when the folder already holds a run (any task record or summary). */
  static holdsRun(dir: string): boolean {
    return (
      existsSync(join(dir, 'summary.json')) ||
      (existsSync(join(dir, 'tasks')) && readdirSync(join(dir, 'tasks')).some((f) => f.endsWith('.json')))
    );
  }

  /** True when `arcmem solve` started a run here (settings.json is written first), finished or not. */
  static startedRun(dir: string): boolean {
    return existsSync(join(dir, 'settings.json')) || RunFolder.holdsRun(dir);
  }

  private cutTornEventLine(): void {
    if (!existsSync(this.eventsFile)) return;
    const text = readFileSync(this.eventsFile, 'utf8');
    if (text === '' || text.endsWith('\n')) return;
    truncateSync(this.eventsFile, Buffer.byteLength(text.slice(0, text.lastIndexOf('\n') + 1)));
  }

  appendEvent(e: RunEvent): void {
    appendFileSync(this.eventsFile, JSON.stringify(e) + '\n');
  }

  /** The complete lines of events.jsonl (a torn last line is left out). */
  eventLines(): string[] {
    if (!existsSync(this.eventsFile)) return [];
    const text = readFileSync(this.eventsFile, 'utf8');
    return text
      .slice(0, text.lastIndexOf('\n') + 1)
      .split('\n')
      .filter((l) => l.trim() !== '');
  }

  /** The events so far, in order (lines that are not JSON are left out). */
  readEvents(problems: string[] = []): RunEvent[] {
    return parseEvents(this.eventLines().join('\n'), problems);
  }

  writeTask(record: TaskRecord): void {
    writeJsonAtomic(join(this.tasksDir, taskFileName(record.taskId)), record);
  }

  /** Valid task records in the folder, in file-name order. Unreadable files are reported in `problems`, not fatal. */
  taskRecords(problems: string[] = []): TaskRecord[] {
    if (!existsSync(this.tasksDir)) return [];
    const names = readdirSync(this.tasksDir)
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .sort();
    return names.flatMap((name) => {
      const file = join(this.tasksDir, name);
      try {
        return [parseTaskRecord(readFileSync(file, 'utf8'))];
      } catch (err) {
        problems.push(`${file}: ${(err as Error).message}; a resumed run solves the task again`);
        return [];
      }
    });
  }

  /** Valid task records already in the folder, by task id. */
  readTasks(problems: string[] = []): Map<string, TaskRecord> {
    return new Map(this.taskRecords(problems).map((r) => [r.taskId, r]));
  }

  /** submission.json with every task present: answered ones from their records, others from `fallback`. */
  writeSubmission(
    taskIds: readonly string[],
    records: ReadonlyMap<string, TaskRecord>,
    fallback: (id: string) => readonly Attempts[],
  ): void {
    const sub: Record<string, readonly { attempt_1: Grid; attempt_2: Grid }[]> = {};
    for (const id of taskIds) sub[id] = records.get(id)?.attempts ?? fallback(id);
    writeFileAtomic(join(this.dir, 'submission.json'), serializeSubmission(sub) + '\n');
  }

  writeSummary(summary: RunSummary): void {
    writeJsonAtomic(join(this.dir, 'summary.json'), summary);
  }

  writeSettings(settings: Readonly<Record<string, unknown>>): void {
    writeJsonAtomic(join(this.dir, 'settings.json'), settings);
  }

  readJson(name: 'summary.json' | 'settings.json' | 'submission.json'): unknown {
    const file = join(this.dir, name);
    if (!existsSync(file) || statSync(file).size === 0) return null;
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return null;
    }
  }
}
