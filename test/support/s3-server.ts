/**
 * An S3-protocol server on 127.0.0.1 for object-store library tests: s3rver (npm), storing in a
 * temp folder, with two corrections so that it behaves as AWS S3 does today:
 *   - writes are atomic and complete before the response: s3rver streams a PUT into the final
 *     file and answers before the write finishes, so a concurrent GET can read a torn object;
 *   - conditional writes: `If-None-Match: *` on PUT fails with 412 when the key exists (AWS S3
 *     has honoured it since 2024; s3rver ignores it). LanceDB commits a new table version
 *     with exactly this request, so without it two writers overwrite each other's commit.
 *   - listing with a delimiter returns every common prefix: s3rver finds one only in a folder
 *     that holds an object itself, so `lib/traces.lance/` (whose objects all sit deeper) was
 *     missing and LanceDB saw no table;
 * `s3Missing` says why the server cannot start here (then the tests skip, naming it).
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { link, mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

const require = createRequire(import.meta.url);

export const BUCKET = 'arcmem';
const KEY = 'S3RVER';

/** Why the S3 server cannot start here (its package is not installed), or null. */
export const s3Missing: string | null = (() => {
  try {
    require.resolve('s3rver');
    return null;
  } catch {
    return 's3rver is not installed (npm ci installs it as a dev dependency)';
  }
})();

export interface S3Server {
  /** `s3://arcmem/<name>` for a library under this server. */
  uri(name: string): string;
  /** What LanceDB (and arcmem, through the environment) needs to reach it. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

interface StoredObject {
  readonly bucket: string;
  readonly key: string;
  readonly content: Readable | Buffer;
  readonly metadata: Record<string, string>;
}

interface ListOptions {
  readonly delimiter?: string;
  readonly prefix?: string;
  readonly maxKeys?: number;
}

interface Listing {
  readonly objects: { readonly key: string }[];
  readonly commonPrefixes: string[];
  readonly isTruncated: boolean;
}

interface FilesystemStore {
  listObjects(bucket: string, options: ListOptions): Promise<Listing>;
  getResourcePath(bucket: string, key: string, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: StoredObject): Promise<{ size: number; md5: string }>;
}

/** Writes the object to a temp file, then moves it into place in one step (link: only if absent). */
function atomicPut(store: FilesystemStore, S3Error: new (code: string, message: string, detail?: object) => Error) {
  return async (object: StoredObject): Promise<{ size: number; md5: string }> => {
    const final = store.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(final), { recursive: true });
    const temp = `${final}.${randomUUID()}.partial`;
    const md5 = createHash('md5');
    let size = 0;
    const body = Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content;
    await pipeline(
      body,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          md5.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(temp),
    );
    const digest = md5.digest('hex');
    const onlyIfAbsent = (object.content as Partial<IncomingMessage>).headers?.['if-none-match'] === '*';
    if (onlyIfAbsent) {
      try {
        await link(temp, final);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        throw new S3Error('PreconditionFailed', 'At least one of the pre-conditions you specified did not hold', {
          Condition: 'If-None-Match',
        });
      } finally {
        await unlink(temp);
      }
    } else {
      await rename(temp, final);
    }
    await store.putMetadata(object.bucket, object.key, object.metadata, digest);
    return { size, md5: digest };
  };
}

/** Lists everything under the prefix, then folds keys past the delimiter into common prefixes, as S3 does. */
function fullListing(list: FilesystemStore['listObjects']): FilesystemStore['listObjects'] {
  return async (bucket, options) => {
    const { delimiter = '', prefix = '' } = options;
    if (!delimiter) return list(bucket, options);
    const all = await list(bucket, { ...options, delimiter: '', maxKeys: Infinity });
    const commonPrefixes = new Set(all.commonPrefixes);
    const objects = all.objects.filter((o) => {
      const at = o.key.slice(prefix.length).indexOf(delimiter);
      if (at !== -1) commonPrefixes.add(o.key.slice(0, prefix.length + at + delimiter.length));
      return at === -1;
    });
    return { objects, commonPrefixes: [...commonPrefixes].sort(), isTruncated: false };
  };
}

export async function startS3Server(): Promise<S3Server> {
  const S3rver = require('s3rver');
  const S3Error = require('s3rver/lib/models/error');
  const directory = await mkdtemp(join(tmpdir(), 'arcmem-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  server.store.putObject = atomicPut(server.store, S3Error);
  server.store.listObjects = fullListing(server.store.listObjects.bind(server.store));
  const { port } = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    uri: (name) => `s3://${BUCKET}/${name}`,
    env: {
      AWS_ENDPOINT: endpoint,
      AWS_ALLOW_HTTP: 'true',
      AWS_ACCESS_KEY_ID: KEY,
      AWS_SECRET_ACCESS_KEY: KEY,
      AWS_REGION: 'us-east-1',
    },
    close: async () => {
      // Clients (LanceDB in this process) keep connections alive; close() alone would wait for them.
      server.httpServer.closeAllConnections();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
