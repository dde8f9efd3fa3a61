/** Keeping the transfer experiment honest: no target task may sit in the source the library is built from. */
import { taskHash } from '../arc/fingerprint.js';
import type { Task } from '../arc/task.js';
import { curriculumOrder } from '../run/curriculum.js';
import { seededShuffle } from '../arc/random.js';
import type { TaskOrder } from '../run/transfer-files.js';

export type { TaskOrder } from '../run/transfer-files.js';

export interface SourceSplit {
  readonly source: Task[];
  /** Source task ids removed because a target task has the same id or the same content. */
  readonly excluded: string[];
}

/**
 * Drops from `source` every task that is also a target task, by id or by content hash
 * (ARC-AGI-2 training reuses many ARC-AGI-1 training tasks; renamed copies match by content).
 */
export function separateSource(source: readonly Task[], target: readonly Task[]): SourceSplit {
  const ids = new Set(target.map((t) => t.id));
  const hashes = new Set(target.map(taskHash));
  const keep: Task[] = [],
    excluded: string[] = [];
  for (const t of source) {
    if (ids.has(t.id) || hashes.has(taskHash(t))) excluded.push(t.id);
    else keep.push(t);
  }
  return { source: keep, excluded };
}

/** The order source tasks are solved in while the library fills up. */
export function orderTasks(tasks: readonly Task[], order: TaskOrder, seed: number): Task[] {
  if (order === 'curriculum') return curriculumOrder(tasks);
  if (order === 'random') return seededShuffle(tasks, seed);
  return [...tasks];
}
