/**
 * What a resumed run takes over from the invocations before it, read from events.jsonl.
 *
 * Which finished tasks still owe the library a store. A task record is written before its
 * library store, so a kill between the two leaves a record the library never saw; on resume
 * those records are stored (the library skips instructions it already holds for the task, so
 * a store that did land before the kill is not doubled).
 */
import type { Usage } from '../llm/types.js';
import { addUsage, emptyUsage } from '../llm/usage.js';
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

/**
 * What earlier invocations spent on the tasks solved again now (unfinished at a kill, errored,
 * stopped on a budget): the requests and dollars of their call events, so the summary still
 * counts what the endpoint received and billed when those calls come back as free cache hits.
 */
export function spentBefore(
  events: readonly RunEvent[],
  ids: ReadonlySet<string>,
  kept: ReadonlySet<string>,
): Map<string, Usage> {
  const spent = new Map<string, Usage>();
  for (const e of events) {
    if (e.type !== 'call' || !e.usage || !ids.has(e.taskId) || kept.has(e.taskId)) continue;
    spent.set(e.taskId, addUsage(spent.get(e.taskId) ?? emptyUsage(), e.usage));
  }
  return spent;
}
