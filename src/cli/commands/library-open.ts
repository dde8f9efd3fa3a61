/**
 * The library's configuration at the edge: flags over environment, parsed once with zod.
 *
 *   --library <uri>      ARCMEM_LIBRARY           default ./library (a folder, or s3://... etc.)
 *   --no-library                                  run without a library
 *   --embed-model <id>   ARCMEM_EMBED_MODEL       default Xenova/all-MiniLM-L6-v2
 *   (no flag)            ARCMEM_EMBED_MODEL_PATH  a local model folder: offline, no download
 *   --embed-cache <dir>  ARCMEM_EMBED_CACHE       where downloaded models are kept
 *   (no flag)            HF_ENDPOINT              a Hugging Face Hub mirror to download from
 *
 * Used by `arcmem library ...` and by `arcmem solve`.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { ConfigError } from '../../errors.js';
import { DEFAULT_EMBED_MODEL, tryLoadEmbedder, type Embedder } from '../../embed/index.js';
import { openLibrary, type Library, type LibraryOptions } from '../../library/index.js';
import type { CommandIO } from './index.js';

export const DEFAULT_LIBRARY = './library';

const LibraryConfigSchema = z.object({
  /** null: --no-library. */
  uri: z.string().min(1, '--library needs a path or URI').nullable(),
  embedModel: z.string().min(1),
  embedModelPath: z.string().min(1).optional(),
  embedCache: z.string().min(1).optional(),
  hubUrl: z.url('HF_ENDPOINT must be a URL').optional(),
});
export type LibraryConfig = z.infer<typeof LibraryConfigSchema>;

/** The flags as commander gives them (`library` is false after --no-library). */
export interface LibraryFlags {
  readonly library?: string | boolean;
  readonly embedModel?: string;
  readonly embedCache?: string;
}

/** Adds --library / --no-library to a command. */
export const addLibraryOption = (cmd: Command, noLibrary = true): Command => {
  cmd.option('--library <uri>', `library folder or object-store URI (env ARCMEM_LIBRARY; default ${DEFAULT_LIBRARY})`);
  return noLibrary ? cmd.option('--no-library', 'run without the library') : cmd;
};

/** Adds the embedding-model flags to a command. */
export const addEmbedOptions = (cmd: Command): Command =>
  cmd
    .option(
      '--embed-model <id>',
      `text-embedding model (env ARCMEM_EMBED_MODEL; default ${DEFAULT_EMBED_MODEL}); ARCMEM_EMBED_MODEL_PATH points at a local model folder for offline use`,
    )
    .option('--embed-cache <dir>', 'where downloaded embedding models are kept (env ARCMEM_EMBED_CACHE)');

export function libraryConfig(flags: LibraryFlags, env: CommandIO['env']): LibraryConfig {
  const raw = {
    uri:
      flags.library === false
        ? null
        : typeof flags.library === 'string'
          ? flags.library
          : env.ARCMEM_LIBRARY || DEFAULT_LIBRARY,
    embedModel: flags.embedModel ?? (env.ARCMEM_EMBED_MODEL || DEFAULT_EMBED_MODEL),
    embedModelPath: env.ARCMEM_EMBED_MODEL_PATH || undefined,
    embedCache: flags.embedCache ?? (env.ARCMEM_EMBED_CACHE || undefined),
    hubUrl: env.HF_ENDPOINT || undefined,
  };
  const parsed = LibraryConfigSchema.safeParse(raw);
  if (!parsed.success)
    throw new ConfigError(`library settings: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

const warn = (io: CommandIO) => (msg: string) => io.progress(`arcmem: warning: ${msg}\n`);

/** Loads the embedding model, downloading it with progress on stderr; null (warned once) when it cannot. */
export function embedderFor(config: LibraryConfig, io: CommandIO): Promise<Embedder | null> {
  return tryLoadEmbedder({
    model: config.embedModel,
    modelPath: config.embedModelPath,
    cacheDir: config.embedCache,
    hubUrl: config.hubUrl,
    onProgress: (line) => io.progress(`arcmem: ${line}\n`),
    onWarning: warn(io),
  });
}

/**
 * Opens the configured library (null after --no-library). `embed` loads the embedding model
 * first; without it the library works on fingerprints and full text only. Builds the
 * fingerprint index of a large library unless `indexFingerprints: false`.
 */
export async function openConfiguredLibrary(
  config: LibraryConfig,
  io: CommandIO,
  opts: { embed: boolean } & Omit<LibraryOptions, 'uri' | 'embedder' | 'onWarning'>,
): Promise<Library | null> {
  if (config.uri === null) return null;
  const { embed, ...rest } = opts;
  const embedder = embed ? await embedderFor(config, io) : null;
  return openLibrary({ indexFingerprints: true, ...rest, uri: config.uri, embedder, onWarning: warn(io) });
}

/**
 * For commands that need a library: --no-library makes no sense there. `create: false` (the
 * commands that only read or maintain one) fails on a mistyped --library instead of creating it.
 */
export async function requireLibrary(
  flags: LibraryFlags,
  io: CommandIO,
  embed = false,
  create = true,
): Promise<Library> {
  const lib = await openConfiguredLibrary(libraryConfig(flags, io.env), io, {
    embed,
    indexFingerprints: false,
    create,
  });
  if (!lib) throw new ConfigError('this command needs a library; drop --no-library');
  return lib;
}
