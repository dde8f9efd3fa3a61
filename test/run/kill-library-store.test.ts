/**
 * kill -9 at any moment, then --resume: every train-perfect task of the run ends up in the
 * library exactly once. A real `arcmem solve` child (offline engine, real LanceDB on disk) is
 * killed with SIGKILL the moment a new task record appears, when its library store is most
 * likely still pending (another task's search holds the event loop), several times over.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseInstruction } from '../../src/instruction-text.js';
import { libraryReader, openLibrary } from '../../src/library/index.js';
import { bundledDataDir } from '../../src/paths.js';
import type { TaskRecord } from '../../src/run/run-files.js';
import { startCli, waitFor } from '../support/cli-child.js';

const KILLS = 3;

describe('kill -9 and --resume with a library', () => {
  it('stores every train-perfect task exactly once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'arcmem-kill-lib-'));
    const out = join(root, 'run');
    const library = join(root, 'library');
    const env = { ARCMEM_EMBED_MODEL_PATH: join(root, 'no-model') };
    const records = (): string[] =>
      existsSync(join(out, 'tasks')) ? readdirSync(join(out, 'tasks')).filter((f) => f.endsWith('.json')) : [];
    const args = (first: boolean) => [
      'solve',
      join(bundledDataDir(), 'tasks'),
      '--model',
      'local',
      '--limit',
      '8',
      '--task-concurrency',
      '2',
      '--library',
      library,
      ...(first ? ['--out', out] : ['--resume', out]),
    ];

    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      const before = records().length;
      const child = startCli(args(i === 0), root, env);
      // Kill the moment a new record lands: it is on disk, its library store has probably not happened yet.
      const landed = await waitFor(() => records().length > before, 60_000, 2);
      child.process.kill('SIGKILL');
      const end = await child.exit;
      if (!landed || end.signal !== 'SIGKILL') break; // the run finished first: nothing left to interrupt
      killed++;
    }
    expect(killed).toBeGreaterThanOrEqual(2);

    const last = await startCli(args(false), root, env).exit;
    expect(last.code, last.stderr).toBe(0);

    const finished: TaskRecord[] = records().map((f) => JSON.parse(readFileSync(join(out, 'tasks', f), 'utf8')));
    expect(finished).toHaveLength(8);
    const perfect = finished.filter((r) => r.trainPerfect);
    expect(perfect.length).toBeGreaterThanOrEqual(4);

    const lib = await openLibrary({ uri: library, embedder: null, create: false });
    try {
      const rows = await libraryReader(lib).list({ limit: 10_000 });
      for (const r of perfect) {
        const stored = rows
          .filter((row) => row.taskId === r.taskId)
          .map((row) => normaliseInstruction(row.instruction));
        const expected = new Set(r.candidates.filter((c) => c.perfect).map((c) => normaliseInstruction(c.instruction)));
        // Each of the task's perfect instructions is in the library, and none twice.
        expect(stored.sort(), r.taskId).toEqual([...expected].sort());
      }
      expect(rows.filter((row) => !perfect.some((r) => r.taskId === row.taskId))).toEqual([]);
    } finally {
      lib.close();
    }
  }, 240_000);
});
