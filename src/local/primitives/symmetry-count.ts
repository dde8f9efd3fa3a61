/** How symmetric a grid is: how many of the square's seven non-trivial symmetries leave it unchanged. Pure. */
import { gridEquals, type Grid } from '../../arc/grid.js';
import { NON_IDENTITY_SYMMETRIES } from '../../arc/toolkit/dihedral.js';

/** The number of rotations and mirrorings (identity excluded, 0 to 7) that map the grid onto itself. */
export const symmetryCount = (g: Grid): number => NON_IDENTITY_SYMMETRIES.filter((s) => gridEquals(s(g), g)).length;
