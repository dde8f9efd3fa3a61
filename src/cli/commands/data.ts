/** `arcmem data fetch [arc-agi-1|arc-agi-2]`: download the official ARC datasets into data/. */
import type { Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { bundledDataDir } from '../../paths.js';
import { DATASETS, fetchDataset, type FetchResult } from '../../datasets/index.js';
import type { CommandIO } from './_io.js';
import { dataDirFrom } from './_common.js';

export interface DataFetchOptions {
  readonly dataDir: string;
  readonly url?: string;
  readonly onProgress?: (line: string) => void;
}

/** Fetches the named datasets (all when none is named). */
export async function runDataFetch(names: readonly string[], opts: DataFetchOptions): Promise<FetchResult[]> {
  const chosen = names.length ? names : Object.keys(DATASETS);
  const unknown = chosen.filter((n) => !DATASETS[n]);
  if (unknown.length)
    throw new ConfigError(`unknown dataset ${unknown.join(', ')}; choose from ${Object.keys(DATASETS).join(', ')}`);
  if (opts.url && chosen.length > 1)
    throw new ConfigError(
      "--url replaces one dataset's source: name the dataset too (e.g. arcmem data fetch arc-agi-1 --url ...)",
    );
  const results: FetchResult[] = [];
  for (const name of chosen) results.push(await fetchDataset(DATASETS[name]!, opts));
  return results;
}

export function formatDataFetch(results: readonly FetchResult[]): string {
  return results
    .map((r) => {
      const counts = Object.entries(r.counts)
        .map(([split, n]) => `${n} ${split}`)
        .join(', ');
      return `${r.name}: ${counts} tasks in ${r.dir} (${(r.bytes / 1e6).toFixed(1)} MB archive, sha256 ${r.sha256.slice(0, 12)}${r.commit ? `, commit ${r.commit.slice(0, 12)}` : ''})`;
    })
    .join('\n');
}

export function register(program: Command, io: CommandIO): void {
  const data = program.command('data').description('Manage ARC datasets');
  data
    .command('fetch')
    .description('Download the official ARC-AGI datasets (Apache-2.0) from GitHub into the data folder')
    .argument('[datasets...]', `which: ${Object.keys(DATASETS).join(', ')} (default: all)`)
    .option('--dir <folder>', 'data folder to fill (default: $ARCMEM_DATA, else the package data/ folder)')
    .option('--url <url>', 'download this .tar.gz instead of the GitHub source (a mirror)')
    .addHelpText(
      'after',
      '\nChecks the task counts (ARC-AGI-1: 400 training + 400 evaluation; ARC-AGI-2: 1000 + 120)\nbefore writing <dir>/<name>/{training,evaluation}/ and a MANIFEST.json with the archive sha256.\nAfterwards: arcmem tasks arc-agi-1/evaluation',
    )
    .action(async (names: string[], opts: { dir?: string; url?: string }) => {
      const dataDir = opts.dir ?? dataDirFrom(io) ?? bundledDataDir();
      let shown = false;
      const results = await runDataFetch(names, {
        dataDir,
        url: opts.url,
        onProgress: (line) => {
          shown = true;
          io.progress(`\r${line}`);
        },
      });
      if (shown) io.progress('\n');
      io.print(formatDataFetch(results));
    });
}
