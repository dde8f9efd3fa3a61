/**
 * `arcmem library stats` shows the most and least useful traces and lessons, and `library prune
 * --unhelpful N` removes exactly the traces (and model lessons) offered at least N times that
 * never helped, with their counters: the real CLI over a real library on disk.
 */
import { join } from 'node:path';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { addLesson, libraryReader, openLibrary, readConcepts } from '../../src/library/index.js';
import { runCli } from '../support/cli.js';
import { makeTask, solved, tempDir, trace, use } from './_helpers.js';

let tmp: ReturnType<typeof tempDir>;
let uri: string;
const cli = (args: string[]) => runCli(args, { ARCMEM_LIBRARY: uri });

/** Ids by instruction of a library holding four traces with counters from five observations. */
async function fill(): Promise<Record<string, string>> {
  const lib = await openLibrary({ uri });
  await lib.store(solved(makeTask('a', 'recolor', 1), [trace('Helps always.'), trace('Offered five, never helped.')]));
  await lib.store(solved(makeTask('b', 'tile', 1), [trace('Offered twice, never helped.'), trace('Never offered.')]));
  const ids = Object.fromEntries((await libraryReader(lib).list()).map((e) => [e.instruction, e.id]));
  for (let i = 0; i < 5; i++) {
    await lib.recordUse(`obs-${i}`, [
      use(ids['Offered five, never helped.']!, 1),
      ...(i < 3 ? [use(ids['Helps always.']!, 1, 1, 1)] : []),
      ...(i < 2 ? [use(ids['Offered twice, never helped.']!, 1)] : []),
    ]);
  }
  lib.close();
  return ids;
}

