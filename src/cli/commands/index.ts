import type { Command } from 'commander';
import { register as report } from './report.js';
import { register as transfer } from './transfer.js';
import { register as data } from './data.js';
import { register as library } from './library.js';
import { register as score } from './score.js';
import { register as show } from './show.js';
import { register as tasks } from './tasks.js';
import { register as solve } from './solve.js';
import { register as merge } from './merge.js';

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

/**
 * The pattern every command follows (see tasks.ts, score.ts):
 *   - `run<Name>(options): Promise<Result>`: the logic, a plain function returning a value and
 *     throwing typed errors (ArcmemError subclasses). Library code, no printing.
 *   - `format<Name>(result, options): string`: turns the result into text (and `--json` into JSON).
 *   - `register(program, io)`: the commander definition with --help text; its action calls
 *     run, then `io.print(format(...))`. It never calls process.exit or console.log.
 * main.ts catches errors, prints them and sets the exit code. Add one line per command below.
 */
export type Register = (program: Command, io: CommandIO) => void;

export const commands: Register[] = [tasks, show, score, solve, merge, data, report, transfer, library];
