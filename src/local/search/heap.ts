/** A binary max-heap by a numeric priority; ties leave in insertion order, so the search is deterministic. */
export class MaxHeap<T> {
  private items: { v: T; p: number; n: number }[] = [];
  private count = 0;

  get size(): number {
    return this.items.length;
  }

  push(v: T, p: number): void {
    const a = this.items;
    a.push({ v, p, n: this.count++ });
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(a[i]!, a[up]!)) break;
      [a[i], a[up]] = [a[up]!, a[i]!];
      i = up;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    if (!a.length) return undefined;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let best = i;
        if (l < a.length && this.before(a[l]!, a[best]!)) best = l;
        if (r < a.length && this.before(a[r]!, a[best]!)) best = r;
        if (best === i) break;
        [a[i], a[best]] = [a[best]!, a[i]!];
        i = best;
      }
    }
    return top.v;
  }

  /** Keeps only the best `k` items (bounding memory). */
  trim(k: number): void {
    if (this.items.length <= k) return;
    const kept = [...this.items].sort((x, y) => (this.before(x, y) ? -1 : 1)).slice(0, k);
    this.items = kept; // sorted best first, which is a valid heap
  }

  private before(x: { p: number; n: number }, y: { p: number; n: number }): boolean {
    return x.p > y.p || (x.p === y.p && x.n < y.n);
  }
}
