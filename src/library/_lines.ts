/**
 * Reading a JSON Lines file line by line with a cap on each line's size: a line over the cap
 * is reported by its number and size without being held in memory, so one enormous row
 * cannot exhaust memory before validation even starts.
 */
import { createReadStream } from 'node:fs';

export type Line =
  | { readonly line: number; readonly text: string }
  | { readonly line: number; readonly text: null; readonly bytes: number };

/** Yields every line of `file` (1-based numbers); lines over `maxBytes` come with `text: null`. */
export async function* readLines(file: string, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  const finish = (): Line => {
    const done: Line =
      size > maxBytes ? { line, text: null, bytes: size } : { line, text: Buffer.concat(parts).toString('utf8') };
    parts = [];
    size = 0;
    line++;
    return done;
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    keep(chunk.subarray(start));
  }
  if (size > 0) yield finish();

  function keep(piece: Buffer): void {
    size += piece.length;
    if (size <= maxBytes) parts.push(piece);
    else parts = [];
  }
}
