/**
 * Imported rows cannot break `library show`: grids that are not JSON, and a task source that is
 * a FIFO (reading it would wait forever) or /dev/zero (reading it never ends), give the entry
 * without its grids and a message, promptly and without reading the device into memory.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEntries, libraryReader, openLibrary } from '../../src/library/index.js';
import { runCli } from '../support/cli.js';
import { makeTask, solved, tempDir, trace } from './_helpers.js';

const tmp = tempDir();
const uri = join(tmp.dir, 'lib');
const fifo = join(tmp.dir, 'task.fifo');

beforeAll(async () => {
  execFileSync('mkfifo', [fifo]);
  const lib = await openLibrary({ uri });
  await lib.store(solved(makeTask('good', 'tile'), [trace('Tile the grid.')]));
  const good = (await libraryReader(lib).list())[0]!;
  await addEntries(lib, [
    { ...good, id: 'bad-json', taskJson: '{"train": [', taskSource: null },
    { ...good, id: 'fifo-source', taskJson: null, taskSource: fifo },
    { ...good, id: 'zero-source', taskJson: null, taskSource: '/dev/zero' },
  ]);
  lib.close();
});
afterAll(() => tmp.cleanup());

describe('library show with hostile rows', () => {
  it.each(['bad-json', 'fifo-source', 'zero-source'])(
    '%s: shows the entry without grids, promptly, without reading a device into memory',
    async (id) => {
      // maxRSS is this process's peak resident size in KiB: reading /dev/zero up to any cap a file
      // reader might use (hundreds of MB) raises it; refusing a device leaves it where it was.
      const peakBefore = process.resourceUsage().maxRSS;
      const started = Date.now();
      const r = await runCli(['library', 'show', id, '--library', uri]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`entry ${id}`);
      expect(r.out).toContain('Tile the grid.');
      expect(r.out).toMatch(/\(no task grids to show: /);
      expect(Date.now() - started).toBeLessThan(5000);
      expect((process.resourceUsage().maxRSS - peakBefore) / 1024).toBeLessThan(64);
    },
    10_000,
  );
});
