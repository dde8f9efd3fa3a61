/**
 * The persistent response cache: validated answers in SQLite (better-sqlite3, WAL, busy
 * timeout so several processes can share one file), addressed by the sha256 of what was
 * asked. The key material never contains the API key, and rows hold only the answer.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { LlmError } from './errors.js';

/** A cached answer: the model's text and what it cost when it was first asked. */
export interface CachedAnswer {
  readonly content: string;
  readonly finishReason: string | null;
  readonly model: string;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly reasoningTokens: number;
  readonly cachedPromptTokens: number;
}

/** The cache file inside a cache folder. */
export const cacheFileIn = (cacheDir: string): string => join(cacheDir, 'llm.sqlite');

/** How long opening or writing waits for another process holding the file. */
const BUSY_MS = 15_000;

/**
 * Runs `op`, again while SQLite answers that the file is busy, up to BUSY_MS. Switching a new file
 * to WAL answers "database is locked" at once, without waiting as the busy timeout does, while
 * another process opening the same new file is writing to it (creating the table before it has
 * switched): two solves started together on one cache folder met this.
 */
function whileBusy<T>(op: () => T): T {
  const until = Date.now() + BUSY_MS;
  for (;;) {
    try {
      return op();
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
}

export class ResponseCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string], { answer: string }>;
  private readonly putStmt: Database.Statement<[string, string, string]>;

  private constructor(readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      this.db = new Database(file, { timeout: BUSY_MS });
      this.db.pragma(`busy_timeout = ${BUSY_MS}`);
      whileBusy(() => this.db.pragma('journal_mode = WAL'));
      this.db.pragma('synchronous = NORMAL');
      whileBusy(() =>
        this.db.exec(
          'CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, answer TEXT NOT NULL, created_at TEXT NOT NULL)',
        ),
      );
    } catch (err) {
      throw new LlmError(
        `cannot open the response cache ${file}: ${(err as Error).message}. Pass --cache-dir elsewhere or --no-cache.`,
        { cause: err },
      );
    }
    this.getStmt = this.db.prepare('SELECT answer FROM responses WHERE key = ?');
    this.putStmt = this.db.prepare('INSERT OR REPLACE INTO responses (key, answer, created_at) VALUES (?, ?, ?)');
  }

  /** Opens (creating if needed) the cache file. */
  static open(file: string): ResponseCache {
    return new ResponseCache(file);
  }

  get(key: string): CachedAnswer | undefined {
    const row = this.getStmt.get(key);
    return row ? (JSON.parse(row.answer) as CachedAnswer) : undefined;
  }

  put(key: string, answer: CachedAnswer): void {
    this.putStmt.run(key, JSON.stringify(answer), new Date().toISOString());
  }

  /** Number of stored answers. */
  size(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM responses').get() as { n: number }).n;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** sha256 of a canonical (key-sorted) JSON rendering of the key material. */
export function cacheKey(material: unknown): string {
  return createHash('sha256').update(canonicalJson(material)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
