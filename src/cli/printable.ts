/**
 * Text from models, imported libraries and task files is untrusted. Printed raw, an escape
 * sequence in it could clear the screen, move the cursor, set the window title or the clipboard
 * (OSC 52), hide text, or reorder it (bidirectional overrides). These make it inert and visible.
 */

/** C0 controls except tab and newline, DEL, C1 controls, bidirectional embeddings/overrides/isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const escaped = (c: string): string => {
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
};

/** Untrusted text for a terminal: every control character but newline and tab is shown as an escape (`\x1b`). */
export function printable(text: string): string {
  return text.replace(CONTROL, escaped);
}

/** arcmem's own colours (SGR) | its progress-line redraw (`\r`, erase line) | any other control. */
const TERMINAL = new RegExp(`(\x1b\\[[0-9;]*m)|(\r|\x1b\\[2K)|${CONTROL.source}`, 'g');

/**
 * Last line of defence for everything written to the terminal: arcmem's own colour codes (and,
 * with `redraw`, its progress-line redraws) pass; any other control character is escaped.
 */
export function terminalSafe(text: string, redraw: boolean): string {
  return text.replace(TERMINAL, (m: string, colour?: string, redrawn?: string) =>
    colour || (redrawn && redraw) ? m : printable(m),
  );
}
