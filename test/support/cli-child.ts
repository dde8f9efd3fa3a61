/**
 * `arcmem` as a real child process: the node process itself runs the CLI sources (through
 * tsx's loader), so a SIGKILL sent to it kills the solver, not a wrapper that leaves it running.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot } from '../../src/paths.js';

export interface ChildExit {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliChild {
  readonly process: ChildProcess;
  readonly exit: Promise<ChildExit>;
}

/** Starts `arcmem <args>` in `cwd` with only PATH, HOME and NO_COLOR from this environment, plus `env`. */
export function startCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): CliChild {
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(packageRoot(), 'node_modules/tsx/dist/loader.mjs')).href,
      join(packageRoot(), 'src/cli/main.ts'),
      ...args,
    ],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: cwd, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '',
    stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exit = new Promise<ChildExit>((ok) => child.on('exit', (code, signal) => ok({ code, signal, stdout, stderr })));
  return { process: child, exit };
}

/** Polls `check` every few milliseconds until it holds; false when the deadline passed first. */
export async function waitFor(check: () => boolean, deadlineMs: number, everyMs = 5): Promise<boolean> {
  const until = Date.now() + deadlineMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((ok) => setTimeout(ok, everyMs));
  }
  return true;
}
