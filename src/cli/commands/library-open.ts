/**
 * The library flags of the `arcmem library ...` commands and opening the library they name.
 * Settings come from the one option table (run/options.ts) and are resolved by run/config.ts.
 */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import type { Library } from '../../library/index.js';
import { LIBRARY_OPTIONS, openConfiguredLibrary, resolveLibraryConfig } from '../../run/index.js';
import type { CommandIO } from './_io.js';
import { addLibraryOptions, addRunOptions } from './_options.js';

/** The flags as commander gives them (`library` is false after --no-library). */
export interface LibraryFlags {
  readonly library?: string | boolean;
  readonly embedModel?: string;
  readonly embedCache?: string;
}

/** Adds --library (and --no-library unless `noLibrary` is false) to a command. */
export const addLibraryOption = (cmd: Command, noLibrary = true): Command =>
  addLibraryOptions(cmd, { noLibrary, embed: false });

/** Adds the embedding-model flags to a command. */
export const addEmbedOptions = (cmd: Command): Command =>
  addRunOptions(
    cmd,
    LIBRARY_OPTIONS.filter((s) => s.key !== 'library'),
  );

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
  const config = resolveLibraryConfig({ flags: { ...flags }, env: io.env });
  const lib = await openConfiguredLibrary(
    config,
    { embed, indexFingerprints: false, create },
    {
      onNotice: (line) => io.progress(`arcmem: ${line}\n`),
      onWarning: (w) => io.progress(`arcmem: warning: ${w}\n`),
    },
  );
  if (!lib) throw new ConfigError('this command needs a library; drop --no-library');
  return lib;
}
