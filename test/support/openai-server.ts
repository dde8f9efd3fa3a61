/**
 * A small OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks. Each test
 * scripts the answers with a handler `(body, index, request) => Reply`; the plumbing (HTTP,
 * status codes, headers, timing) is real. Every request is recorded so tests can count calls
 * and scan what was sent.
 *
 *   const server = await startOpenAIServer((body, i) => i === 0 ? reply.status(429, { retryAfter: '0.05' }) : reply.json({ ok: true }));
 *   ... point the gateway at server.url ...
 *   expect(server.count()).toBe(2);
 *   await server.close();
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UsageSpec {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
  readonly total_tokens?: number;
  readonly completion_tokens_details?: { readonly reasoning_tokens?: number };
  readonly prompt_tokens_details?: { readonly cached_tokens?: number };
}

/** What the default reply reports when a test does not say: 1000 in, 500 out (100 reasoning). */
export const DEFAULT_USAGE: UsageSpec = {
  prompt_tokens: 1000,
  completion_tokens: 500,
  completion_tokens_details: { reasoning_tokens: 100 },
};

interface Timing {
  /** Wait this long before answering. */
  readonly delayMs?: number;
}
interface Completion extends Timing {
  /** Token usage to report; null leaves `usage` out of the body. */
  readonly usage?: UsageSpec | null;
  readonly finishReason?: string;
  /** Model id to report (default: the requested one). */
  readonly model?: string;
}

export type Reply =
  /** A completion whose message content is `JSON.stringify(value)`. */
  | ({ readonly kind: 'json'; readonly value: unknown } & Completion)
  /** A completion whose message content is this text verbatim (prose, fences, broken JSON...). */
  | ({ readonly kind: 'text'; readonly text: string } & Completion)
  /** An HTTP error: status, optional headers (Retry-After ...) and an OpenAI-style error body. */
  | ({
      readonly kind: 'status';
      readonly status: number;
      readonly headers?: Record<string, string>;
      readonly error?: { message?: string; type?: string; param?: string | null; code?: string | null };
    } & Timing)
  /** Any status with this JSON body verbatim (a provider's own error shape). */
  | ({ readonly kind: 'raw'; readonly status: number; readonly body: unknown } & Timing)
  /** HTTP 200 with a body that is not JSON at all. */
  | ({ readonly kind: 'malformed-body' } & Timing)
  /** Never answer (until the client gives up or the server closes). */
  | { readonly kind: 'hang' };

/** Shorthands for building replies. */
export const reply = {
  json: (value: unknown, opts: Completion = {}): Reply => ({ kind: 'json', value, ...opts }),
  text: (text: string, opts: Completion = {}): Reply => ({ kind: 'text', text, ...opts }),
  status: (
    status: number,
    opts: {
      retryAfter?: string;
      headers?: Record<string, string>;
      error?: Extract<Reply, { kind: 'status' }>['error'];
      delayMs?: number;
    } = {},
  ): Reply => ({
    kind: 'status',
    status,
    headers: { ...(opts.retryAfter !== undefined ? { 'retry-after': opts.retryAfter } : {}), ...opts.headers },
    error: opts.error,
    delayMs: opts.delayMs,
  }),
  raw: (status: number, body: unknown): Reply => ({ kind: 'raw', status, body }),
  malformedBody: (opts: Timing = {}): Reply => ({ kind: 'malformed-body', ...opts }),
  hang: (): Reply => ({ kind: 'hang' }),
};

export interface RecordedRequest {
  readonly method: string;
  /** Path without query, e.g. `/v1/chat/completions`. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw request body as received. */
  readonly raw: string;
  /** The parsed JSON body (undefined if it was not JSON). */
  readonly body: any;
  /** Zero-based index among the requests to this path. */
  readonly index: number;
}

/** Scripts chat completions. `body` is the parsed request; `index` counts chat requests from 0. */
export type ChatHandler = (body: any, index: number, request: RecordedRequest) => Reply | Promise<Reply>;
/** Vectors for /v1/embeddings inputs (default: deterministic 8-dimensional vectors from the text). */
export type EmbedHandler = (inputs: string[]) => number[][];

