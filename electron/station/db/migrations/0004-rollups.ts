// 0004: per-minute and per-10-minute rollups (count, sum, min, max) of valid observations, so a trend over
// any window is answered from at most a few thousand rows per series, with every extreme kept.
import type { Migration } from './types';

export const ROLLUP_LEVELS = [
  { table: 'rollup_1m', bucketMs: 60_000 },
  { table: 'rollup_10m', bucketMs: 600_000 },
] as const;

export const migration0004: Migration = {
  version: 4,
  name: 'rollups',
  up(db) {
    for (const { table, bucketMs } of ROLLUP_LEVELS) {
      db.exec(`
        CREATE TABLE ${table} (
          series_id INTEGER NOT NULL REFERENCES series(id),
          bucket_ms INTEGER NOT NULL,
          n INTEGER NOT NULL,
          sum REAL NOT NULL,
          min REAL NOT NULL,
          max REAL NOT NULL,
          PRIMARY KEY (series_id, bucket_ms)
        ) WITHOUT ROWID;
        INSERT INTO ${table} (series_id, bucket_ms, n, sum, min, max)
          SELECT series_id, t_ms - (t_ms % ${bucketMs}), count(*), sum(value), min(value), max(value)
          FROM observations WHERE status = 0 AND value IS NOT NULL
          GROUP BY series_id, t_ms - (t_ms % ${bucketMs});
      `);
    }
  },
};
