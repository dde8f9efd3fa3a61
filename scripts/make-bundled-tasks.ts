/**
 * Generates data/tasks/*.json, the small tasks arcmem ships (authored by the project, with
 * solutions). Deterministic: a seeded generator, so re-running rewrites identical files.
 *   npx tsx scripts/make-bundled-tasks.ts
 * Each family is a pair (input maker, transformation); the JSON is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledDataDir } from '../src/paths.js';

type G = number[][];
type Rng = () => number;

function mulberry32(seed: number): Rng {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const make = (h: number, w: number, f: (r: number, c: number) => number): G =>
  Array.from({ length: h }, (_, r) => Array.from({ length: w }, (_, c) => f(r, c)));
const blank = (h: number, w: number): G => make(h, w, () => 0);
const copy = (g: G): G => g.map((r) => [...r]);
const H = (g: G) => g.length, W = (g: G) => g[0]!.length;

function noise(rng: Rng, h: number, w: number, density: number, colors: readonly number[]): G {
  return make(h, w, () => (rng() < density ? pick(rng, colors) : 0));
}
const sized = (rng: Rng, lo: number, hi: number, density: number, colors: readonly number[]) =>
  noise(rng, int(rng, lo, hi), int(rng, lo, hi), density, colors);

// Transformations
const flipH = (g: G): G => g.map((r) => [...r].reverse());
const flipV = (g: G): G => [...g].reverse().map((r) => [...r]);
const transpose = (g: G): G => make(W(g), H(g), (r, c) => g[c]![r]!);
const rot90 = (g: G): G => make(W(g), H(g), (r, c) => g[H(g) - 1 - c]![r]!);
const rot180 = (g: G): G => flipV(flipH(g));
const upscale = (k: number) => (g: G): G => make(H(g) * k, W(g) * k, (r, c) => g[Math.floor(r / k)]![Math.floor(c / k)]!);
const tile = (g: G): G => make(H(g) * 2, W(g) * 2, (r, c) => g[r % H(g)]![c % W(g)]!);
const recolor = (map: Record<number, number>) => (g: G): G => g.map((r) => r.map((c) => map[c] ?? c));
function bbox(g: G, keep: (c: number) => boolean): [number, number, number, number] {
  let r0 = H(g), r1 = -1, c0 = W(g), c1 = -1;
  g.forEach((row, r) => row.forEach((v, c) => {
    if (!keep(v)) return;
    r0 = Math.min(r0, r); r1 = Math.max(r1, r); c0 = Math.min(c0, c); c1 = Math.max(c1, c);
  }));
  return [r0, r1, c0, c1];
}
const crop = (g: G, [r0, r1, c0, c1]: [number, number, number, number]): G => g.slice(r0, r1 + 1).map((r) => r.slice(c0, c1 + 1));
function gravity(g: G): G {
  const out = blank(H(g), W(g));
  for (let c = 0; c < W(g); c++) {
    const cells = g.map((r) => r[c]!).filter((v) => v !== 0);
    cells.forEach((v, i) => (out[H(g) - cells.length + i]![c] = v));
  }
  return out;
}
function floodOutside(g: G): boolean[][] {
  const out = g.map((r) => r.map(() => false));
  const stack: [number, number][] = [];
  g.forEach((row, r) => row.forEach((v, c) => {
    if (v === 0 && (r === 0 || c === 0 || r === H(g) - 1 || c === W(g) - 1)) stack.push([r, c]);
  }));
  while (stack.length) {
    const [r, c] = stack.pop()!;
    if (r < 0 || c < 0 || r >= H(g) || c >= W(g) || out[r]![c] || g[r]![c] !== 0) continue;
    out[r]![c] = true;
    stack.push([r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]);
  }
  return out;
}
const fillEnclosed = (g: G): G => { const o = floodOutside(g); return g.map((row, r) => row.map((v, c) => (v === 0 && !o[r]![c] ? 4 : v))); };

/** Places a solid or hollow rectangle if the area (with a 1-cell margin) is free. */
function place(g: G, r: number, c: number, h: number, w: number, color: number, hollow = false): boolean {
  if (r + h > H(g) || c + w > W(g)) return false;
  for (let y = r - 1; y <= r + h; y++) for (let x = c - 1; x <= c + w; x++) if (g[y]?.[x]) return false;
  for (let y = r; y < r + h; y++) for (let x = c; x < c + w; x++) if (!hollow || y === r || x === c || y === r + h - 1 || x === c + w - 1) g[y]![x] = color;
  return true;
}
function scatter(rng: Rng, g: G, n: number, size: () => [number, number], color: () => number, hollow = false): number {
  let placed = 0;
  for (let tries = 0; placed < n && tries < 500; tries++) {
    const [h, w] = size();
    if (place(g, int(rng, 0, H(g) - 1), int(rng, 0, W(g) - 1), h, w, color(), hollow)) placed++;
  }
  return placed;
}

