import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, tryLoadEmbedder, EmbedError, type Embedder } from '../../src/embed/index.js';
import { writeTinyModel } from '../support/tiny-model.js';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('a local embedding model folder loads offline through the real loading code', () => {
  let dir: string;
  let modelDir: string;
  let embedder: Embedder;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'arcmem-embed-'));
    modelDir = writeTinyModel(dir);
    embedder = await loadEmbedder({ modelPath: modelDir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names the model by its folder and gives unit vectors of the hidden size', async () => {
    expect(embedder.modelId).toBe('tiny-bert');
    expect(embedder.dim).toBe(32);
    const [v] = await embedder.embed(['fill each row with the color of its left cell']);
    expect(v!.length).toBe(32);
    expect(cosine(v!, v!)).toBeCloseTo(1, 4);
  });

  it('ranks a near-duplicate instruction above an unrelated one', async () => {
    const [query, near, far] = await embedder.embed([
      'Copy the largest object and move it to the top left corner of the grid.',
      'copy the largest object, then move it to the top left of the grid',
      'Recolor every red cell blue when it touches the border.',
    ]);
    expect(cosine(query!, near!)).toBeGreaterThan(cosine(query!, far!) + 0.1);
  });

  it('accepts a folder of model folders plus a model name', async () => {
    const e = await loadEmbedder({ modelPath: dir, model: 'tiny-bert' });
    expect(e.dim).toBe(32);
  });
});

describe('an embedding model that cannot be loaded', () => {
  it('throws an EmbedError naming the folder', async () => {
    const missing = join(tmpdir(), 'arcmem-no-such-model-folder');
    await expect(loadEmbedder({ modelPath: missing, model: 'nothing' })).rejects.toThrow(EmbedError);
    await expect(loadEmbedder({ modelPath: missing, model: 'nothing' })).rejects.toThrow(/arcmem-no-such-model-folder/);
  });

  it('warns exactly once and yields null when tried', async () => {
    const warnings: string[] = [];
    const e = await tryLoadEmbedder({
      modelPath: join(tmpdir(), 'arcmem-no-such-model-folder'),
      model: 'x',
      onWarning: (m) => warnings.push(m),
    });
    expect(e).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/fingerprint-only/);
  });
});
