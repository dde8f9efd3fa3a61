#!/usr/bin/env node
/**
 * The arcmem command line. The only place that prints results and sets the exit code:
 * commands (./commands/*) return values and throw typed errors.
 */
import './_native-logs.js'; // must stay first: sets LanceDB's log level before it loads
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ArcmemError } from '../errors.js';
import { commands, type CommandIO } from './commands/index.js';
import { printable, terminalSafe } from './printable.js';

/**
 * The real terminal: results to stdout, progress to stderr, colour unless NO_COLOR or not a TTY.
 * Both streams pass through terminalSafe: only arcmem's own colour and redraw codes reach the terminal.
 */
export function terminalIO(): CommandIO {
  const env = { ...process.env };
  return {
    print: (text) => process.stdout.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`, false)),
    progress: (text) => process.stderr.write(terminalSafe(text, true)),
    colours: !env.NO_COLOR && process.stdout.isTTY === true,
    env,
  };
}

export function buildProgram(io: CommandIO = terminalIO()): Command {
  const program = new Command('arcmem')
    .description('Solve ARC-AGI tasks by evolving natural-language instructions, remembering what worked.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.print(s), writeErr: (s) => io.progress(s) })
    .exitOverride();
  for (const register of commands) register(program, io);
  return program;
}

/** Runs the CLI on node-style argv (`["node", "arcmem", ...args]`); `overrides` replace parts of the terminal IO (tests). */
export async function main(argv: string[], overrides: Partial<CommandIO> = {}): Promise<number> {
  const io: CommandIO = { ...terminalIO(), ...overrides };
  // Commands set process.exitCode: a code left by an earlier main() in this process must not leak in.
  process.exitCode = undefined;
  try {
    await buildProgram(io).parseAsync(argv);
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof ArcmemError) {
      io.progress(`arcmem: ${printable(err.message)}\n`);
      return err.exitCode;
    }
    io.progress(
      `arcmem: unexpected error: ${printable(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`,
    );
    return 1;
  }
}

/** True when this module is the process entry (also through npm's bin symlink). */
function isEntry(): boolean {
  const arg = process.argv[1];
  if (!arg) return false;
  try {
    return realpathSync(arg) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntry()) {
  main(process.argv).then((code) => process.exit(code));
}
