/** Every command and subcommand explains itself: what it does, each option with a description, and it exits 0. */
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli/main.js';

const io = { print: () => undefined, progress: () => undefined, colours: false, env: {} };

/** Command paths (['library', 'show'] ...) of the whole tree, from commander's own definition. */
function commandPaths(cmd: Command, prefix: string[] = []): string[][] {
  return cmd.commands
    .filter((c) => c.name() !== 'help')
    .flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

const paths = commandPaths(buildProgram(io));

async function help(path: string[]) {
  let out = '';
  const code = await main(['node', 'arcmem', ...path, '--help'], { ...io, print: (t) => (out += t) });
  return { code, out };
}

describe('--help everywhere', () => {
  it('the tree holds every documented command', () => {
    expect(paths.map((p) => p.join(' '))).toEqual(
      expect.arrayContaining([
        'tasks',
        'show',
        'score',
        'solve',
        'merge',
        'data',
        'data fetch',
        'report',
        'transfer',
        'library',
        'library stats',
        'library search',
        'library similar',
        'library show',
        'library export',
        'library import',
        'library prune',
        'library reembed',
        'library compact',
        'library serve',
      ]),
    );
  });

  it.each(paths.map((p) => [p.join(' '), p] as const))(
    'arcmem %s --help: usage, a description, every option described',
    async (_name, path) => {
      const { code, out } = await help(path);
      expect(code).toBe(0);
      expect(out).toContain(`Usage: arcmem ${path.join(' ')}`);
      const description = out.split('\n')[2] ?? '';
      expect(description.length, 'a one-line description under the usage').toBeGreaterThan(15);
      const options = out
        .slice(out.indexOf('Options:'))
        .split('\n')
        .filter((l) => /^ {2}-/.test(l));
      for (const line of options) expect(line.trim(), line).toMatch(/^\S.*\s{2,}\S/);
    },
  );

  it('the main help lists every command', async () => {
    const { code, out } = await help([]);
    expect(code).toBe(0);
    for (const p of paths.filter((x) => x.length === 1)) expect(out).toMatch(new RegExp(`\\n  ${p[0]}\\b`));
  });
});
