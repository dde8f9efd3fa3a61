/**
 * A scripted OpenAI-compatible test server behind a real gateway and LLM model, closed after
 * each test. Call once at the top of a test file; each test calls the returned `setup`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createLlmModel } from '../../src/evolve/llm-model.js';
import { createGateway, resolveLlmConfig, type Gateway } from '../../src/llm/index.js';
import { startOpenAIServer, type OpenAIServer } from '../support/openai-server.js';
import { scriptedLlm, type LlmScript } from './_llm-script.js';

export function scriptedLlmServer() {
  let server: OpenAIServer | undefined;
  let gateway: Gateway | undefined;
  afterEach(async () => {
    gateway?.close();
    await server?.close();
    server = gateway = undefined;
  });
  return async (script: LlmScript, flags: Record<string, unknown> = {}) => {
    server = await startOpenAIServer(scriptedLlm(script));
    const cacheDir = mkdtempSync(join(tmpdir(), 'arcmem-llm-cache-'));
    const config = resolveLlmConfig({
      flags: { baseUrl: server.url, model: 'test-model', cacheDir, backoffBaseMs: 1, outputRetries: 1, ...flags },
      env: {},
    });
    gateway = createGateway(config);
    return { server, gateway, config, model: createLlmModel(gateway) };
  };
}
