/** A prompt that cannot fit the served model's context is refused before it is sent. */
import type { RequestShape } from './_request-body.js';
import type { ChatRequest } from './_transport.js';
import { ContextOverflowError } from './errors.js';
import { countMessageTokens } from './tokens.js';
import type { ChatMessage, Role } from './types.js';

/** Throws ContextOverflowError when prompt + output limit exceed the declared (or the profile's default) context. */
export function checkContext(request: ChatRequest, shape: RequestShape, role: Role): void {
  const context = shape.contextTokens ?? shape.profile.defaultContextTokens;
  if (context === null) return;
  const prompt = countMessageTokens(request.messages as readonly ChatMessage[]);
  const output = request.max_completion_tokens ?? request.max_tokens ?? 0;
  if (prompt + output <= context) return;
  const declared = shape.contextTokens !== null ? 'declared with --context-tokens' : `${shape.profile.name}'s default`;
  const fix = Math.ceil((prompt + Math.max(output, 1024)) / 1024) * 1024;
  throw new ContextOverflowError(
    `the ${role} prompt needs ${prompt} tokens${output ? ` plus ${output} output tokens` : ''}, more than the ` +
      `context of ${context} tokens (${declared}); the server would cut it silently. Serve the model with a larger ` +
      `context and pass --context-tokens ${fix} (ARCMEM_CONTEXT_TOKENS)` +
      (shape.profile.contextParam === 'num_ctx' ? ', which is sent as num_ctx' : '') +
      '.',
    prompt,
    context,
  );
}
