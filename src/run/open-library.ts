/** Opening the configured library for a run or a library command, with its embedding model. */
import { tryLoadEmbedder, type Embedder } from '../embed/index.js';
import { openLibrary, type Library, type LibraryOptions } from '../library/index.js';
import type { LibraryConfig } from './config.js';

export interface OpenHooks {
  /** Progress lines (an embedding model being downloaded). */
  readonly onNotice?: (line: string) => void;
  /** Non-fatal problems (embedding unavailable...), each said once. */
  readonly onWarning?: (message: string) => void;
}

/** Loads the embedding model, downloading it with progress; null (warned once) when it cannot. */
export function embedderFor(config: LibraryConfig, hooks: OpenHooks = {}): Promise<Embedder | null> {
  return tryLoadEmbedder({
    model: config.embedModel,
    modelPath: config.embedModelPath ?? undefined,
    cacheDir: config.embedCache ?? undefined,
    hubUrl: config.hubUrl ?? undefined,
    onProgress: (line) => hooks.onNotice?.(line),
    onWarning: (message) => hooks.onWarning?.(message),
  });
}

export type OpenOptions = { readonly embed: boolean } & Omit<LibraryOptions, 'uri' | 'embedder' | 'onWarning'>;

/**
 * Opens the configured library (null after --no-library). `embed` loads the embedding model
 * first; without it the library works on fingerprints and full text only. Builds the
 * fingerprint index of a large library unless `indexFingerprints: false`.
 */
export async function openConfiguredLibrary(
  config: LibraryConfig,
  opts: OpenOptions,
  hooks: OpenHooks = {},
): Promise<Library | null> {
  if (config.uri === null) return null;
  const { embed, ...rest } = opts;
  const embedder = embed ? await embedderFor(config, hooks) : null;
  return openLibrary({
    indexFingerprints: true,
    ...rest,
    uri: config.uri,
    embedder,
    onWarning: (m) => hooks.onWarning?.(m),
  });
}
