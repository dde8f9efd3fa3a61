/**
 * Instruction-text identity, shared by evolution (skipping instructions already tried) and the
 * library (one stored trace per instruction and task), so both agree on what counts as the same.
 */

/** Case-, spacing- and final-full-stop-insensitive form used to skip instructions already tried. */
export const normaliseInstruction = (s: string): string =>
  s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
