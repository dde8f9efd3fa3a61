/** `arcmem library serve`: the library browser on a local web page. */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { libraryReader } from '../../library/index.js';
import { startLibraryServer, type LibraryServer } from '../../report/library-server.js';
import type { CommandIO } from './_io.js';
import { addEmbedOptions, addLibraryOption, requireLibrary, type LibraryFlags } from './library-open.js';

export interface ServeFlags extends LibraryFlags {
  readonly port: number;
  readonly host: string;
}

const port = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`--port must be 0-65535, got ${v}`);
  return n;
};

/** Waits for Ctrl-C (or SIGTERM), then stops the server. */
function untilInterrupted(server: LibraryServer): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Adds `serve` to the `library` command group. */
export function registerLibraryServe(group: Command, io: CommandIO): void {
  addEmbedOptions(addLibraryOption(group.command('serve'), false))
    .description(
      'Browse the library in a web page: search by text, find tasks like a given one, open entries with their grids and lineage',
    )
    .option('--port <n>', 'port to listen on (0: any free port)', port, 4177)
    .option('--host <addr>', 'address to bind; the default serves this machine only', '127.0.0.1')
    .addHelpText(
      'after',
      '\nRead-only. Stop with Ctrl-C. Binding another --host (e.g. 0.0.0.0) shows the library to your network.\nExample: arcmem library serve --library ./library --port 4177',
    )
    .action(async (f: ServeFlags) => {
      const library = await requireLibrary(f, io, true, false);
      try {
        const server = await startLibraryServer({ library: libraryReader(library), port: f.port, host: f.host });
        io.print(`arcmem library browser at ${server.url} (${library.uri}); Ctrl-C to stop`);
        await untilInterrupted(server);
      } finally {
        library.close();
      }
    });
}
