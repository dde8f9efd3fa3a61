/** The task an entry was stored for, rebuilt from the grids stored with it (or its source file). */
import { TaskFileSchema, loadTask, type Task } from '../arc/index.js';
import type { TraceEntry } from './schema.js';

/**
 * Largest task file re-read from an entry's source path (the largest ARC task file is ~30 KB).
 * The path comes from the library, possibly from someone else's export: only a regular file
 * this small is read, never a FIFO or a device.
 */
export const MAX_TASK_SOURCE_BYTES = 1024 * 1024;

/** The entry's task from the grids stored with it; null when none were stored or they are not a task. */
export function storedTask(e: TraceEntry): Task | null {
  if (!e.taskJson) return null;
  let json: unknown;
  try {
    json = JSON.parse(e.taskJson);
  } catch {
    return null;
  }
  const parsed = TaskFileSchema.safeParse(json);
  return parsed.success ? { id: e.taskId, ...parsed.data, ...(e.taskSource ? { source: e.taskSource } : {}) } : null;
}

/** The stored grids, else the task re-read from its source file; null when neither is there. */
export async function entryTask(e: TraceEntry): Promise<Task | null> {
  return (
    storedTask(e) ??
    (e.taskSource ? loadTask(e.taskSource, { maxBytes: MAX_TASK_SOURCE_BYTES }).catch(() => null) : null)
  );
}
