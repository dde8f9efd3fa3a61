/** Small pieces shared by the arc commands (private to cli/commands). */
import { ConfigError } from '../../errors.js';
import { printable } from '../printable.js';
import type { CommandIO } from './_io.js';

/** Where dataset names resolve: `$ARCMEM_DATA` if set, else the package's data/ folder (undefined). */
export const dataDirFrom = (io: CommandIO): string | undefined => io.env.ARCMEM_DATA || undefined;

/** Pads cells into aligned columns; the first row is the header. Cells may hold untrusted text (task ids, instructions). */
export function table(cells: readonly (readonly string[])[]): string {
  const rows = cells.map((r) => r.map(printable));
  const widths = rows[0]!.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, k) => cell.padEnd(widths[k]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** JSON for `--json` output. */
export const asJson = (value: unknown): string => JSON.stringify(value, null, 2);

/** A commander parser for a whole-number flag: `--limit abc` is a ConfigError (exit 2) naming the flag. */
export const wholeNumber =
  (flag: string, min = 1) =>
  (v: string): number => {
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < min)
      throw new ConfigError(`${flag} expects a ${min === 1 ? 'positive' : 'non-negative'} whole number, got "${v}"`);
    return n;
  };

/** A commander parser for a comma-separated list of positive whole numbers, e.g. --budgets 3000,10000. */
export const wholeNumbers =
  (flag: string) =>
  (v: string): number[] =>
    v.split(',').map((part) => wholeNumber(flag)(part.trim()));

/** A commander parser for a duration flag in seconds: anything but a number > 0 is a ConfigError naming the flag. */
export const positiveSeconds =
  (flag: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!(n > 0)) throw new ConfigError(`${flag} expects seconds > 0, got "${v}"`);
    return n;
  };
