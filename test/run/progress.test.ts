import { describe, expect, it } from 'vitest';
import { progressLine, progressPrinter } from '../../src/run/progress.js';
import type { RunProgress } from '../../src/run/solve-tasks.js';

const p = (done: number, extra: Partial<RunProgress> = {}): RunProgress => ({
  done,
  total: 4,
  trainPerfect: done,
  costUsd: 0.5 * done,
  elapsedS: 10 * done,
  etaS: done ? 10 * (4 - done) : null,
  stage: 0,
  stages: 1,
  ...extra,
});

describe('progress', () => {
  it.each([
    [p(0), '[------------------------] 0/4 tasks  0 train-perfect  $0.000  0:00 elapsed  ETA --:--'],
    [p(2), '[############------------] 2/4 tasks  2 train-perfect  $1.000  0:20 elapsed  ETA 0:20'],
    [
      p(4, { costUsd: null, stage: 1, stages: 2 }),
      '[########################] 4/4 tasks  4 train-perfect  $?  0:40 elapsed  ETA 0:00  stage 2/2',
    ],
  ])('line %#', (progress, line) => {
    expect(progressLine(progress)).toBe(line);
  });

  it('redraws in place on a terminal', () => {
    let out = '';
    const printer = progressPrinter((t) => (out += t), { tty: true });
    printer.update(p(1));
    printer.update(p(2));
    printer.finish();
    expect(out.split('\r\x1b[2K')).toHaveLength(3);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('prints plain lines at most every interval, and the last state at the end', () => {
    let out = '',
      clock = 0;
    const printer = progressPrinter((t) => (out += t), { tty: false, intervalS: 10, now: () => clock });
    printer.update(p(0));
    clock = 5_000;
    printer.update(p(1));
    clock = 11_000;
    printer.update(p(2));
    printer.update(p(3));
    printer.finish();
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => l.match(/(\d)\/4/)![1]),
    ).toEqual(['0', '2', '3']);
  });
});
