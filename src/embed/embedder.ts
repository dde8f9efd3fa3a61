/**
 * Text embeddings with transformers.js (feature extraction, mean pooling over real tokens,
 * L2-normalised). Knows nothing about what is embedded: instructions, queries, anything.
 *
 * Model resolution:
 *   - `modelPath` (the CLI passes `$ARCMEM_EMBED_MODEL_PATH`): a local model folder (holding
 *     config.json) or a folder of model folders; remote downloads are switched off.
 *   - otherwise `model` (default Xenova/all-MiniLM-L6-v2) is fetched from the model hub into
 *     `cacheDir` on first use, with progress reported through `onProgress`.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ArcmemError } from '../errors.js';

export const DEFAULT_EMBED_MODEL = 'Xenova/all-MiniLM-L6-v2';
const DEFAULT_HUB = 'https://huggingface.co/';

/** Turns texts into unit-length vectors of one fixed dimension. */
export interface Embedder {
  /** The model's id, recorded next to every stored vector (stale vectors are re-embedded). */
  readonly modelId: string;
  readonly dim: number;
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

export interface EmbedderOptions {
  /** Model id on the hub, or the folder name under `modelPath`. Default DEFAULT_EMBED_MODEL. */
  readonly model?: string;
  /** A local model folder, or a folder holding model folders. Disables downloads. */
  readonly modelPath?: string;
  /** Where downloaded models are cached. Default: transformers.js's own cache folder. */
  readonly cacheDir?: string;
  /** Where models are downloaded from: the Hugging Face Hub or a mirror of it (HF_ENDPOINT). */
  readonly hubUrl?: string;
  /** Called with one human-readable line per download milestone. */
  readonly onProgress?: (line: string) => void;
}

/** The embedding model could not be loaded or run. */
export class EmbedError extends ArcmemError {
  override readonly name = 'EmbedError';
}

interface Resolved {
  readonly root: string | null;
  readonly name: string;
}

/** A folder holding config.json is the model itself; any other folder holds models. */
function resolveModel(opts: EmbedderOptions): Resolved {
  const model = opts.model ?? DEFAULT_EMBED_MODEL;
  if (!opts.modelPath) return { root: null, name: model };
  const path = resolve(opts.modelPath);
  if (existsSync(join(path, 'config.json'))) return { root: dirname(path), name: basename(path) };
  return { root: path, name: model };
}

type Extractor = (
  texts: string[],
  o: { pooling: 'mean'; normalize: boolean },
) => Promise<{ data: Float32Array; dims: number[] }>;

/** Reports downloads as lines: one when a file starts, then every 25%, then done. */
function progressReporter(onProgress: (line: string) => void): (e: Record<string, unknown>) => void {
  const shown = new Map<string, number>();
  return (e) => {
    const file = `${String(e.name)}/${String(e.file)}`;
    if (e.status === 'download') onProgress(`downloading ${file}`);
    if (e.status === 'progress' && typeof e.progress === 'number') {
      const step = Math.floor(e.progress / 25) * 25;
      if (step > (shown.get(file) ?? 0) && step < 100) {
        shown.set(file, step);
        onProgress(`downloading ${file}: ${step}% of ${Math.round(Number(e.total) / 1e6)} MB`);
      }
    }
    if (e.status === 'done') onProgress(`downloaded ${file}`);
  };
}

/** Loads the model (downloading it when needed) and returns an Embedder. Throws EmbedError. */
export async function loadEmbedder(opts: EmbedderOptions = {}): Promise<Embedder> {
  const { root, name } = resolveModel(opts);
  // Checked here: transformers.js would only log a console warning and fail later.
  if (root !== null && !existsSync(join(root, name, 'config.json'))) {
    throw new EmbedError(
      `cannot load the embedding model from ${join(root, name)}: no config.json there; point ARCMEM_EMBED_MODEL_PATH at a model folder (config.json, tokenizer.json, onnx/model_quantized.onnx)`,
    );
  }
  let extract: Extractor;
  try {
    const { env, pipeline } = await import('@xenova/transformers');
    env.allowLocalModels = root !== null;
    env.allowRemoteModels = root === null;
    if (root !== null) env.localModelPath = root + '/';
    env.remoteHost = opts.hubUrl ? opts.hubUrl.replace(/\/?$/, '/') : DEFAULT_HUB;
    if (opts.cacheDir) env.cacheDir = opts.cacheDir;
    const cached = existsSync(join(opts.cacheDir ?? env.cacheDir, name, 'onnx'));
    const progress_callback =
      root === null && !cached && opts.onProgress ? progressReporter(opts.onProgress) : undefined;
    extract = (await pipeline('feature-extraction', name, {
      quantized: true,
      progress_callback,
    })) as unknown as Extractor;
  } catch (err) {
    const where =
      root !== null
        ? `from ${join(root, name)}`
        : `${name} from ${opts.hubUrl ?? DEFAULT_HUB} (offline? set ARCMEM_EMBED_MODEL_PATH to a local model folder)`;
    throw new EmbedError(
      `cannot load the embedding model ${where}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
  const run = async (texts: readonly string[]): Promise<Float32Array[]> => {
    if (texts.length === 0) return [];
    const out = await extract([...texts], { pooling: 'mean', normalize: true });
    const dim = out.dims[out.dims.length - 1]!;
    return texts.map((_, i) => out.data.slice(i * dim, (i + 1) * dim));
  };
  const dim = (await run(['probe']))[0]!.length;
  return {
    modelId: name,
    dim,
    async embed(texts) {
      try {
        return await run(texts);
      } catch (err) {
        throw new EmbedError(`embedding ${texts.length} text(s) with ${name} failed: ${String(err)}`, { cause: err });
      }
    },
  };
}

/**
 * Like loadEmbedder, but when the model cannot be loaded it says so once through `onWarning`
 * and returns null: callers carry on with fingerprint-only retrieval.
 */
export async function tryLoadEmbedder(
  opts: EmbedderOptions & { onWarning?: (msg: string) => void } = {},
): Promise<Embedder | null> {
  try {
    return await loadEmbedder(opts);
  } catch (err) {
    opts.onWarning?.(
      `${err instanceof Error ? err.message : String(err)}; continuing without text embeddings (fingerprint-only retrieval; run \`arcmem library reembed\` later)`,
    );
    return null;
  }
}
