// Child process for test/library/native-logs.test.ts: loads the CLI entry module (as the arcmem
// bin does), then builds an index on duplicate vectors, which makes LanceDB warn unless quiet.
import '../../src/cli/main.js';
import * as lancedb from '@lancedb/lancedb';

const db = await lancedb.connect(process.argv[2]!);
const rows = Array.from({ length: 300 }, (_, i) => ({ id: i, vector: [1, 0, 0, 0] }));
const table = await db.createTable('t', rows, { mode: 'overwrite' });
await table.createIndex('vector', { config: lancedb.Index.ivfFlat({ numPartitions: 4 }) });
console.log('indexed');
