/** Runs the CLI in-process, capturing stdout and stderr (`env` is arcmem's environment). */
import { main } from '../../src/cli/main.js';

export async function runCli(args: readonly string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['node', 'arcmem', ...args], {
    print: (s) => out.push(s),
    progress: (s) => err.push(s),
    colours: false,
    env,
  });
  return { code, out: out.join('\n'), err: err.join('') };
}
