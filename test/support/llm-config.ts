/**
 * An LlmConfig for tests pointed at a test server: fast backoff, no cache unless a cache
 * folder is given, a fake key so key-leak checks have something to look for.
 */
import { resolveLlmConfig, type LlmConfig } from '../../src/llm/index.js';

export const TEST_API_KEY = 'sk-test-NEVER-LEAK-0123456789abcdef';

export function testLlmConfig(url: string, flags: Record<string, unknown> = {}): LlmConfig {
  return resolveLlmConfig({
    flags: {
      baseUrl: url,
      apiKey: TEST_API_KEY,
      model: 'gpt-5-mini',
      backoffBaseMs: 5,
      backoffMaxMs: 200,
      timeoutMs: 5000,
      noCache: true,
      ...flags,
    },
    env: {},
  });
}
