import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './_helpers.js';

describe("LanceDB's native log on the command line", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('keeps index-building warnings (k-means on duplicate fingerprints) off the terminal', () => {
    const { LANCEDB_LOG: _unset, ...env } = process.env;
    const r = spawnSync('npx', ['tsx', 'test/support/_lance-index-worker.ts', tmp.dir], {
      encoding: 'utf8',
      env,
      timeout: 120_000,
    });
    expect(r.stdout).toContain('indexed');
    expect(r.stderr).not.toMatch(/WARN|lance_index/);
  }, 150_000);
});
