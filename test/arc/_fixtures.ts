/** Temp folders of task files for the arc tests. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const TASK = {
  train: [
    {
      input: [
        [1, 0],
        [0, 1],
      ],
      output: [
        [0, 1],
        [1, 0],
      ],
    },
  ],
  test: [
    {
      input: [
        [2, 0],
        [0, 0],
      ],
      output: [
        [0, 2],
        [0, 0],
      ],
    },
  ],
};

export function tempDir(prefix = 'arcmem-arc-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes `files` (name → JSON value, or raw text when a string) into a new temp folder. */
export function writeFiles(files: Record<string, unknown>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}
