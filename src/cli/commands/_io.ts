/** The terminal a command writes to (main.ts builds the real one; tests pass their own). */
/**
 * How a command talks to the world. main.ts builds one (stdout/stderr, colour decided from
 * --no-color / NO_COLOR / TTY, the environment read once at the edge) and passes it to every
 * `register`; tests pass their own to capture output.
 */
export interface CommandIO {
  /** Writes a command's formatted result (stdout). */
  print(text: string): void;
  /** Progress, warnings and error messages for humans (stderr); never the result. */
  progress(text: string): void;
  /** Colour wanted by default (false when NO_COLOR is set or stdout is not a TTY). */
  readonly colours: boolean;
  /** The environment, read once by main.ts (e.g. ARCMEM_DATA). */
  readonly env: Readonly<Record<string, string | undefined>>;
}
