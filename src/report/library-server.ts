/**
 * `arcmem library serve`: a small local web server over a library. It only reads the library.
 * Binds 127.0.0.1 by default and refuses requests whose Host header names another site
 * (DNS rebinding), so a web page elsewhere cannot read the library through the browser.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TaskFileSchema, type Task } from '../arc/task.js';
import { ArcmemError, InputError } from '../errors.js';
import { storedTask, type LibraryReader, type TraceEntry } from '../library/index.js';
import { renderLibraryPage } from './library-page.js';
import type { EntryJson } from './client/page-data.js';

export interface LibraryServerOptions {
  /** Read through a reader (`libraryReader(library)`): the server never writes. */
  readonly library: LibraryReader;
  /** 0 picks a free port. Default 4177. */
  readonly port?: number;
  /** Default 127.0.0.1. Anything else exposes the library to the network: the caller must say so. */
  readonly host?: string;
}

export interface LibraryServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const MAX_BODY = 2 << 20;

/** An entry without its bulky columns (vectors, task grids): what lists and searches send. */
export function leanEntry(e: TraceEntry) {
  const { fingerprint: _f, textVector: _t, taskJson, ...rest } = e;
  return { ...rest, hasTask: taskJson !== null } satisfies EntryJson;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new HttpError(413, 'request body over 2 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseTaskBody(text: string): Task {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the task is not valid JSON');
  }
  const parsed = TaskFileSchema.safeParse(json);
  if (!parsed.success)
    throw new HttpError(
      400,
      `not an ARC task: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(task)'}: ${i.message}`)
        .join('; ')}`,
    );
  return { id: '(pasted task)', ...parsed.data };
}

const intParam = (url: URL, name: string, def: number, max: number): number => {
  const n = Number(url.searchParams.get(name) ?? def);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : def;
};

async function entryOr404(lib: LibraryReader, id: string): Promise<TraceEntry> {
  const e = await lib.get(id);
  if (!e) throw new HttpError(404, `no library entry with id ${id}`);
  return e;
}

/** The JSON API: every route reads, none writes. */
async function api(lib: LibraryReader, req: IncomingMessage, url: URL): Promise<unknown> {
  const path = url.pathname;
  if (path === '/api/stats') return lib.stats();
  if (path === '/api/search') {
    const q = url.searchParams.get('q') ?? '';
    return (await lib.searchInstructions(q, intParam(url, 'k', 20, 200))).map((h) => ({
      ...h,
      entry: leanEntry(h.entry),
    }));
  }
  if (path === '/api/entries') {
    return (await lib.list({ limit: intParam(url, 'limit', 100, 1000), offset: intParam(url, 'offset', 0, 1e9) })).map(
      leanEntry,
    );
  }
  const m = /^\/api\/entry\/([^/]+)$/.exec(path);
  if (m) {
    const lineage = await lib.lineage(decodeURIComponent(m[1]!));
    if (!lineage) throw new HttpError(404, `no library entry with id ${decodeURIComponent(m[1]!)}`);
    const task = storedTask(lineage.entry);
    return {
      entry: leanEntry(lineage.entry),
      task: task && { train: task.train, test: task.test },
      seeds: lineage.seeds.map(leanEntry),
      descendants: lineage.descendants.map(leanEntry),
    };
  }
  if (path === '/api/similar') {
    const k = intParam(url, 'k', 10, 100);
    const includeSameTask = url.searchParams.get('same') === '1';
    let task: Task;
    if (req.method === 'POST') task = parseTaskBody(await readBody(req));
    else {
      const entry = await entryOr404(lib, url.searchParams.get('entry') ?? '');
      const t = storedTask(entry);
      if (!t) throw new HttpError(400, `entry ${entry.id} was stored without its task's grids; paste the task instead`);
      task = t;
    }
    return (await lib.similarToTask(task, k, { reuseSolved: includeSameTask })).map((n) => ({
      ...n,
      entry: leanEntry(n.entry),
    }));
  }
  throw new HttpError(404, `no such endpoint: ${path}`);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

async function handle(
  lib: LibraryReader,
  req: IncomingMessage,
  res: ServerResponse,
  loopbackOnly: boolean,
): Promise<void> {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (loopbackOnly && !LOOPBACK.has(host)) return send(res, 403, 'text/plain', 'forbidden host');
  const url = new URL(req.url ?? '/', 'http://localhost');
  try {
    if (url.pathname === '/' && req.method === 'GET')
      return send(res, 200, 'text/html; charset=utf-8', renderLibraryPage(lib.uri));
    if (url.pathname.startsWith('/api/') && (req.method === 'GET' || req.method === 'POST')) {
      return send(res, 200, 'application/json', JSON.stringify(await api(lib, req, url)));
    }
    send(res, 404, 'application/json', JSON.stringify({ error: 'not found' }));
  } catch (err) {
    const status = err instanceof HttpError ? err.status : err instanceof InputError ? 400 : 500;
    const message =
      err instanceof HttpError || err instanceof ArcmemError ? err.message : `internal error: ${String(err)}`;
    send(res, status, 'application/json', JSON.stringify({ error: message }));
  }
}

/** Starts serving; resolves once listening. */
export async function startLibraryServer(opts: LibraryServerOptions): Promise<LibraryServer> {
  const host = opts.host ?? '127.0.0.1';
  const loopbackOnly = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const server: Server = createServer((req, res) => void handle(opts.library, req, res, loopbackOnly));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err) =>
      reject(
        new ArcmemError(`cannot listen on ${host}:${opts.port ?? 4177}: ${err.message}; pick another --port`, {
          cause: err,
        }),
      ),
    );
    server.listen(opts.port ?? 4177, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
