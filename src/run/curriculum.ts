/**
 * Curriculum order: solve tasks in an order that lets later tasks reuse what earlier ones
 * stored in the library. Start from the smallest task, then repeatedly take the unsolved-yet
 * task nearest to the last one by fingerprint, with a pull towards small tasks so the chain
 * stays easy-first. Pure and deterministic (ties broken by id).
 */
import { cosineDistance, fingerprint } from '../arc/fingerprint.js';
import type { Task } from '../arc/task.js';
import { taskCells } from './schedule.js';

/** How much a task's size rank (0 smallest .. 1 largest) adds to its fingerprint distance. */
export const CURRICULUM_SIZE_WEIGHT = 0.5;

export function curriculumOrder(tasks: readonly Task[], sizeWeight = CURRICULUM_SIZE_WEIGHT): Task[] {
  if (tasks.length <= 1) return [...tasks];
  const bySize = [...tasks].sort((a, b) => taskCells(a) - taskCells(b) || a.id.localeCompare(b.id));
  const sizeRank = new Map(bySize.map((t, i) => [t.id, i / (bySize.length - 1)]));
  const fps = new Map(tasks.map((t) => [t.id, fingerprint(t)]));
  const left = new Set(bySize.slice(1));
  const order = [bySize[0]!];
  while (left.size) {
    const cur = fps.get(order.at(-1)!.id)!;
    let best: Task | null = null,
      bestCost = Infinity;
    for (const t of left) {
      const cost = cosineDistance(cur, fps.get(t.id)!) + sizeWeight * sizeRank.get(t.id)!;
      if (cost < bestCost || (cost === bestCost && best !== null && t.id < best.id)) {
        best = t;
        bestCost = cost;
      }
    }
    order.push(best!);
    left.delete(best!);
  }
  return order;
}