describe('the library by usefulness', () => {
  beforeEach(() => {
    tmp = tempDir();
    uri = join(tmp.dir, 'lib');
  });
  afterEach(() => tmp.cleanup());

  it('stats lists the most and least useful traces with their counts, as text and JSON', async () => {
    const ids = await fill();
    const { code, out } = await cli(['library', 'stats', '--top', '2']);
    expect(code).toBe(0);
    expect(out).toMatch(/usefulness\s+3 item\(s\) offered so far/);
    const [most, least] = out.split('least useful:');
    expect(most).toMatch(/0\.80\s+3\s+3\s+3\s+trace\s+\w{8}\s+a\s+Helps always\./);
    expect(least).toMatch(/0\.14\s+5\s+0\s+0\s+trace\s+\w{8}\s+a\s+Offered five, never helped\.\n.*0\.25\s+2\s+0\s+0/);
    expect(out).not.toContain('Never offered.');
    const json = JSON.parse((await cli(['library', 'stats', '--json', '--top', '1'])).out);
    expect(json.entries).toBe(4);
    expect(json.usefulness.observed).toBe(3);
    expect(json.usefulness.most).toMatchObject([{ id: ids['Helps always.'], offered: 3, ancestorPerfect: 3 }]);
    expect(json.usefulness.least).toMatchObject([{ id: ids['Offered five, never helped.'], offered: 5 }]);
  });

  it('show gives an entry its counters', async () => {
    const ids = await fill();
    const shown = await cli(['library', 'show', ids['Helps always.']!.slice(0, 12)]);
    expect(shown.out).toMatch(
      /usefulness offered to 3 task\(s\), ancestor of a perfect candidate in 3, of a verified one in 3 \(helpful 0\.80\)/,
    );
    expect((await cli(['library', 'show', ids['Never offered.']!.slice(0, 12)])).out).toMatch(
      /usefulness never offered yet/,
    );
  });

  it('stats says when nothing has been counted yet', async () => {
    const lib = await openLibrary({ uri });
    await lib.store(solved(makeTask('a', 'recolor', 1), [trace('Alone.')]));
    lib.close();
    expect((await cli(['library', 'stats'])).out).toMatch(/usefulness\s+no counters yet/);
  });

  it('prune --unhelpful N lists on a dry run, then deletes exactly those traces and their counters', async () => {
    const ids = await fill();
    const dry = await cli(['library', 'prune', '--unhelpful', '2', '--yes', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(
      /^2 entries match \(offered at least 2 times and never an ancestor of a perfect candidate\); dry run/,
    );
    expect(dry.out).toMatch(/0\.14\s+5\s+0\s+0\s+trace\s+\w{8}\s+a\s+Offered five, never helped\.\n.*Offered twice/);
    const lib = await openLibrary({ uri });
    expect(await libraryReader(lib).list()).toHaveLength(4);

    const five = await cli(['library', 'prune', '--unhelpful', '5', '--yes']);
    expect(five.out).toMatch(/^deleted 1 entry \(offered at least 5 times/);
    const left = await libraryReader(lib).list();
    expect(left.map((e) => e.instruction).sort()).toEqual([
      'Helps always.',
      'Never offered.',
      'Offered twice, never helped.',
    ]);
    const counters = await lib.utility({ kind: 'trace' });
    expect([...counters.values()].map((c) => c.id).sort()).toEqual(
      [ids['Helps always.']!, ids['Offered twice, never helped.']!].sort(),
    );
    lib.close();
  });

  it('lessons: stats lists them with their text; prune --unhelpful drops the unhelpful ones and their counters', async () => {
    const lib = await openLibrary({ uri, embedder: null });
    const task = makeTask('a', 'recolor', 1);
    await lib.store(solved(task, [trace('Recolour 1 to 2.')]));
    const lesson = (text: string) => addLesson(lib, { text, task, instruction: 'Recolour 1 to 2.' });
    const helped = await lesson('When one colour becomes another everywhere, try a recolouring.');
    const idle = await lesson('When the grid \u001b[31mis red, try nothing.');
    for (let i = 0; i < 3; i++)
      await lib.recordUse(`obs-${i}`, [
        { kind: 'concept', id: helped.id, offered: 1, ancestorPerfect: 1, ancestorVerified: 1 },
        { kind: 'concept', id: idle.id, offered: 1, ancestorPerfect: 0, ancestorVerified: 0 },
      ]);
    lib.close();

    const stats = (await cli(['library', 'stats'])).out;
    const [most, least] = stats.split('least useful:');
    expect(most).toMatch(/0\.80\s+3\s+3\s+3\s+concept\s+lesson:\w+\s+-\s+When one colour becomes another/);
    // Model text is printed inert: the escape byte never reaches the terminal.
    expect(least).toMatch(/0\.20\s+3\s+0\s+0\s+concept\s+lesson:\w+\s+-\s+When the grid .*is red/);
    expect(stats).not.toContain('\u001b[31m');

    // Criteria a lesson does not have match no lesson.
    expect((await cli(['library', 'prune', '--unhelpful', '3', '--unverified'])).out).toMatch(/^0 entries match/);
    expect((await cli(['library', 'prune', '--unhelpful', '3', '--older-than', '1h'])).out).toMatch(/^0 entries match/);
    const dry = await cli(['library', 'prune', '--unhelpful', '3']);
    expect(dry.out).toMatch(/^0 entries and 1 model lesson matches \(offered at least 3 times/);
    expect(dry.out).toMatch(/concept\s+lesson:\w+\s+-\s+When the grid/);
    expect((await cli(['library', 'prune', '--unhelpful', '4', '--yes'])).out).toMatch(/^deleted 0 entries \(/);
    expect((await cli(['library', 'prune', '--unhelpful', '3', '--yes'])).out).toMatch(
      /^deleted 0 entries and 1 model lesson \(offered at least 3 times/,
    );
    const after = await openLibrary({ uri, embedder: null });
    expect((await readConcepts(after, 'lesson')).map((c) => c.id)).toEqual([helped.id]);
    expect([...(await after.utility({ kind: 'concept' })).values()].map((c) => c.id)).toEqual([helped.id]);
    expect(await libraryReader(after).list()).toHaveLength(1);
    after.close();
  });

  it.each([['0'], ['-1'], ['two'], ['2.5']])('refuses --unhelpful %s with exit 2, naming the flag', async (n) => {
    await fill();
    const r = await cli(['library', 'prune', `--unhelpful=${n}`, '--yes']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--unhelpful expects a positive whole number/);
    const lib = await openLibrary({ uri });
    expect(await libraryReader(lib).list()).toHaveLength(4);
    lib.close();
  });
});
