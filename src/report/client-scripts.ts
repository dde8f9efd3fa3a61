/**
 * The pages' browser scripts as JavaScript. Their sources are the type-checked files in
 * ./client/ (DOM library, no Node types). `npm run build` compiles them next to this module in
 * dist/report/client/; run from the sources (tsx, tests), they are transpiled on first use with
 * TypeScript, which a source checkout has as a dev dependency.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArcmemError } from '../errors.js';

/** The browser scripts: `dom` (helpers every page inlines first), `lineage` (the run report's candidate graph) and one per page. */
export const CLIENT_SCRIPTS = ['dom', 'lineage', 'run-report', 'library'] as const;
export type ClientScript = (typeof CLIENT_SCRIPTS)[number];

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const compiled = new Map<ClientScript, string>();

/** The JavaScript of one browser script: the built file if there is one, else transpiled from its source. */
export function clientScript(name: ClientScript): string {
  let js = compiled.get(name);
  if (js === undefined) compiled.set(name, (js = loadClientScript(name, CLIENT_DIR)));
  return js;
}

/** Reads `<dir>/<name>.js`, or transpiles `<dir>/<name>.ts` when only the source is there. */
export function loadClientScript(name: ClientScript, dir: string): string {
  const built = join(dir, `${name}.js`),
    source = join(dir, `${name}.ts`);
  if (existsSync(built)) return readFileSync(built, 'utf8');
  if (!existsSync(source))
    throw new ArcmemError(
      `the report's browser script ${name} is missing (neither ${built} nor ${source}); reinstall arcmem, or run npm run build in a source checkout`,
    );
  return transpileClient(readFileSync(source, 'utf8'), source);
}

/** Type-stripped JavaScript for one client source (no type check: the test command's type-check stage does that). */
export function transpileClient(text: string, fileName: string): string {
  let ts: typeof import('typescript');
  try {
    ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');
  } catch (err) {
    throw new ArcmemError(
      `cannot compile the report's browser script ${fileName}: TypeScript is not installed; run npm run build (or npm ci) first`,
      { cause: err },
    );
  }
  return ts.transpileModule(text, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true },
  }).outputText;
}

/** Writes every browser script, compiled, into `outDir` (the build's dist/report/client/). */
export function writeClientScripts(outDir: string, sourceDir: string = CLIENT_DIR): string[] {
  mkdirSync(outDir, { recursive: true });
  return CLIENT_SCRIPTS.map((name) => {
    const source = join(sourceDir, `${name}.ts`),
      out = join(outDir, `${name}.js`);
    writeFileSync(out, transpileClient(readFileSync(source, 'utf8'), source));
    return out;
  });
}
