/**
 * The layering of docs/architecture.md, checked on every import in src/ (type-only ones
 * too): a folder imports only from layers below it, library/ never from evolve/, report/
 * never runs a solve, and no two files import each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** Layer of each folder under src/ (files at the top are the shared errors/paths and the public index). */
const LAYER: Record<string, number> = {
  arc: 1,
  llm: 1,
  embed: 1,
  datasets: 2,
  evolve: 2,
  local: 2,
  library: 2,
  run: 3,
  experiment: 4,
  report: 4,
  cli: 5,
};
/** Same-layer imports that are allowed: the offline engine implements evolution's Model port. */
const SIDEWAYS = new Set(['local->evolve']);
/** What report/ must not import: anything that solves tasks. */
const SOLVERS = [
  'run/solve.ts',
  'run/solve-tasks.ts',
  'evolve/solve-task.ts',
  'experiment/experiment.ts',
  'experiment/transfer.ts',
];

interface Import {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gm;
const INLINE_TYPE = /import\('(\.[^']+)'\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const target = (spec: string) => relative(SRC, resolve(SRC, dirname(file), spec)).replace(/\.js$/, '.ts');
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) out.push({ from: file, to: target(m[3]!), typeOnly: !!m[2] });
  for (const m of text.matchAll(INLINE_TYPE)) out.push({ from: file, to: target(m[1]!), typeOnly: true });
  return out;
}

const folderOf = (file: string): string | null => (file.includes('/') ? file.split('/')[0]! : null);

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);

describe('the layers of src/', () => {
  it('every folder under src/ has a layer', () => {
    const folders = new Set(files.map(folderOf).filter((f): f is string => f !== null));
    expect([...folders].filter((f) => !(f in LAYER))).toEqual([]);
  });

  it('no folder imports a folder above it or beside it (type-only imports count)', () => {
    const wrong = imports.filter(({ from, to }) => {
      const a = folderOf(from),
        b = folderOf(to);
      if (a === null || b === null || a === b) return false; // src/errors.ts, src/paths.ts, src/index.ts
      if (SIDEWAYS.has(`${a}->${b}`)) return false;
      return LAYER[b]! >= LAYER[a]!;
    });
    expect(wrong.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('only the public index imports it; the shared top files import no folder', () => {
    const wrong = imports.filter(
      ({ from, to }) =>
        (to === 'index.ts' && from !== 'index.ts') ||
        (folderOf(from) === null && from !== 'index.ts' && folderOf(to) !== null),
    );
    expect(wrong.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('report/ only reads and renders: it imports nothing that solves tasks', () => {
    const wrong = imports.filter((i) => folderOf(i.from) === 'report' && !i.typeOnly && SOLVERS.includes(i.to));
    expect(wrong.map((i) => `${i.from} -> ${i.to}`)).toEqual([]);
  });

  it('no two files import each other', () => {
    const edges = new Set(imports.map((i) => `${i.from}|${i.to}`));
    const mutual = imports.filter((i) => i.from < i.to && edges.has(`${i.to}|${i.from}`));
    expect(mutual.map((i) => `${i.from} <-> ${i.to}`)).toEqual([]);
  });

  it('the check sees imports (it is not vacuous)', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports.some((i) => i.from === 'run/solve.ts' && i.to === 'evolve/strategy.ts')).toBe(true);
    expect(imports.some((i) => i.typeOnly && folderOf(i.from) === 'evolve')).toBe(true);
  });
});