interface Family { name: string; about: string; input: (rng: Rng, i: number) => G; output: (g: G) => G; tests?: number }
const C = [1, 2, 3, 4, 5, 6, 7, 8, 9];
const families: Family[] = [
  { name: 'flip-horizontal', about: 'geometry: mirror left-right', input: (r) => sized(r, 3, 6, 0.45, C), output: flipH },
  { name: 'flip-vertical', about: 'geometry: mirror top-bottom', input: (r) => sized(r, 3, 6, 0.45, C), output: flipV },
  { name: 'rotate-90', about: 'geometry: rotate clockwise a quarter turn', input: (r) => sized(r, 3, 5, 0.45, C), output: rot90 },
  { name: 'rotate-180', about: 'geometry: rotate a half turn', input: (r) => sized(r, 3, 5, 0.45, C), output: rot180 },
  { name: 'transpose', about: 'geometry: swap rows and columns', input: (r) => sized(r, 3, 5, 0.45, C), output: transpose },
  { name: 'recolor-map', about: 'recolouring: 1→2, 3→4, 6→7, 8→9', input: (r) => sized(r, 4, 7, 0.6, [1, 3, 6, 8]), output: recolor({ 1: 2, 3: 4, 6: 7, 8: 9 }) },
  { name: 'recolor-swap', about: 'recolouring: swap blue and red, others stay', input: (r) => sized(r, 4, 7, 0.6, [1, 2, 4]), output: recolor({ 1: 2, 2: 1 }) },
  { name: 'remove-noise', about: 'recolouring: delete the grey noise cells', input: (r) => { const g = sized(r, 6, 9, 0, C); scatter(r, g, 2, () => [int(r, 2, 3), int(r, 2, 3)], () => pick(r, [1, 2, 3, 4])); return g.map((row) => row.map((v) => (v === 0 && r() < 0.15 ? 5 : v))); }, output: recolor({ 5: 0 }) },
  { name: 'crop-object', about: 'cropping: cut out the bounding box of the only object', input: (r) => { const g = blank(int(r, 7, 10), int(r, 7, 10)); const h = int(r, 2, 4), w = int(r, 2, 4), y = int(r, 0, H(g) - h), x = int(r, 0, W(g) - w), col = pick(r, C); for (let a = 0; a < h; a++) for (let b = 0; b < w; b++) if (a === 0 || b === 0 || a === h - 1 || r() < 0.6) g[y + a]![x + b] = col; g[y + h - 1]![x + w - 1] = col; return g; }, output: (g) => crop(g, bbox(g, (v) => v !== 0)) },
  { name: 'crop-largest-object', about: 'largest object: cut out the biggest rectangle', input: (r, i) => { const g = blank(int(r, 8, 10), int(r, 8, 10)); const sizes: [number, number][] = [[1, 2], [2, 2], [3, 3 + (i % 2)]]; const cols = [1, 2, 3, 4, 6, 7, 8].sort(() => r() - 0.5); sizes.forEach((s, k) => scatter(r, g, 1, () => s, () => cols[k]!)); return g; }, output: (g) => { const counts = new Map<number, number>(); g.flat().forEach((v) => v && counts.set(v, (counts.get(v) ?? 0) + 1)); const big = [...counts].sort((a, b) => b[1] - a[1])[0]![0]; return crop(g, bbox(g, (v) => v === big)); } },
  { name: 'upscale-2x', about: 'scaling: every cell becomes a 2x2 block', input: (r) => sized(r, 2, 4, 0.5, C), output: upscale(2) },
  { name: 'upscale-3x', about: 'scaling: every cell becomes a 3x3 block', input: (r) => sized(r, 2, 3, 0.5, C), output: upscale(3) },
  { name: 'downscale-2x', about: 'scaling: every 2x2 block becomes one cell', input: (r) => upscale(2)(sized(r, 2, 4, 0.5, C)), output: (g) => make(H(g) / 2, W(g) / 2, (y, x) => g[2 * y]![2 * x]!) },
  { name: 'tile-2x2', about: 'tiling: repeat the grid twice down and across', input: (r) => sized(r, 2, 4, 0.5, C), output: tile },
  { name: 'tile-mirror', about: 'tiling: the grid followed by its mirror image', input: (r) => sized(r, 2, 4, 0.5, C), output: (g) => g.map((row) => [...row, ...[...row].reverse()]) },
  { name: 'gravity-down', about: 'object moves: every coloured cell falls to the bottom', input: (r) => sized(r, 4, 7, 0.3, C), output: gravity },
  { name: 'move-to-contact', about: 'object moves: the red object slides right until it touches the azure wall', input: (r) => { const g = blank(int(r, 5, 8), int(r, 8, 10)); g.forEach((row) => (row[W(g) - 1] = 8)); const h = int(r, 2, 3), y = int(r, 0, H(g) - h); for (let a = 0; a < h; a++) for (let b = 0; b < 3; b++) if (b === 1 || r() < 0.5) g[y + a]![b] = 2; return g; }, output: (g) => { const right = bbox(g, (v) => v === 2)[3]; const d = W(g) - 2 - right; return g.map((row) => row.map((v, c) => (c - d >= 0 && row[c - d] === 2 ? 2 : v === 2 ? 0 : v))); } },
  { name: 'symmetry-complete', about: 'symmetry completion: restore the erased cells of a left-right symmetric picture', input: (r) => { const h = int(r, 4, 7), half = int(r, 2, 4); const left = noise(r, h, half, 0.7, [1, 3, 4, 6]); const full = left.map((row) => [...row, ...[...row].reverse()]); return full.map((row) => row.map((v, c) => (c >= half && v && r() < 0.4 ? 0 : v))); }, output: (g) => g.map((row) => row.map((v, c) => v || row[W(g) - 1 - c]!)) },
  { name: 'count-objects', about: 'counting: a 1xN row where N is the number of objects', input: (r) => { const g = blank(int(r, 6, 8), int(r, 6, 8)); const col = pick(r, C); scatter(r, g, int(r, 1, 5), () => (r() < 0.5 ? [1, 1] : [1, 2]), () => col); return g; }, output: (g) => { const col = g.flat().find((v) => v)!; const n = countObjects(g); return make(1, n, () => col); } },
  { name: 'count-colors', about: 'counting: a 1xN grey row where N is the number of colours used', input: (r) => { const g = blank(int(r, 5, 7), int(r, 5, 7)); const cols = [...C].sort(() => r() - 0.5).slice(0, int(r, 1, 5)); cols.forEach((c) => scatter(r, g, int(r, 1, 2), () => [1, int(r, 1, 2)], () => c)); return g; }, output: (g) => make(1, new Set(g.flat().filter((v) => v)).size, () => 5) },
  { name: 'fill-enclosed', about: 'fill: paint yellow every empty cell enclosed by a green wall (open shapes stay empty)', input: (r, i) => { const g = blank(int(r, 8, 10), int(r, 8, 10)); const n = scatter(r, g, i % 2 ? 3 : int(r, 1, 3), () => [int(r, 3, 4), int(r, 3, 5)], () => 3, true); if (i % 2 && n >= 2) openOneWall(g); return g; }, output: fillEnclosed },
  { name: 'draw-row-lines', about: 'lines: each coloured cell extends into a full horizontal line', input: (r) => { const g = blank(int(r, 5, 8), int(r, 5, 8)); const rows = [...Array(H(g)).keys()].filter((y) => y % 2 === 0 && r() < 0.7); rows.forEach((y) => (g[y]![int(r, 0, W(g) - 1)] = pick(r, C))); if (!rows.length) g[0]![0] = 1; return g; }, output: (g) => g.map((row) => { const v = row.find((x) => x) ?? 0; return row.map(() => v); }) },
  { name: 'draw-column-lines', about: 'lines: each coloured cell shoots a line down to the bottom edge', input: (r) => { const g = blank(int(r, 5, 8), int(r, 5, 8)); for (let x = 0; x < W(g); x++) if (r() < 0.4) g[int(r, 0, H(g) - 2)]![x] = pick(r, C); g[0]![0] ||= 6; return g; }, output: (g) => make(H(g), W(g), (y, x) => { for (let a = y; a >= 0; a--) if (g[a]![x]) return g[a]![x]!; return 0; }) },
  { name: 'overlay-halves', about: 'overlay: lay the left half (blue) over the right half (red), split by a grey column', input: (r) => { const h = int(r, 3, 5), w = int(r, 3, 4); const a = noise(r, h, w, 0.4, [1]), b = noise(r, h, w, 0.4, [2]); return a.map((row, y) => [...row, 5, ...b[y]!]); }, output: (g) => { const w = (W(g) - 1) / 2; return make(H(g), w, (y, x) => g[y]![x] || g[y]![x + w + 1]!); } },
];

