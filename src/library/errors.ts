import { ArcmemError } from '../errors.js';

/**
 * The library cannot be opened or used as asked: damaged files, a schema version this arcmem
 * does not read, an unreachable location. `uri` names the library. arcmem never repairs or
 * overwrites a library it cannot read; the message says what the user can do instead.
 */
export class LibraryError extends ArcmemError {
  override readonly name: string = 'LibraryError';
  constructor(
    message: string,
    readonly uri: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** One bad line of an import file (1-based line number). */
export interface ImportProblem {
  readonly line: number;
  readonly message: string;
}

/** An import file has invalid rows; nothing was imported. */
export class LibraryImportError extends LibraryError {
  override readonly name = 'LibraryImportError';
  constructor(
    message: string,
    uri: string,
    readonly file: string,
    readonly problems: readonly ImportProblem[],
  ) {
    super(message, uri);
  }
}
