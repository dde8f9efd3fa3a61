/**
 * Error bodies as providers send them, turned into OpenAI's `{"error": {"message", ...}}` so the
 * openai client keeps their message (it reads only `body.error`): vLLM answers
 * `{"object": "error", "message", "type", "param", "code"}`, Gemini `[{"error": {...}}]`,
 * Ollama's native routes `{"error": "text"}`. Anything else passes through unchanged.
 */
export function normaliseErrorBody(text: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text; // not JSON (a proxy's HTML page): the client quotes it as it is
  }
  const first = Array.isArray(body) ? body[0] : body;
  if (first === null || typeof first !== 'object') return text;
  const error = (first as { error?: unknown }).error;
  if (typeof error === 'string') return JSON.stringify({ error: { message: error } });
  if (error !== null && typeof error === 'object') return Array.isArray(body) ? JSON.stringify(first) : text;
  if (typeof (first as { message?: unknown }).message === 'string') return JSON.stringify({ error: first });
  return text;
}

/** fetch, with non-2xx bodies normalised as above. */
export const normalisingFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  if (res.ok) return res;
  const text = normaliseErrorBody(await res.text());
  return new Response(text, { status: res.status, statusText: res.statusText, headers: res.headers });
};
