/**
 * Concurrent writers in separate processes that really overlap. Each child sets itself up,
 * prints `ready`, waits for a line on stdin, does its writes, and prints `{from, to}` (epoch ms
 * of its first and last write) as JSON. The parent starts them all, waits until every one is
 * ready, says go, and checks from the spans that the writes overlapped in time: without that,
 * a loaded machine can run the writers one after the other and a race test proves nothing.
 * The child side is `awaitGo` / `reportSpan`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface Span {
  readonly from: number;
  readonly to: number;
}

export interface Writer {
  readonly ready: Promise<void>;
  go(): void;
  readonly done: Promise<Span>;
}

const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');

/** Starts `tsx script ...args` as a writer child. */
export function startWriter(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Writer {
  const child = spawn(tsx, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const ready = new Promise<void>((ok, fail) => {
    child.stdout.on('data', (d) => ((out += d), out.startsWith('ready\n') && ok()));
    child.on('exit', (code) => fail(new Error(`writer ${script} exited ${code} before it was ready: ${err}`)));
  });
  const done = new Promise<Span>((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.slice('ready\n'.length)) as Span)
        : reject(new Error(`writer ${script} ${args.join(' ')} exited ${code}: ${err}`)),
    ),
  );
  return { ready, go: () => child.stdin.write('go\n'), done };
}

/** Starts every writer, waits until all are ready, lets them go together; returns their spans. */
export async function runTogether(writers: readonly Writer[]): Promise<Span[]> {
  await Promise.all(writers.map((w) => w.ready));
  writers.forEach((w) => w.go());
  return Promise.all(writers.map((w) => w.done));
}

/** True when every span overlaps every other (the last to start started before the first to end ended). */
export const overlapped = (spans: readonly Span[]): boolean =>
  Math.max(...spans.map((s) => s.from)) < Math.min(...spans.map((s) => s.to));

/** Child side: say ready, then wait for the parent's go. */
export async function awaitGo(): Promise<void> {
  process.stdout.write('ready\n');
  await new Promise((go) => process.stdin.once('data', go));
}

/** Child side: report the span of the writes and let the process end. */
export function reportSpan(span: Span): void {
  process.stdout.write(JSON.stringify(span));
  process.stdin.destroy();
}
