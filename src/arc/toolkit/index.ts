/** The one grid toolkit: colour counts, connected regions and flood fill, objects, symmetries, scaling. Used by the fingerprint, the offline engine and reports. */
export * from './colours.js';
export * from './regions.js';
export * from './objects.js';
export * from './dihedral.js';
export * from './scaling.js';
export * from './memo.js';
