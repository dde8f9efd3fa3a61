import { createRequire } from 'node:module';

/**
 * LanceDB is CommonJS and checks Arrow types by identity: an apache-arrow loaded through ESM
 * can be a different copy, whose schemas it rejects. Loading it with require gives its copy.
 */
export const arrow = createRequire(import.meta.url)('apache-arrow') as typeof import('apache-arrow');
