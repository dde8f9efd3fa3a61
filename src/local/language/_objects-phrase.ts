/** The phrase that says how cells join into objects, shared by the object steps. */
import type { ObjectOptions } from '../primitives/objects.js';

export const OBJECT_KINDS = [
  'made of one colour',
  'made of one colour with diagonal neighbours joined',
  'of any colours',
  'of any colours with diagonal neighbours joined',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

/** Object-finding options for a phrase. */
export const objectOptions = (kind: string): ObjectOptions => ({
  multicolour: kind.startsWith('of any'),
  diagonal: kind.endsWith('joined'),
});
