/**
 * Gateway throughput against the local OpenAI-compatible test server with 200 ms simulated
 * latency at concurrency 32. The ideal is 32 / 0.2 s = 160 requests/s; the figure reported is
 * achieved/ideal (target >= 0.9). Not part of `npm test`: run with `npm run bench:llm`.
 * The server runs in a child process, as a real endpoint would, so its work is not billed to
 * the gateway; the gateway's own CPU time per request is reported too (on a machine shared
 * with other work, that is what decides whether the gateway keeps up).
 *
 *   npm run bench:llm -- [--requests 960] [--concurrency 32] [--latency-ms 200]
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createGateway, resolveLlmConfig } from '../src/llm/index.js';
import { reply, startOpenAIServer } from '../test/support/openai-server.js';
import { benchArgs } from './_args.js';

const { values } = benchArgs({
  script: 'bench:llm',
  about:
    'Gateway throughput against the OpenAI-compatible test server with simulated latency: achieved/ideal ' +
    "requests per second (target >= 0.9) and the gateway's CPU time per request.",
  flags: {
    requests: { type: 'string', default: '960', arg: '<n>', help: 'requests timed, after an untimed warm-up' },
    concurrency: { type: 'string', default: '32', arg: '<n>', help: 'requests in flight at once' },
    'latency-ms': { type: 'string', default: '200', arg: '<ms>', help: "the test server's delay before each answer" },
    serve: { type: 'boolean', default: false, help: 'internal: run the test server and print its URL' },
  },
});
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const latencyMs = Number(values['latency-ms']);

const Answer = z.object({ grid: z.array(z.array(z.number().int().min(0).max(9))), note: z.string().nullable() });
const grid = Array.from({ length: 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => (r * c) % 10));

if (values.serve) await serve();
else await bench();

/** Child mode: serve until the parent closes our stdin. */
async function serve(): Promise<void> {
  const server = await startOpenAIServer(() => reply.json({ grid, note: null }, { delayMs: latencyMs }));
  process.stdout.write(`${server.url}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}

async function bench(): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, '--serve', '--latency-ms', String(latencyMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
  );
  const gateway = createGateway(
    resolveLlmConfig({ flags: { baseUrl: url, model: 'gpt-5-mini', concurrency, noCache: true }, env: {} }),
  );
  const messages = [{ role: 'user' as const, content: `Solve this grid: ${JSON.stringify(grid)}` }];
  const call = (taskId: string, sample: number) =>
    gateway.structured({ role: 'follower', messages, schema: Answer, schemaName: 'answer', taskId, sample });

  // Warm-up (untimed): open the connections and let the JIT compile the hot path.
  await Promise.all(Array.from({ length: concurrency * 10 }, (_, i) => call('warm', i)));

  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: requests }, (_, i) => call(`t${i % 50}`, i)));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  gateway.close();
  child.stdin.end();

  const ideal = concurrency / (latencyMs / 1000);
  const achieved = requests / seconds;
  const cpuMsPerRequest = (cpu.user + cpu.system) / 1000 / requests;
  const model = /model name\s*:\s*(.+)/.exec(safeRead('/proc/cpuinfo'))?.[1]?.trim() ?? 'unknown CPU';
  console.log(`requests ${requests}, concurrency ${concurrency}, latency ${latencyMs} ms: ${seconds.toFixed(2)} s`);
  console.log(
    `throughput ${achieved.toFixed(1)} req/s of ideal ${ideal.toFixed(0)} req/s = ${(achieved / ideal).toFixed(3)} (target >= 0.9)`,
  );
  console.log(
    `gateway CPU ${cpuMsPerRequest.toFixed(2)} ms per request; load average before/after ${loadavg()[0].toFixed(1)}`,
  );
  console.log(
    `| ${new Date().toISOString().slice(0, 10)} | ${availableParallelism()} x ${model} | Node ${process.version} | ${requests} | ${achieved.toFixed(1)} | ${(achieved / ideal).toFixed(3)} | ${cpuMsPerRequest.toFixed(2)} |`,
  );
  if (achieved / ideal < 0.9) process.exitCode = 1;
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
