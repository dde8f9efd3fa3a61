/**
 * Child process for the utility-counter concurrency tests: opens the library at `uri` and
 * records `count` observations, one recordUse per observation as a finished task does. Each
 * observation offers three shared traces and one of the worker's own; every other one also
 * credits shared-a as an ancestor of a perfect candidate.
 * Usage: tsx _utility-worker.ts <uri> <prefix> <count> [barrier|free]
 * `barrier` waits for the parent's go (../support/barrier.ts); `free` starts at once and prints
 * `recorded <i>` after each observation (for the kill test).
 */
import { openLibrary } from '../../src/library/index.js';
import { awaitGo, reportSpan } from '../support/barrier.js';
import { use } from './_helpers.js';

const [uri, prefix, count, mode = 'barrier'] = process.argv.slice(2);
const lib = await openLibrary({ uri: uri! });
if (mode === 'barrier') await awaitGo();
const from = Date.now();
for (let i = 0; i < Number(count); i++) {
  await lib.recordUse(`${prefix}-${i}`, [
    use('shared-a', 1, i % 2),
    use('shared-b', 1),
    use('shared-c', 1),
    use(`${prefix}-own`, 1),
  ]);
  if (mode === 'free') process.stdout.write(`recorded ${i}\n`);
}
const to = Date.now();
lib.close();
if (mode === 'barrier') reportSpan({ from, to });
