import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed package's root folder (holds package.json and data/), from src/ or dist/. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('arcmem: cannot find the package root (package.json)');
    dir = up;
  }
  return dir;
}

/** Bundled data shipped with the package: tasks, presets, pricing. */
export const bundledDataDir = (): string => join(packageRoot(), 'data');
