/** Every pure grid primitive by name (the meta-test checks each one has a test). */
import * as geometry from './geometry.js';
import * as colour from './colour.js';
import * as objects from './objects.js';
import * as select from './select.js';
import * as crop from './crop.js';
import * as scale from './scale.js';
import * as symmetry from './symmetry.js';
import * as gravity from './gravity.js';
import * as lines from './lines.js';
import * as fill from './fill.js';
import * as split from './split.js';
import * as count from './count.js';
import * as pattern from './pattern.js';
import * as properties from './properties.js';
import * as interior from './interior.js';
import * as pieceLists from './piece-lists.js';
import * as neighbours from './neighbours.js';
import * as rowsColumns from './rows-columns.js';
import * as canvas from './canvas.js';
import * as nudge from './nudge.js';
import * as objectHalves from './object-halves.js';
import * as cornerMarks from './corner-marks.js';
import * as nearest from './nearest.js';
import * as repeat from './repeat.js';
import * as inBox from './in-box.js';
import * as partColours from './part-colours.js';
import * as symmetryCount from './symmetry-count.js';
import * as rankedOverlay from './ranked-overlay.js';
import * as partSequence from './part-sequence.js';
import * as stamp from './stamp.js';

const modules = {
  geometry,
  colour,
  objects,
  select,
  crop,
  scale,
  symmetry,
  gravity,
  lines,
  fill,
  split,
  count,
  pattern,
  properties,
  interior,
  pieceLists,
  neighbours,
  rowsColumns,
  canvas,
  nudge,
  objectHalves,
  cornerMarks,
  nearest,
  repeat,
  inBox,
  partColours,
  symmetryCount,
  rankedOverlay,
  partSequence,
  stamp,
};

/** Name → function for every exported primitive function (constants such as option lists excluded). */
export const PRIMITIVES: Readonly<Record<string, (...args: never[]) => unknown>> = Object.fromEntries(
  Object.values(modules).flatMap((m) => Object.entries(m).filter(([, v]) => typeof v === 'function')),
) as Record<string, (...args: never[]) => unknown>;
