/** Reading arcmem.config.json (the file layer under flags and environment). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LlmConfigError } from './errors.js';

export const DEFAULT_CONFIG_FILE = 'arcmem.config.json';

/**
 * The parsed config file: `path` (from --config) must exist; without it, `arcmem.config.json`
 * in `cwd` is read when present, else undefined.
 */
export function readConfigFile(path: string | undefined, cwd: string = process.cwd()): unknown {
  const file = resolve(cwd, path ?? DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (path === undefined) return undefined;
    throw new LlmConfigError(`config file ${file} (from --config) does not exist.`);
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new LlmConfigError(`config file ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}
