/**
 * Human progress for a run: a live bar redrawn in place on a terminal, or a plain line at
 * most every `intervalS` seconds (and at the end) when stderr is a file or pipe.
 */
import type { RunProgress } from './solve-tasks.js';

const clock = (s: number | null): string => {
  if (s === null || !Number.isFinite(s)) return '--:--';
  const m = Math.floor(s / 60),
    h = Math.floor(m / 60);
  return h ? `${h}h${String(m % 60).padStart(2, '0')}m` : `${m}:${String(Math.round(s % 60)).padStart(2, '0')}`;
};
const money = (usd: number | null): string => (usd === null ? '$?' : `$${usd.toFixed(usd < 10 ? 3 : 2)}`);

/** One line of progress text, e.g. `[#####-----] 12/40 tasks  9 train-perfect  $1.204  ETA 3:10`. */
export function progressLine(p: RunProgress, barWidth = 24): string {
  const filled = p.total ? Math.round((p.done / p.total) * barWidth) : barWidth;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
  const stage = p.stages > 1 ? `  stage ${p.stage + 1}/${p.stages}` : '';
  return `${bar} ${p.done}/${p.total} tasks  ${p.trainPerfect} train-perfect  ${money(p.costUsd)}  ${clock(p.elapsedS)} elapsed  ETA ${clock(p.etaS)}${stage}`;
}

export interface ProgressPrinter {
  readonly update: (p: RunProgress) => void;
  /** Ends the live line (TTY) or prints the last state (plain). */
  readonly finish: () => void;
}

export function progressPrinter(
  write: (text: string) => void,
  opts: { tty: boolean; intervalS?: number; now?: () => number },
): ProgressPrinter {
  const now = opts.now ?? Date.now;
  let last: RunProgress | null = null;
  let printedAt = -Infinity;
  let printed: RunProgress | null = null;
  return {
    update(p) {
      last = p;
      if (opts.tty) return write(`\r\x1b[2K${progressLine(p)}`);
      if (now() - printedAt >= (opts.intervalS ?? 10) * 1000) {
        printedAt = now();
        printed = p;
        write(`${progressLine(p)}\n`);
      }
    },
    finish() {
      if (opts.tty && last) write('\n');
      else if (last && last !== printed) write(`${progressLine(last)}\n`);
    },
  };
}
