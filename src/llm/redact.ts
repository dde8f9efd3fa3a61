/** Keeping secrets out of anything arcmem prints or writes. */

/** Shapes of provider keys, so a key echoed partly masked (`sk-proj-****abcd`) is hidden too. */
const KEY_LIKE = /\b(?:sk|xai|gsk|sk-or|sk-ant)-[A-Za-z0-9_\-*]{8,}|\bAIza[A-Za-z0-9_\-]{20,}/g;

/** Replaces every occurrence of each secret, and anything shaped like a provider key, with `[redacted]`. */
export function redact(text: string, secrets: readonly (string | null | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  }
  return out.replace(KEY_LIKE, '[redacted]');
}
