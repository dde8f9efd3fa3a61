/**
 * One base error for everything arcmem throws on purpose. Subclasses name the kind;
 * messages say what to do; the original failure is chained as `cause`.
 * Retry decisions look at the class and HTTP status, never at message text.
 */
export class ArcmemError extends Error {
  override readonly name: string = 'ArcmemError';
  /** Exit code the CLI uses when this error ends a command. */
  readonly exitCode: number = 1;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A command-line flag or configuration value is missing or wrong. */
export class ConfigError extends ArcmemError {
  override readonly name = 'ConfigError';
  override readonly exitCode = 2;
}

/** A task, submission or other input file is malformed. `path` is the JSON path of the fault. */
export class InputError extends ArcmemError {
  override readonly name = 'InputError';
  constructor(
    message: string,
    readonly file: string | undefined,
    readonly path: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
