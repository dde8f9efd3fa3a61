/**
 * Child process for the concurrent-writers tests: opens the library at `uri`, waits for the
 * parent's go (../support/barrier.ts), then stores `count` finished tasks, one store() per
 * task, as a solve run does. Two workers given the same prefix store the same tasks with the
 * same instructions, as two solves of one source into one library do.
 * Usage: tsx _append-worker.ts <uri> <prefix> <count>
 */
import { openLibrary } from '../../src/library/index.js';
import { awaitGo, reportSpan } from '../support/barrier.js';
import { makeTask, solved, trace } from './_helpers.js';

const [uri, prefix, count] = process.argv.slice(2);
const lib = await openLibrary({ uri: uri! });
await awaitGo();
const from = Date.now();
for (let i = 0; i < Number(count); i++) {
  const id = `${prefix}-${i}`;
  const task = makeTask(id, (['recolor', 'tile', 'crop'] as const)[i % 3], 1000 * prefix!.length + i * 7);
  await lib.store(solved(task, [trace(`${prefix} instruction ${i} one`), trace(`${prefix} instruction ${i} two`)]), {
    dataset: 'concurrency',
  });
}
const to = Date.now();
lib.close();
reportSpan({ from, to });
