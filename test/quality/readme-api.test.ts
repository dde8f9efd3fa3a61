/** What the README tells a library user to import exists, and the CLI's merge is reachable from code too. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as arcmem from '../../src/index.js';
import { packageRoot } from '../../src/paths.js';

const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
const imported = [...readme.matchAll(/import \{([^}]+)\} from 'arcmem'/g)].flatMap((m) =>
  m[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && s !== '...'),
);
const named = [...readme.matchAll(/From code \(`import \{ \.\.\. \} from 'arcmem'`\):([\s\S]*?)\n\n/g)].flatMap((m) =>
  [...m[1]!.matchAll(/`(\w+)\(/g)].map((x) => x[1]!),
);

describe("the README's code samples", () => {
  it('import names that are there', () => {
    expect(imported.length).toBeGreaterThan(10);
    expect(imported.filter((n) => !(n in arcmem))).toEqual([]);
  });
  it('name functions that are exported', () => {
    expect(named.length).toBeGreaterThan(3);
    expect(named.filter((n) => !(n in arcmem))).toEqual([]);
  });
  it.each(['mergeRuns', 'solveTasks', 'scoreSubmission', 'fetchDataset', 'openLibrary', 'createLocalModel'])(
    '%s, behind a CLI command, is exported',
    (name) => {
      expect(typeof (arcmem as Record<string, unknown>)[name]).toBe('function');
    },
  );
});
