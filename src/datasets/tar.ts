/**
 * A minimal reader for (uncompressed) tar archives as GitHub serves them: ustar headers,
 * pax extended headers (`x`: per-entry path; `g`: global, whose `comment` is the commit),
 * and GNU long names (`L`). Pure: bytes in, entries out.
 */

export interface TarEntry {
  readonly path: string;
  readonly type: 'file' | 'directory' | 'other';
  readonly data: Uint8Array;
}

export interface TarContents {
  readonly entries: readonly TarEntry[];
  /** Key/values of pax global headers (git archive puts the commit id in `comment`). */
  readonly global: Readonly<Record<string, string>>;
}

const BLOCK = 512;
const text = (b: Uint8Array): string => new TextDecoder().decode(b).replace(/\0.*$/s, '');
const octal = (b: Uint8Array): number => parseInt(text(b).trim() || '0', 8);

/** Parses pax records: `<len> <key>=<value>\n` repeated. */
function paxRecords(data: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const s = new TextDecoder().decode(data);
  let i = 0;
  while (i < s.length) {
    const space = s.indexOf(' ', i);
    const len = parseInt(s.slice(i, space), 10);
    if (!(len > 0) || space < 0) break;
    const record = s.slice(space + 1, i + len - 1);
    const eq = record.indexOf('=');
    out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}

/** Reads every entry of a tar archive. Throws on a truncated archive. */
export function readTar(bytes: Uint8Array): TarContents {
  const entries: TarEntry[] = [];
  let global: Record<string, string> = {};
  let nextPath: string | undefined;
  for (let off = 0; off + BLOCK <= bytes.length;) {
    const h = bytes.subarray(off, off + BLOCK);
    if (h.every((x) => x === 0)) break;
    const size = octal(h.subarray(124, 136));
    const flag = String.fromCharCode(h[156]!);
    const start = off + BLOCK;
    if (start + size > bytes.length) throw new Error(`truncated tar archive at byte ${off}`);
    const data = bytes.subarray(start, start + size);
    off = start + Math.ceil(size / BLOCK) * BLOCK;
    if (flag === 'g') global = { ...global, ...paxRecords(data) };
    else if (flag === 'x') nextPath = paxRecords(data).path ?? nextPath;
    else if (flag === 'L') nextPath = text(data);
    else {
      const prefix = text(h.subarray(345, 500));
      const name = text(h.subarray(0, 100));
      const path = nextPath ?? (prefix ? `${prefix}/${name}` : name);
      nextPath = undefined;
      const type = flag === '0' || flag === '\0' ? 'file' : flag === '5' ? 'directory' : 'other';
      entries.push({ path, type, data });
    }
  }
  return { entries, global };
}