const README_HEAD = `# Bundled tasks

Small ARC-style tasks written for arcmem (Apache-2.0, like the project), in the standard task
format with test outputs. They cover common transformation families and serve the README's
first command (\`arcmem tasks data/tasks\`), the tests and quick offline runs. Grids are 1x1 to
10x10; each task has 3 train pairs and 1-2 test pairs.

Generated by \`npx tsx scripts/make-bundled-tasks.ts\` (deterministic; edit the script, not the
JSON). The official ARC sets are not stored here: \`arcmem data fetch\` downloads them into data/.

| task | family: rule |
| --- | --- |
`;

/** Breaks the top wall of the first hollow rectangle found (its inside then touches the outside). */
function openOneWall(g: G): void {
  for (let r = 0; r + 1 < H(g); r++) {
    for (let c = 1; c + 1 < W(g); c++) {
      if (g[r]![c] === 3 && g[r]![c - 1] === 3 && g[r]![c + 1] === 3 && g[r + 1]![c] === 0 && (r === 0 || g[r - 1]![c] === 0)) {
        g[r]![c] = 0;
        return;
      }
    }
  }
}

function countObjects(g: G): number {
  const seen = g.map((r) => r.map(() => false));
  let n = 0;
  g.forEach((row, r) => row.forEach((v, c) => {
    if (!v || seen[r]![c]) return;
    n++;
    const stack: [number, number][] = [[r, c]];
    while (stack.length) {
      const [y, x] = stack.pop()!;
      if (y < 0 || x < 0 || y >= H(g) || x >= W(g) || seen[y]![x] || g[y]![x] !== v) continue;
      seen[y]![x] = true;
      stack.push([y + 1, x], [y - 1, x], [y, x + 1], [y, x - 1]);
    }
  }));
  return n;
}

