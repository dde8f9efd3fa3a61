import { describe, expect, it } from 'vitest';
import { estimateTokens } from '../../src/llm/_request.js';
import { countMessageTokens, countTokens } from '../../src/llm/tokens.js';
import { planMessages } from '../../src/evolve/prompts.js';
import { loadTask } from '../../src/arc/load.js';
import { bundledDataDir } from '../../src/paths.js';
import { join } from 'node:path';

describe('token counts from the o200k tokenizer', () => {
  it.each([
    ['hello world', 2],
    ['1 0 0\n2 2 0', 11],
    ['', 0],
  ])('%j is %i tokens', (text, n) => {
    expect(countTokens(text)).toBe(n);
  });

  it('a request without reported usage is estimated with the tokenizer, not 4 characters per token', async () => {
    const task = await loadTask(join(bundledDataDir(), 'tasks', 'upscale-2x.json'));
    const messages = planMessages({ train: task.train, testInputs: task.test.map((t) => t.input) }, {});
    const chars = messages.reduce((n, m) => n + m.content.length, 0);
    const estimate = estimateTokens({ model: 'm', messages }, '{"grid": [[1, 2], [3, 4]]}');
    expect(estimate.promptTokens).toBe(countMessageTokens(messages));
    expect(estimate.promptTokens).toBe(messages.reduce((n, m) => n + countTokens(m.content) + 3, 3));
    // Grids of single digits separated by spaces cost about one token per character pair, far above chars/4.
    expect(estimate.promptTokens).toBeGreaterThan(Math.ceil(chars / 4) * 1.5);
    expect(estimate.completionTokens).toBe(countTokens('{"grid": [[1, 2], [3, 4]]}'));
  });
});
