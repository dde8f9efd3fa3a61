/** The task an entry was stored for, rebuilt from the grids stored with it (or its source file). */
import { TaskFileSchema, loadTask, type Task } from '../arc/index.js';
import type { TraceEntry } from './schema.js';

/** The entry's task from the grids stored with it; null when none were stored or they are not a task. */
export function storedTask(e: TraceEntry): Task | null {
  if (!e.taskJson) return null;
  const parsed = TaskFileSchema.safeParse(JSON.parse(e.taskJson));
  return parsed.success ? { id: e.taskId, ...parsed.data, ...(e.taskSource ? { source: e.taskSource } : {}) } : null;
}

/** The stored grids, else the task re-read from its source file; null when neither is there. */
export async function entryTask(e: TraceEntry): Promise<Task | null> {
  return storedTask(e) ?? (e.taskSource ? loadTask(e.taskSource).catch(() => null) : null);
}
