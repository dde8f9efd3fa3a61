/**
 * `arcmem data fetch`: downloads the official ARC datasets (Apache-2.0) as GitHub tarballs and
 * unpacks their `data/training` and `data/evaluation` folders into `<dataDir>/<name>/`.
 * The archive is checked before anything is written: the expected task counts per split, every
 * file a valid task. A manifest with the archive's sha256 and commit is written alongside.
 * Network I/O lives here, never in arc/; tests fetch a local archive from 127.0.0.1.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ArcmemError } from '../errors.js';
import { parseJson, parseTask } from '../arc/parse.js';
import { readTar } from './tar.js';

/** A dataset could not be downloaded or did not pass its checks. */
export class DatasetError extends ArcmemError {
  override readonly name = 'DatasetError';
}

export interface DatasetSource {
  readonly name: string;
  readonly url: string;
  /** Tasks expected per split. */
  readonly expected: Readonly<Record<string, number>>;
  readonly license: string;
}

export const DATASETS: Readonly<Record<string, DatasetSource>> = {
  'arc-agi-1': {
    name: 'arc-agi-1',
    url: 'https://codeload.github.com/fchollet/ARC-AGI/tar.gz/refs/heads/master',
    expected: { training: 400, evaluation: 400 },
    license: 'Apache-2.0, github.com/fchollet/ARC-AGI',
  },
  'arc-agi-2': {
    name: 'arc-agi-2',
    url: 'https://codeload.github.com/arcprize/ARC-AGI-2/tar.gz/refs/heads/main',
    expected: { training: 1000, evaluation: 120 },
    license: 'Apache-2.0, github.com/arcprize/ARC-AGI-2',
  },
};

export interface FetchOptions {
  /** Where `<name>/<split>/` folders go. */
  readonly dataDir: string;
  /** Overrides the source's URL (a mirror, or a local archive in tests). */
  readonly url?: string;
  /** Overrides the expected counts (tests). */
  readonly expected?: Readonly<Record<string, number>>;
  /** Called with a progress line as bytes arrive. */
  readonly onProgress?: (line: string) => void;
}

export interface FetchResult {
  readonly name: string;
  readonly dir: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly bytes: number;
  readonly sha256: string;
  readonly commit: string | null;
}

const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

/** Downloads `url` into memory, reporting progress. */
async function download(url: string, label: string, onProgress?: (line: string) => void): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url);
  } catch (err) {
    throw new DatasetError(
      `${label}: cannot reach ${url} (${(err as Error).message}); check your internet connection or pass --url`,
      { cause: err },
    );
  }
  if (!res.ok || !res.body)
    throw new DatasetError(`${label}: ${url} answered HTTP ${res.status}; try again later or pass --url`);
  const total = Number(res.headers.get('content-length')) || 0;
  const chunks: Uint8Array[] = [];
  let got = 0;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    got += chunk.length;
    onProgress?.(
      `${label}: downloaded ${mb(got)}${total ? ` of ${mb(total)} (${Math.round((100 * got) / total)}%)` : ''}`,
    );
  }
  return Buffer.concat(chunks);
}

/** The task files of the archive by split (`<root>/data/<split>/<id>.json`). */
export function tasksInArchive(
  gz: Uint8Array,
  label: string,
): { files: Map<string, Map<string, Uint8Array>>; commit: string | null } {
  let tar: ReturnType<typeof readTar>;
  try {
    tar = readTar(gunzipSync(gz));
  } catch (err) {
    throw new DatasetError(`${label}: the download is not a readable .tar.gz (${(err as Error).message}); try again`, {
      cause: err,
    });
  }
  const files = new Map<string, Map<string, Uint8Array>>();
  for (const e of tar.entries) {
    const m = /^[^/]+\/data\/([^/]+)\/([^/]+\.json)$/.exec(e.path);
    if (!m || e.type !== 'file') continue;
    if (!files.has(m[1]!)) files.set(m[1]!, new Map());
    files.get(m[1]!)!.set(m[2]!, e.data);
  }
  return { files, commit: tar.global.comment ?? null };
}

/** Checks the expected splits and counts, and that every file is a valid task. */
export function verifyArchive(
  files: Map<string, Map<string, Uint8Array>>,
  expected: Readonly<Record<string, number>>,
  label: string,
): void {
  for (const [split, count] of Object.entries(expected)) {
    const got = files.get(split)?.size ?? 0;
    if (got !== count)
      throw new DatasetError(
        `${label}: expected ${count} ${split} tasks in the archive, found ${got}; the source may have changed (pass --url for another copy)`,
      );
    for (const [file, data] of files.get(split)!) {
      const where = `${label}:${split}/${file}`;
      parseTask(parseJson(new TextDecoder().decode(data), where), file.replace(/\.json$/, ''), where);
    }
  }
}

/** Downloads, checks and unpacks one dataset into `<dataDir>/<name>/`. */
export async function fetchDataset(source: DatasetSource, opts: FetchOptions): Promise<FetchResult> {
  const label = source.name;
  const gz = await download(opts.url ?? source.url, label, opts.onProgress);
  const { files, commit } = tasksInArchive(gz, label);
  const expected = opts.expected ?? source.expected;
  verifyArchive(files, expected, label);
  const dir = join(opts.dataDir, source.name);
  const tmp = `${dir}.partial-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  const counts: Record<string, number> = {};
  for (const split of Object.keys(expected)) {
    await mkdir(join(tmp, split), { recursive: true });
    for (const [file, data] of files.get(split)!) await writeFile(join(tmp, split, file), data);
    counts[split] = files.get(split)!.size;
  }
  const sha256 = createHash('sha256').update(gz).digest('hex');
  const manifest = {
    name: source.name,
    url: opts.url ?? source.url,
    license: source.license,
    commit,
    sha256,
    bytes: gz.length,
    counts,
    fetchedAt: new Date().toISOString(),
  };
  await writeFile(join(tmp, 'MANIFEST.json'), JSON.stringify(manifest, null, 2) + '\n');
  await rm(dir, { recursive: true, force: true });
  await rename(tmp, dir);
  return { name: source.name, dir, counts, bytes: gz.length, sha256, commit };
}
