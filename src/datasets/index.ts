/** datasets/: downloading the official ARC datasets (`arcmem data fetch`). */
export {
  DATASETS,
  DatasetError,
  fetchDataset,
  tasksInArchive,
  verifyArchive,
  type DatasetSource,
  type FetchOptions,
  type FetchResult,
} from './fetch.js';
export { readTar, type TarContents, type TarEntry } from './tar.js';