export interface OpenAIServer {
  /** Base URL to give the client, ending in /v1. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** Requests received on a path (default: chat completions). */
  count(path?: string): number;
  /** Largest number of requests that were being answered at the same time. */
  readonly maxInFlight: number;
  close(): Promise<void>;
}

export const CHAT_PATH = '/v1/chat/completions';
export const EMBEDDINGS_PATH = '/v1/embeddings';

export async function startOpenAIServer(
  handler: ChatHandler,
  opts: { embed?: EmbedHandler } = {},
): Promise<OpenAIServer> {
  const requests: RecordedRequest[] = [];
  const perPath = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  const embed = opts.embed ?? defaultEmbed;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0];
      const index = perPath.get(path) ?? 0;
      perPath.set(path, index + 1);
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        raw,
        body: parseOrUndefined(raw),
        index,
      };
      requests.push(recorded);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      res.on('close', () => (inFlight -= 1));
      answer(recorded, res).catch((err) =>
        send(res, 500, { error: { message: `test server: ${String(err)}`, type: 'server_error' } }),
      );
    });
  });

  async function answer(r: RecordedRequest, res: ServerResponse): Promise<void> {
    if (r.method === 'POST' && r.path === EMBEDDINGS_PATH) return sendEmbeddings(res, r.body, embed);
    if (r.method !== 'POST' || r.path !== CHAT_PATH)
      return send(res, 404, { error: { message: `no route ${r.method} ${r.path}`, type: 'invalid_request_error' } });
    const script = await handler(r.body, r.index, r);
    if (script.kind === 'hang') return;
    if (script.delayMs) await new Promise((ok) => setTimeout(ok, script.delayMs));
    if (res.destroyed) return;
    switch (script.kind) {
      case 'status':
        return send(
          res,
          script.status,
          {
            error: { message: `scripted ${script.status}`, type: 'scripted', param: null, code: null, ...script.error },
          },
          script.headers,
        );
      case 'raw':
        return send(res, script.status, script.body);
      case 'malformed-body':
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end('{"id": "chatcmpl-broken", "choices": [ {"message": ');
      case 'json':
      case 'text':
        return send(
          res,
          200,
          completion(r.body, script.kind === 'json' ? JSON.stringify(script.value) : script.text, script),
        );
    }
  }

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    count: (path = CHAT_PATH) => requests.filter((r) => r.path === path).length,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

let completionCounter = 0;
function completion(body: any, content: string, c: Completion): unknown {
  completionCounter += 1;
  return {
    id: `chatcmpl-test-${completionCounter}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: c.model ?? body?.model ?? 'test-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: null },
        finish_reason: c.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    ...(c.usage === null ? {} : { usage: withTotal(c.usage ?? DEFAULT_USAGE) }),
  };
}

/** OpenAI's total (prompt + completion) unless the reply gives its own, as xAI's does. */
const withTotal = (u: UsageSpec) => ({ total_tokens: u.prompt_tokens + u.completion_tokens, ...u });

function sendEmbeddings(res: ServerResponse, body: any, embed: EmbedHandler): void {
  const inputs: string[] = Array.isArray(body?.input) ? body.input.map(String) : [String(body?.input ?? '')];
  const vectors = embed(inputs);
  const base64 = body?.encoding_format === 'base64';
  const data = vectors.map((v, index) => ({
    object: 'embedding',
    index,
    embedding: base64 ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v,
  }));
  const tokens = inputs.reduce((n, s) => n + Math.ceil(s.length / 4), 0);
  send(res, 200, {
    object: 'list',
    data,
    model: body?.model ?? 'test-embedding',
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

/** Deterministic unit vectors from character codes, so equal texts embed equally. */
function defaultEmbed(inputs: string[]): number[][] {
  return inputs.map((text) => {
    const v = new Array<number>(8).fill(0);
    for (let i = 0; i < text.length; i++) v[i % 8] += text.charCodeAt(i);
    const norm = Math.hypot(...v) || 1;
    return v.map((x) => x / norm);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function parseOrUndefined(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
