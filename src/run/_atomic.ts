import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes a file so that a reader (or a process killed mid-write, even by SIGKILL) sees either
 * the old content or the new one, never a torn file: write a temp file beside it, fsync, rename.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${counter++}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}

export const writeJsonAtomic = (file: string, value: unknown): void =>
  writeFileAtomic(file, JSON.stringify(value, null, 1) + '\n');
