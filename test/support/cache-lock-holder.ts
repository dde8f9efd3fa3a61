/**
 * Child process for the cache tests: opens a new SQLite file as another arcmem process does when
 * it creates the cache, takes the write lock (creating its table, not yet switched to WAL), says
 * `held`, and lets go after `ms` milliseconds.
 * Usage: tsx test/support/cache-lock-holder.ts <cache-file> <ms>
 */
import Database from 'better-sqlite3';

const [file, ms] = process.argv.slice(2);
const db = new Database(file!);
db.exec('BEGIN IMMEDIATE');
db.exec('CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, answer TEXT NOT NULL, created_at TEXT NOT NULL)');
process.stdout.write('held\n');
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
}, Number(ms));
