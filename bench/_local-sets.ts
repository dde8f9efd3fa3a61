/**
 * The task sets of the offline-engine benchmark, computed from the ARC folders (no id lists are
 * kept here): ARC-AGI-1 training, and the held-out set of ARC-AGI-2 training tasks whose ids are
 * not in ARC-AGI-1 training. Also reads icecuber's reference figures when the reference file is there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BenchFlag } from './_args.js';

/** The `--arc` flag of the scripts that read these sets: the folder holding them. */
export const arcFlag = (env: NodeJS.ProcessEnv = process.env) =>
  ({
    type: 'string',
    default: env.ARC_DIR ?? '../shared/arc',
    arg: '<dir>',
    defaultText: '$ARC_DIR, else ../shared/arc',
    help: 'folder holding the ARC data sets',
  }) as const satisfies BenchFlag;

export interface TaskSet {
  readonly name: string;
  readonly files: readonly string[];
}

const jsonFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(dir, f))
    : [];

/** The named set under the ARC folder, or null when its folders are absent. */
export function taskSet(arcDir: string, name: string): TaskSet | null {
  const arc1 = jsonFiles(join(arcDir, 'arc-agi-1', 'training'));
  const arc2 = jsonFiles(join(arcDir, 'arc-agi-2', 'training'));
  switch (name) {
    case 'arc1':
      return arc1.length ? { name, files: arc1 } : null;
    case 'heldout': {
      if (!arc1.length || !arc2.length) return null;
      const seen = new Set(arc1.map((f) => basename(f)));
      return { name, files: arc2.filter((f) => !seen.has(basename(f))) };
    }
    case 'arc2':
      return arc2.length ? { name, files: arc2 } : null;
    default:
      throw new Error(`unknown set '${name}': use arc1, heldout or arc2`);
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
