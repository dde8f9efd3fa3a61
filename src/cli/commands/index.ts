import type { Command } from 'commander';
import type { CommandIO } from './_io.js';
import { register as report } from './report.js';
import { register as transfer } from './transfer.js';
import { register as data } from './data.js';
import { register as library } from './library.js';
import { register as score } from './score.js';
import { register as show } from './show.js';
import { register as tasks } from './tasks.js';
import { register as solve } from './solve.js';
import { register as merge } from './merge.js';
import { register as estimate } from './estimate.js';

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

export const commands: Register[] = [tasks, show, score, estimate, solve, merge, data, report, transfer, library];

export type { CommandIO } from './_io.js';
