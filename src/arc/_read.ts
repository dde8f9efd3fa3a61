import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Largest file read by default: far above the largest combined ARC file, far below memory. */
export const MAX_READ_BYTES = 512 * 1024 * 1024;

/**
 * Reads a UTF-8 file, turning a failure into an InputError that names the file. Only regular
 * files of at most `maxBytes` are read: a FIFO would block forever and /dev/zero never ends,
 * and a path can come from someone else's library. O_NONBLOCK lets a FIFO be opened (and
 * refused) without waiting for a writer; it changes nothing for a regular file.
 */
export async function readText(file: string, maxBytes = MAX_READ_BYTES): Promise<string> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError(`${file}: cannot read the file (${code}); check the path`, file, undefined, { cause: err });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(`${file}: not a regular file; give a task file`, file, undefined);
    if (info.size > maxBytes) {
      throw new InputError(
        `${file}: ${info.size} bytes, over the ${maxBytes}-byte limit for this file`,
        file,
        undefined,
      );
    }
    const buffer = Buffer.alloc(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(buffer, read, info.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    await handle.close();
  }
}
