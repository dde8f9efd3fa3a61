/**
 * Child process for the concurrent-writers test: stores `count` finished tasks into the
 * library at `uri`, one store() per task, as a solve run does.
 * Usage: tsx _append-worker.ts <uri> <prefix> <count>
 */
import { openLibrary } from '../../src/library/index.js';
import { makeTask, solved, trace } from './_helpers.js';

const [uri, prefix, count] = process.argv.slice(2);
const lib = await openLibrary({ uri: uri! });
for (let i = 0; i < Number(count); i++) {
  const id = `${prefix}-${i}`;
  const task = makeTask(
    id,
    (['recolor', 'tile', 'crop'] as const)[i % 3],
    1000 * prefix!.length + i * 7 + (prefix === 'a' ? 0 : 3),
  );
  await lib.store(solved(task, [trace(`${prefix} instruction ${i} one`), trace(`${prefix} instruction ${i} two`)]), {
    dataset: 'concurrency',
  });
}
lib.close();