/** One task file, one grid row per line so the files read well. */
function serialize(task: { train: { input: G; output: G }[]; test: { input: G; output: G }[] }): string {
  const grid = (g: G) => `[\n      ${g.map((r) => JSON.stringify(r)).join(',\n      ')}\n    ]`;
  const pairs = (ps: { input: G; output: G }[]) => ps.map((p) => `  {\n    "input": ${grid(p.input)},\n    "output": ${grid(p.output)}\n  }`).join(',\n');
  return `{\n"train": [\n${pairs(task.train)}\n],\n"test": [\n${pairs(task.test)}\n]\n}\n`;
}

function build(f: Family, seed: number) {
  const rng = mulberry32(seed);
  const pairs: { input: G; output: G }[] = [];
  const seen = new Set<string>();
  const n = 3 + 1 + (seed % 3 === 0 ? 1 : 0);
  for (let i = 0; pairs.length < n && i < 200; i++) {
    const input = f.input(rng, pairs.length);
    const output = f.output(copy(input));
    const key = JSON.stringify(input);
    if (seen.has(key) || JSON.stringify(output) === key || output.length === 0 || output[0]!.length === 0) continue;
    seen.add(key);
    pairs.push({ input, output });
  }
  return { train: pairs.slice(0, 3), test: pairs.slice(3) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const dir = join(bundledDataDir(), 'tasks');
  mkdirSync(dir, { recursive: true });
  families.forEach((f, k) => writeFileSync(join(dir, `${f.name}.json`), serialize(build(f, 1000 + k * 7))));
  const lines = families.map((f) => `| \`${f.name}\` | ${f.about} |`);
  writeFileSync(join(dir, 'README.md'), README_HEAD + lines.join('\n') + '\n');
  console.log(`wrote ${families.length} tasks to ${dir}`);
}
