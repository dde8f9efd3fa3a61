/**
 * Token counts from a real tokenizer (OpenAI's o200k_base, via js-tiktoken, which ships its
 * ranks in the package: nothing is downloaded). Used wherever a provider reports no usage and
 * wherever tokens must be known before sending (estimates, context checks). Other providers'
 * tokenizers differ by some percent; o200k is far closer for grids of digits than 4 characters
 * per token (a grid row "1 0 0" is 5 tokens, not 1.25).
 */
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import type { ChatMessage } from './types.js';

/** Chat framing per message (role and separators) and per reply, as OpenAI documents for its chat models. */
const PER_MESSAGE = 3;
const PER_REPLY = 3;

let encoder: Tiktoken | undefined;

/**
 * Built on first use (up to a second of CPU): importing arcmem stays fast. The gateway builds it
 * before its first request (`loadTokenizer`), since a second's block of the event loop while
 * requests are in flight would fire their timeouts.
 */
const tokenizer = (): Tiktoken => (encoder ??= new Tiktoken(o200k));

/** Builds the tokenizer now, if it is not built yet. */
export const loadTokenizer = (): void => void tokenizer();

/** Counts of recent long texts: a task's samples and retries repeat the same prompts, and encoding takes milliseconds. */
const recent = new Map<string, number>();
const RECENT_MAX = 256;

/** Tokens of a text. */
export function countTokens(text: string): number {
  if (!text) return 0;
  const known = recent.get(text);
  if (known !== undefined) return known;
  const n = tokenizer().encode(text).length;
  if (text.length >= 256) {
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
    recent.set(text, n);
  }
  return n;
}

/** Prompt tokens of a chat request's messages, framing included. */
export const countMessageTokens = (messages: readonly Pick<ChatMessage, 'content'>[]): number =>
  messages.reduce((n, m) => n + PER_MESSAGE + countTokens(typeof m.content === 'string' ? m.content : ''), PER_REPLY);
