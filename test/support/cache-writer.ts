/**
 * Child process for the cache concurrency test: opens a shared response cache, says `ready`,
 * waits for a line on stdin (the parent sends it once every writer is ready, so the writes
 * really overlap), then writes `n` answers, one transaction each, reading each back.
 * Prints {from, to} (epoch ms of the first and last write), see ./barrier.ts.
 * Usage: tsx test/support/cache-writer.ts <cache-file> <prefix> <n>
 */
import { cacheKey, ResponseCache } from '../../src/llm/index.js';
import { awaitGo, reportSpan } from './barrier.js';

const [file, prefix, n] = process.argv.slice(2);
const cache = ResponseCache.open(file);
await awaitGo();
const from = Date.now();
for (let i = 0; i < Number(n); i++) {
  const key = cacheKey({ prefix, i });
  cache.put(key, {
    content: `{"i":${i},"by":"${prefix}"}`,
    finishReason: 'stop',
    model: 'm',
    promptTokens: i,
    completionTokens: 1,
    reasoningTokens: 0,
    cachedPromptTokens: 0,
  });
  if (cache.get(key)?.promptTokens !== i) throw new Error(`lost my own write ${prefix}/${i}`);
}
cache.close();
reportSpan({ from, to: Date.now() });
