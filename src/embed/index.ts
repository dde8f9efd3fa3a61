/** Text embeddings (transformers.js). */
export { DEFAULT_EMBED_MODEL, EmbedError, loadEmbedder, tryLoadEmbedder } from './embedder.js';
export type { Embedder, EmbedderOptions } from './embedder.js';
