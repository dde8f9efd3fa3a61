/**
 * A cache that holds at most a fixed number of entries, dropping the oldest first. Caches that
 * live as long as the process (module-level tables) use it, so that a long run meeting ever more
 * keys (grid shapes, tasks, instruction texts) keeps its memory bounded.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {}

  /** Entries held now (never more than `capacity`). */
  get size(): number {
    return this.entries.size;
  }

  /** The value remembered for `key`, or `make()` remembered (the oldest entry dropped when full). */
  get(key: K, make: () => V): V {
    let v = this.entries.get(key);
    if (v === undefined) {
      if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, (v = make()));
    }
    return v;
  }
}
