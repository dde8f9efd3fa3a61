/** The one grid toolkit: colour counts, connected regions and flood fill, objects, symmetries, scaling. The fingerprint and the offline engine both build on it. */
export * from './colours.js';
export * from './regions.js';
export * from './objects.js';
export * from './dihedral.js';
export * from './scaling.js';
export * from './memo.js';
