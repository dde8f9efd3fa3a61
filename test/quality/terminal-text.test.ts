/**
 * Model text is untrusted wherever it is displayed: an instruction (or a task id, a model id, a
 * dataset name from an imported library) carrying escape sequences must reach the terminal as
 * visible, inert text, never as a command to the terminal.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, terminalIO } from '../../src/cli/main.js';
import { printable, terminalSafe } from '../../src/cli/printable.js';
import { openLibrary } from '../../src/library/index.js';
import { makeTask, solved, tempDir, trace } from '../library/_helpers.js';

const CLEAR = '\u001b[2J\u001b[H';
const TITLE = '\u001b]0;pwned\u0007';
const CLIPBOARD = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const HIDDEN = '\u001b[8m';
const BIDI = '\u202e';
const HOSTILE = `Recolour 1 to 2.${CLEAR}${TITLE}${CLIPBOARD}${HIDDEN}${BIDI}\rcarriage`;

/** No raw control character but newline (and tab) survives. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('printable', () => {
  it.each([
    ['clear screen', CLEAR, '\\x1b[2J\\x1b[H'],
    ['window title (OSC 0)', TITLE, '\\x1b]0;pwned\\x07'],
    ['clipboard write (OSC 52)', CLIPBOARD, '\\x1b]52;c;cm0gLXJmIH4=\\x07'],
    ['a C1 control (CSI)', '\u009b2J', '\\x9b2J'],
    ['a bidirectional override', `abc${BIDI}def`, 'abc\\u202edef'],
    ['a carriage return', 'ok\rfake', 'ok\\x0dfake'],
    ['DEL and NUL', '\u007f\u0000', '\\x7f\\x00'],
    ['plain text, newlines and tabs (unchanged)', 'Tile the grid\n\ttwice — ✓ 2×2', 'Tile the grid\n\ttwice — ✓ 2×2'],
  ])('%s', (_name, text, shown) => {
    expect(printable(text)).toBe(shown);
  });
});

describe('terminalSafe, the last line of defence on stdout and stderr', () => {
  it("keeps arcmem's own colours and escapes everything else", () => {
    const own = '\u001b[48;2;0;116;217m  \u001b[0m';
    expect(terminalSafe(`${own}${CLEAR}`, false)).toBe(`${own}\\x1b[2J\\x1b[H`);
  });
  it('lets the progress line redraw itself on stderr only', () => {
    expect(terminalSafe('\r\u001b[2K3/10 tasks', true)).toBe('\r\u001b[2K3/10 tasks');
    expect(terminalSafe('\r\u001b[2K3/10 tasks', false)).toBe('\\x0d\\x1b[2K3/10 tasks');
  });
  it('is what terminalIO writes', () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const io = terminalIO();
      io.print(`result ${CLEAR}`);
      io.progress(`warning ${TITLE}\n`);
      expect(out.mock.calls[0]![0]).toBe('result \\x1b[2J\\x1b[H\n');
      expect(err.mock.calls[0]![0]).toBe('warning \\x1b]0;pwned\\x07\n');
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});

describe('library commands show hostile stored text as inert text', () => {
  const tmp = tempDir();
  const uri = join(tmp.dir, 'lib');
  const hostileId = `evil${CLEAR}task`;
  beforeAll(async () => {
    const lib = await openLibrary({ uri });
    await lib.store(solved(makeTask(hostileId, 'recolor'), [trace(HOSTILE)]), { dataset: `set${TITLE}` });
    lib.close();
  });
  afterAll(() => tmp.cleanup());

  async function cli(args: string[]) {
    let stdout = '',
      stderr = '';
    const code = await main(['node', 'arcmem', ...args, '--library', uri], {
      print: (t) => (stdout += t + '\n'),
      progress: (t) => (stderr += t),
      colours: false,
      env: {},
    });
    return { code, stdout, stderr };
  }

  it.each([
    ['search', ['library', 'search', 'recolour']],
    ['similar', ['library', 'similar', 'data/tasks/recolor-map.json']],
    ['stats', ['library', 'stats']],
  ])('library %s', async (_name, args) => {
    const r = await cli(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/\\x1b/);
  });

  it('library show: instruction, task id and dataset escaped, with the grids still drawn', async () => {
    const id = /^(\w{8})/m.exec((await cli(['library', 'search', 'recolour'])).stdout.split('\n')[1]!)![1]!;
    const r = await cli(['library', 'show', id]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain(
      'Recolour 1 to 2.\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07\\x1b]52;c;cm0gLXJmIH4=\\x07\\x1b[8m\\u202e\\x0dcarriage',
    );
    expect(r.stdout).toContain('task evil\\x1b[2J\\x1b[Htask');
    expect(r.stdout).toMatch(/train 1\ninput \d+x\d+/);
  });
});
