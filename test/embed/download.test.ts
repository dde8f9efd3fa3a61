import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder } from '../../src/embed/index.js';
import { tempDir } from '../library/_helpers.js';
import { writeTinyModel } from '../support/tiny-model.js';

/** A hub mirror on 127.0.0.1 serving the tiny model as `test-org/tiny-bert`, like huggingface.co. */
function serveHub(modelDir: string, requests: string[]): Promise<Server> {
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const m = /^\/test-org\/tiny-bert\/resolve\/main\/(.+)$/.exec(req.url ?? '');
    const file = m ? join(modelDir, decodeURIComponent(m[1]!)) : null;
    if (!file || !existsSync(file)) return res.writeHead(404).end('not found');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('downloading an embedding model', () => {
  const tmp = tempDir('arcmem-hub-');
  const requests: string[] = [];
  let server: Server;
  let hubUrl: string;
  beforeAll(async () => {
    server = await serveHub(writeTinyModel(join(tmp.dir, 'served')), requests);
    hubUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    tmp.cleanup();
  });

  it('shows progress lines on first use, then loads from the cache without a request or a line', async () => {
    const cacheDir = join(tmp.dir, 'cache');
    const lines: string[] = [];
    const first = await loadEmbedder({
      model: 'test-org/tiny-bert',
      hubUrl,
      cacheDir,
      onProgress: (l) => lines.push(l),
    });
    expect(first.modelId).toBe('test-org/tiny-bert');
    expect(lines).toContain('downloading test-org/tiny-bert/onnx/model_quantized.onnx');
    expect(lines).toContain('downloaded test-org/tiny-bert/onnx/model_quantized.onnx');
    expect(existsSync(join(cacheDir, 'test-org/tiny-bert/onnx/model_quantized.onnx'))).toBe(true);

    const before = requests.length;
    const again: string[] = [];
    const second = await loadEmbedder({
      model: 'test-org/tiny-bert',
      hubUrl,
      cacheDir,
      onProgress: (l) => again.push(l),
    });
    expect(again).toEqual([]);
    expect(requests.length).toBe(before);
    const [a] = await first.embed(['tile the grid']);
    const [b] = await second.embed(['tile the grid']);
    expect(Array.from(b!)).toEqual(Array.from(a!));
  });

  it('names the hub in the error when the model is not there', async () => {
    await expect(loadEmbedder({ model: 'test-org/missing', hubUrl, cacheDir: join(tmp.dir, 'c2') })).rejects.toThrow(
      new RegExp(`test-org/missing from ${hubUrl}`),
    );
  });
});
