/**
 * Pacing of HTTP requests: at most `concurrency` in flight, and when `rpm` is set, request
 * starts spaced evenly at 60000/rpm ms (every request counts, retries included).
 */
export class Pacer {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  private nextStart = 0;

  constructor(
    private readonly concurrency: number,
    private readonly rpm: number | null,
  ) {}

  /** Waits for a slot; call the returned function when the request is over. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (this.inFlight >= this.concurrency) {
      await new Promise<void>((resolve, reject) => {
        const wake = (): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = (): void => {
          const i = this.waiting.indexOf(wake);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(signal?.reason);
        };
        this.waiting.push(wake);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    } else {
      this.inFlight += 1;
    }
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next)
        next(); // the slot passes straight to the next waiter
      else this.inFlight -= 1;
    };
    try {
      await this.spaceStart(signal);
    } catch (err) {
      release();
      throw err;
    }
    return release;
  }

  private async spaceStart(signal?: AbortSignal): Promise<void> {
    if (this.rpm === null) return;
    const now = Date.now();
    const at = Math.max(now, this.nextStart);
    this.nextStart = at + 60_000 / this.rpm;
    if (at > now) await sleep(at - now, signal);
  }
}

/** setTimeout as a promise that rejects with the signal's reason on abort. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
