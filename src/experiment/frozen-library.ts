/** The library as the warm condition sees it: retrieval works, nothing is written. */
import type { LibraryPort } from '../evolve/types.js';
import type { RunLibrary } from '../run/solve-tasks.js';

/** Target tasks never learn from each other: every store is dropped. */
export const frozenLibrary = (lib: LibraryPort): RunLibrary => ({
  similar: (task, k) => lib.similar(task, k),
  exactHits: (task) => lib.exactHits(task),
  related: (instruction, k, task) => lib.related(instruction, k, task),
  ...(lib.lessons ? { lessons: lib.lessons } : {}),
  store: async () => 0,
});
