import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ArcmemError } from '../../src/errors.js';
import { CLIENT_SCRIPTS, clientScript, loadClientScript, writeClientScripts } from '../../src/report/client-scripts.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'arcmem-client-'));

describe('browser scripts from their TypeScript sources', () => {
  it.each(CLIENT_SCRIPTS)('%s becomes plain JavaScript that parses', (name) => {
    const js = clientScript(name);
    expect(js.length).toBeGreaterThan(500);
    expect(() => new Script(js)).not.toThrow();
    expect(js).not.toMatch(/\bimport\(|\bexport\b/);
  });

  it('keeps the shared helpers in dom and the page logic in the page scripts', () => {
    expect(clientScript('dom')).toMatch(/function renderGrid\(rows, expectedRows, label\)/);
    expect(clientScript('lineage')).toMatch(/function renderLineage\(cands, bestId, onSelect\)/);
    expect(clientScript('run-report')).toMatch(/function taskRow\(task\)/);
    expect(clientScript('library')).toMatch(/function openEntry\(id\)/);
  });
});

describe('browser scripts in a built package', () => {
  it('reads what the build step writes, the same JavaScript as from the sources', async () => {
    const dir = await tempDir();
    const written = writeClientScripts(dir, fileURLToPath(new URL('../../src/report/client/', import.meta.url)));
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual([
      'dom.js',
      'lineage.js',
      'run-report.js',
      'library.js',
    ]);
    for (const name of CLIENT_SCRIPTS) expect(loadClientScript(name, dir)).toBe(clientScript(name));
  });

  it('prefers the built file to the source', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'dom.js'), 'var built = 1;\n');
    await writeFile(join(dir, 'dom.ts'), 'const source: number = 2;\n');
    expect(loadClientScript('dom', dir)).toBe('var built = 1;\n');
  });

  it('says how to get a missing script back', async () => {
    const dir = await tempDir();
    expect(() => loadClientScript('library', dir)).toThrow(ArcmemError);
    expect(() => loadClientScript('library', dir)).toThrow(/library is missing .*run npm run build/);
  });
});
