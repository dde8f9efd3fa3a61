import type { Command } from 'commander';

/** Each command module registers itself on the program. Add one line per command. */
export type Register = (program: Command) => void;

export const commands: Register[] = [];
