/**
 * Child process for the cache concurrency test: writes `n` answers into a shared response
 * cache, one transaction each, reading one back after every write.
 * Both writers wait for the same start time (epoch ms) so their writes really overlap.
 * Usage: tsx test/support/cache-writer.ts <cache-file> <prefix> <n> <start-at-ms>
 */
import { cacheKey, ResponseCache } from '../../src/llm/index.js';

const [file, prefix, n, startAt] = process.argv.slice(2);
const cache = ResponseCache.open(file);
while (Date.now() < Number(startAt)) await new Promise((ok) => setTimeout(ok, 5));
const t0 = Date.now();
for (let i = 0; i < Number(n); i++) {
  const key = cacheKey({ prefix, i });
  cache.put(key, { content: `{"i":${i},"by":"${prefix}"}`, finishReason: 'stop', model: 'm', promptTokens: i, completionTokens: 1, reasoningTokens: 0, cachedPromptTokens: 0 });
  if (cache.get(key)?.promptTokens !== i) throw new Error(`lost my own write ${prefix}/${i}`);
}
cache.close();
process.stdout.write(JSON.stringify({ prefix, from: t0, to: Date.now() }));
