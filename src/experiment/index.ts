/** The transfer experiment: splits, frozen libraries, cold and warm solves of the same targets. */
export {
  transfer,
  resolveTransferConfig,
  TransferSettingsSchema,
  type TransferConfig,
  type TransferHooks,
  type TransferSettingsInput,
} from './experiment.js';
export {
  runTransfer,
  type ConditionDir,
  type ModelFactory,
  type TransferOptions,
  type TransferRuns,
  type TransferSettings,
} from './transfer.js';
export { frozenLibrary } from './frozen-library.js';
export { orderTasks, separateSource, type SourceSplit, type TaskOrder } from './split.js';
