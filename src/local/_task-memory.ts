/** What the offline model remembers per task between calls: its plan search and the search time spent. */
import { gridKey, type Grid } from '../arc/grid.js';
import type { TaskView } from '../evolve/types.js';
import { BoundedCache } from './bounded-cache.js';
import type { Found } from './search/found.js';

interface Entry {
  found?: Found[];
  spentMs: number;
}

const viewKey = (view: TaskView): string =>
  [...view.train.flatMap((p) => [p.input, p.output]), ...view.testInputs].map((g: Grid) => gridKey(g)).join('/');

/** Per-task memory for the latest `capacity` tasks, with a wall-clock allowance per task. */
export class TaskMemory {
  private readonly entries: BoundedCache<string, Entry>;
  constructor(
    private readonly taskTimeMs: number,
    capacity = 16,
  ) {
    this.entries = new BoundedCache(capacity);
  }

  /** The task's entry, created (and the oldest dropped) on first use. */
  entry(view: TaskView): Entry {
    return this.entries.get(viewKey(view), () => ({ spentMs: 0 }));
  }

  /** Runs `work` with at most `wantMs` of the task's remaining time, and books the time used. */
  async timed<T>(view: TaskView, wantMs: number, work: (timeMs: number) => Promise<T>): Promise<T> {
    const e = this.entry(view),
      started = Date.now();
    const result = await work(Math.max(0, Math.min(wantMs, this.taskTimeMs - e.spentMs)));
    e.spentMs += Date.now() - started;
    return result;
  }
}
