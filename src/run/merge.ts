/**
 * `arcmem merge`: several run folders (shards of one task set, run on several machines)
 * become one: task records, submission (every task any input listed), events, and a summary
 * recomputed from the records. A task present twice keeps its better record.
 */
import { appendFileSync, existsSync } from 'node:fs';
import type { Grid } from '../arc/grid.js';
import { InputError } from '../errors.js';
import type { RunSummary, TaskRecord } from './run-files.js';
import { betterRecord } from './_records.js';
import { RunFolder } from './run-folder.js';
import { buildSummary, type SummaryEntry } from './summary.js';

type SubmissionJson = Record<string, { attempt_1: Grid; attempt_2: Grid }[]>;

const knowsSolutions = (r: TaskRecord): boolean => r.correct !== null;

export interface MergeResult {
  readonly out: string;
  readonly inputs: readonly string[];
  readonly summary: RunSummary;
}

export function mergeRuns(dirs: readonly string[], out: string): MergeResult {
  if (!dirs.length) throw new InputError('merge needs at least one run folder', undefined, undefined);
  const records = new Map<string, TaskRecord>();
  const listed = new Map<string, number>();
  const settings: Record<string, unknown>[] = [];
  let wallS = 0;
  // Every input is checked before the target folder is created, so a typo leaves nothing behind.
  for (const dir of dirs) {
    if (!existsSync(dir) || !RunFolder.holdsRun(dir))
      throw new InputError(
        `${dir} is not a run folder (no tasks/ or summary.json): pass folders written by \`arcmem solve\``,
        dir,
        undefined,
      );
  }
  const target = RunFolder.open(out);
  for (const dir of dirs) {
    const folder = RunFolder.at(dir);
    for (const r of folder.readTasks().values()) {
      const prev = records.get(r.taskId);
      records.set(r.taskId, prev ? betterRecord(prev, r) : r);
    }
    const sub = (folder.readJson('submission.json') ?? {}) as SubmissionJson;
    for (const [id, attempts] of Object.entries(sub)) listed.set(id, Math.max(listed.get(id) ?? 0, attempts.length));
    const summary = folder.readJson('summary.json') as Partial<RunSummary> | null;
    wallS = Math.max(wallS, summary?.wall_s ?? 0);
    settings.push({ dir, ...((folder.readJson('settings.json') as Record<string, unknown> | null) ?? {}) });
    if (dir !== out) for (const line of folder.eventLines()) appendFileSync(target.eventsFile, line + '\n');
  }
  for (const r of records.values()) {
    target.writeTask(r);
    listed.set(r.taskId, r.attempts.length);
  }
  const ids = [...listed.keys()].sort();
  const anyKnown = [...records.values()].some(knowsSolutions);
  const entries: SummaryEntry[] = ids.map((id) => {
    const record = records.get(id);
    return { taskId: id, outputs: listed.get(id)!, solutionsKnown: record ? knowsSolutions(record) : anyKnown, record };
  });
  // Unfinished tasks keep the placeholder answers their shard wrote; fall back to one 1x1 grid.
  const submissions = dirs.map((d) => (RunFolder.at(d).readJson('submission.json') ?? {}) as SubmissionJson);
  target.writeSubmission(
    ids,
    records,
    (id) => submissions.find((s) => s[id])?.[id] ?? [{ attempt_1: [[0]], attempt_2: [[0]] }],
  );
  const mergedSettings = { merged_from: settings };
  target.writeSettings(mergedSettings);
  const summary = buildSummary({ entries, wallS, settings: mergedSettings });
  target.writeSummary(summary);
  return { out, inputs: dirs, summary };
}
