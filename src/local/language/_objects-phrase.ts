/** The phrase that says how cells join into objects, shared by the object steps. */
import type { ObjectOptions } from '../primitives/objects.js';

export const OBJECT_KINDS = [
  'made of one colour',
  'made of one colour with diagonal neighbours joined',
  'of any colours',
  'of any colours with diagonal neighbours joined',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];
/**
 * The kind whose objects are the areas lines and shapes divide the background into, offered by the
 * steps that recolour objects (one chosen, or the largest and the smallest): cutting an area out,
 * keeping or removing one, or reading its colour gives background alone.
 */
export const AREAS = 'of background cells';
export const OBJECT_OR_AREA_KINDS = [...OBJECT_KINDS, AREAS] as const;

/** Object-finding options for a phrase. */
export const objectOptions = (kind: string): ObjectOptions =>
  kind === AREAS ? { areas: true } : { multicolour: kind.startsWith('of any'), diagonal: kind.endsWith('joined') };
