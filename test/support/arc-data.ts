/**
 * The official ARC data shared beside the checkout (`../shared/arc`), for tests on real tasks.
 * From a git worktree it is found beside the main checkout. Absent (a user's fresh clone), the
 * tests skip and their describe name says why; under CI=true that skip counts as a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

function mainCheckout(): string | null {
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], {
      cwd: packageRoot(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirname(common);
  } catch {
    return null;
  }
}

const candidates = [packageRoot(), mainCheckout()].filter((d): d is string => d !== null);

/** `../shared/arc` beside this checkout or its main checkout, or null when neither has it. */
export const sharedArc: string | null =
  candidates.map((d) => join(d, '..', 'shared', 'arc')).find((d) => existsSync(d)) ?? null;

/** A folder of the shared data, e.g. `arc-agi-1/training`; null when absent. */
export const sharedArcSet = (set: string): string | null =>
  sharedArc && existsSync(join(sharedArc, set)) ? join(sharedArc, set) : null;

/** Suffix for a describe name when the set is absent: says why it was skipped. */
export const arcSkipNote = (set: string): string =>
  sharedArcSet(set) ? '' : ` [skipped: no ../shared/arc/${set} beside this checkout]`;
