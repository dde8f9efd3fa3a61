/**
 * The task sets of the offline-engine benchmark, computed from the ARC folders (no id lists are
 * kept here): ARC-AGI-1 training, the held-out set of ARC-AGI-2 training tasks that are in neither
 * ARC-AGI-1 set, and the evaluation sets where a data folder holds them. Also reads icecuber's
 * reference figures when the reference file is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ConfigError } from '../src/errors.js';
import type { BenchFlag } from './_args.js';

/**
 * The folder the sets are read from when `--arc` is not given: $ARC_DIR, else the shared copy beside
 * the project, else data/ once `arcmem data fetch` has filled it (a user's clone has no shared copy).
 */
function defaultArcDir(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync) {
  if (env.ARC_DIR) return env.ARC_DIR;
  return !exists('../shared/arc') && exists(join('data', 'arc-agi-1')) ? 'data' : '../shared/arc';
}

/** The `--arc` flag of the scripts that read these sets: the folder holding them. */
export const arcFlag = (env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync) =>
  ({
    type: 'string',
    default: defaultArcDir(env, exists),
    arg: '<dir>',
    defaultText: '$ARC_DIR, else ../shared/arc, else data/ as `arcmem data fetch` fills it',
    help: 'folder holding the ARC data sets',
  }) as const satisfies BenchFlag;

export interface TaskSet {
  readonly name: string;
  readonly files: readonly string[];
}

/** Each set's name and what it holds, for help texts and errors. */
export const SET_NAMES: Readonly<Record<string, string>> = {
  arc1: 'ARC-AGI-1 training',
  heldout: 'ARC-AGI-2 training tasks in neither ARC-AGI-1 set',
  arc2: 'ARC-AGI-2 training',
  arc1eval: 'ARC-AGI-1 evaluation',
  arc2eval: 'ARC-AGI-2 evaluation',
};

const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f))
    : [];

const nonEmpty = (name: string, files: string[]): TaskSet | null => (files.length ? { name, files } : null);

/**
 * The named set under the ARC folder, or null when its folders are absent. The held-out set leaves
 * out ARC-AGI-1's evaluation tasks as well as its training tasks: the official ARC-AGI-2 training
 * set re-uses hundreds of ARC-AGI-1 evaluation tasks, and without them it is the same 233 tasks
 * in a folder fetched whole as in one that left them out.
 */
export function taskSet(arcDir: string, name: string): TaskSet | null {
  const folder = (version: 1 | 2, split: 'training' | 'evaluation') =>
    jsonFiles(join(arcDir, `arc-agi-${version}`, split));
  switch (name) {
    case 'arc1':
      return nonEmpty(name, folder(1, 'training'));
    case 'heldout': {
      const arc1 = folder(1, 'training');
      if (!arc1.length) return null;
      const seen = new Set([...arc1, ...folder(1, 'evaluation')].map((f) => basename(f)));
      return nonEmpty(
        name,
        folder(2, 'training').filter((f) => !seen.has(basename(f))),
      );
    }
    case 'arc2':
      return nonEmpty(name, folder(2, 'training'));
    case 'arc1eval':
      return nonEmpty(name, folder(1, 'evaluation'));
    case 'arc2eval':
      return nonEmpty(name, folder(2, 'evaluation'));
    default:
      throw new ConfigError(`unknown set '${name}': use ${Object.keys(SET_NAMES).join(', ')}`);
  }
}

/** icecuber's depth-2 figures (per-task pass@2 %) for each set, from the reference file's header. */
export function icecuberReference(arcDir: string): Record<string, string> {
  const file = join(arcDir, 'reference', 'icecuber-depth2-arc-agi-1-training.txt');
  if (!existsSync(file)) return {};
  const header = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('#'));
  const line = (needle: string) => header.find((l) => l.includes(needle))?.replace(/^#\s*/, '') ?? '';
  return {
    arc1: line('ARC-AGI-1 training'),
    heldout: line('new in ARC-AGI-2'),
    arc1eval: line('ARC-AGI-1 evaluation'),
  };
}
