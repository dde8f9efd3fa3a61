import { afterAll, describe, it } from 'vitest';
import { tempDir } from './_helpers.js';
import { expectEachOnce, twoWriters } from './_two-writers.js';

describe('several processes storing into one library at once', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('loses nothing when two writers store different tasks (the library created by whichever comes first)', async () => {
    expectEachOnce(await twoWriters(`${tmp.dir}/different`, ['a', 'b']), ['a', 'b']);
  }, 120_000);

  it('stores each instruction once when two writers store the same tasks with the same instructions', async () => {
    expectEachOnce(await twoWriters(`${tmp.dir}/same`, ['s', 's']), ['s', 's']);
  }, 120_000);
});
