import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

/** Reads a UTF-8 file, turning a failure into an InputError that names the file. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new InputError(`${file}: cannot read the file (${code}); check the path`, file, undefined, { cause: err });
  }
}
