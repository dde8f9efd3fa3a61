/** Which tasks run, in which order, how many at once. */
import { createHash } from 'node:crypto';
import type { Task } from '../arc/task.js';
import { ConfigError } from '../errors.js';

/** Total cells over all of a task's grids (a cheap size/difficulty proxy). */
export const taskCells = (t: Task): number =>
  [...t.train.flatMap((p) => [p.input, p.output]), ...t.test.map((p) => p.input)].reduce(
    (s, g) => s + g.length * (g[0]?.length ?? 0),
    0,
  );

/** Smallest first (total cells over all grids), ties by id: cheap tasks finish early and show progress. */
export const smallestFirst = (tasks: readonly Task[]): Task[] =>
  [...tasks].sort((a, b) => taskCells(a) - taskCells(b) || a.id.localeCompare(b.id));

export interface Shard {
  /** 0-based shard index. */
  readonly index: number;
  readonly count: number;
}

/** Parses `--shard i/n` (i from 0 to n-1). */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN,
    count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count) {
    throw new ConfigError(`--shard ${text}: expected i/n with 0 <= i < n, e.g. --shard 0/4 ... --shard 3/4`);
  }
  return { index, count };
}

/** Shard of a task id: a hash, so a task lands in the same shard whatever else is in the set. */
export const shardOf = (taskId: string, count: number): number =>
  createHash('sha256').update(taskId).digest().readUInt32BE(0) % count;

export const inShard = (tasks: readonly Task[], shard: Shard): Task[] =>
  tasks.filter((t) => shardOf(t.id, shard.count) === shard.index);

/** Runs `work` over items with at most `limit` in flight; settles every item. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
