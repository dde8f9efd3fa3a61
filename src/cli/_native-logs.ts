/**
 * Imported first by the CLI entry, before anything loads LanceDB's native module (which reads
 * its log level once, at load): its index-building warnings ("KMeans: more than 10% of clusters
 * are empty") are noise to a user. A LANCEDB_LOG the user sets still wins.
 */
process.env.LANCEDB_LOG ??= 'error';
