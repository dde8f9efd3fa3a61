/**
 * Which finished tasks still owe the library a store. A task record is written before its
 * library store, so a kill between the two leaves a record the library never saw; on resume
 * those records are stored (the library skips instructions it already holds for the task, so
 * a store that did land before the kill is not doubled).
 */
import type { RunEvent } from './run-files.js';

/** Tasks whose latest finish (task_end or task_error) was followed by a library_store that succeeded. */
export function storedTasks(events: readonly RunEvent[]): Set<string> {
  const stored = new Set<string>();
  for (const e of events) {
    if (e.type === 'task_end' || e.type === 'task_error') stored.delete(e.taskId);
    else if (e.type === 'library_store' && e.error === undefined) stored.add(e.taskId);
  }
  return stored;
}
