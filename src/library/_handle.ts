/**
 * What an open library holds behind its small public handle: the LanceDB table, the embedder
 * that fits it, and the once-only warnings. The reader and the admin functions reach it
 * through `handleOf`, so the handle's public type carries no LanceDB types.
 */
import type { Embedder } from '../embed/index.js';
import { LibraryError } from './errors.js';
import type { Store } from './_store.js';

export interface Handle {
  readonly store: Store;
  /** null when none was given or its vectors do not fit this library. */
  readonly embedder: Embedder | null;
  /** Says a non-fatal problem once per key. */
  readonly warnOnce: (key: string, message: string) => void;
}

const handles = new WeakMap<object, Handle>();

export function attachHandle<T extends object>(library: T, handle: Handle): T {
  handles.set(library, handle);
  return library;
}

/** The internals of a library opened with openLibrary. */
export function handleOf(library: { readonly uri: string }): Handle {
  const handle = handles.get(library);
  if (!handle) throw new LibraryError(`${library.uri}: not a library handle; open it with openLibrary()`, library.uri);
  return handle;
}
