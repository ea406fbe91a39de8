// Keeps the per-minute and per-10-minute rollups in step with inserts, and answers trends from them.
import type { Statement } from 'better-sqlite3';
import type { StationDb } from '../db/open';
import { ROLLUP_LEVELS } from '../db/migrations/0004-rollups';

export interface BucketStats {
  readonly bucket: number;
  readonly n: number;
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

interface Pending {
  seriesId: number;
  bucket: number;
  n: number;
  sum: number;
  min: number;
  max: number;
}

export class RollupWriter {
  private readonly upserts: Statement[];
  /** Per level: series id → bucket start → the batch's running stats (numeric keys: this is the ingest hot path). */
  private readonly pending = ROLLUP_LEVELS.map(() => new Map<number, Map<number, Pending>>());

  constructor(db: StationDb) {
    this.upserts = ROLLUP_LEVELS.map(({ table }) =>
      db.prepare(
        `INSERT INTO ${table} (series_id, bucket_ms, n, sum, min, max) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (series_id, bucket_ms) DO UPDATE SET n = n + excluded.n, sum = sum + excluded.sum,
           min = min(min, excluded.min), max = max(max, excluded.max)`,
      ),
    );
  }

  /** Adds one newly stored valid value; flush() writes the batch's buckets (once per bucket, not per value). */
  add(seriesId: number, time: number, value: number): void {
    for (let level = 0; level < ROLLUP_LEVELS.length; level++) {
      const bucketMs = ROLLUP_LEVELS[level]!.bucketMs;
      const bucket = time - (((time % bucketMs) + bucketMs) % bucketMs);
      let bySeries = this.pending[level]!.get(seriesId);
      if (!bySeries) this.pending[level]!.set(seriesId, (bySeries = new Map()));
      const p = bySeries.get(bucket);
      if (p) {
        p.n += 1;
        p.sum += value;
        if (value < p.min) p.min = value;
        if (value > p.max) p.max = value;
      } else bySeries.set(bucket, { seriesId, bucket, n: 1, sum: value, min: value, max: value });
    }
  }

  /** Call inside the insert's transaction, so rollups and rows commit together. */
  flush(): void {
    this.pending.forEach((map, level) => {
      for (const bySeries of map.values()) for (const p of bySeries.values()) this.upserts[level]!.run(p.seriesId, p.bucket, p.n, p.sum, p.min, p.max);
      map.clear();
    });
  }

  /** Discards a batch whose transaction failed. */
  reset(): void {
    for (const map of this.pending) map.clear();
  }
}

/** The coarsest level whose bucket is no wider than `widthMs`, or null when raw rows are needed. */
export function levelFor(widthMs: number): (typeof ROLLUP_LEVELS)[number] | null {
  let chosen: (typeof ROLLUP_LEVELS)[number] | null = null;
  for (const level of ROLLUP_LEVELS) if (level.bucketMs <= widthMs) chosen = level;
  return chosen;
}

/** Min, max and mean per output bucket of `widthMs`, from a rollup table or from raw rows. */
export function bucketStats(db: StationDb, seriesIds: readonly number[], from: number, to: number, widthMs: number): BucketStats[] {
  if (seriesIds.length === 0) return [];
  const level = levelFor(widthMs);
  const ids = seriesIds.map(() => '?').join(',');
  const width = Math.max(1, Math.floor(widthMs));
  // better-sqlite3 binds JS numbers as REAL, so the bucket index is cast back to an integer.
  const sql = level
    ? `SELECT CAST((bucket_ms - :from) / :width AS INTEGER) AS b, sum(n) AS n, sum(sum) / sum(n) AS mean, min(min) AS min, max(max) AS max
       FROM ${level.table} WHERE series_id IN (${ids}) AND bucket_ms >= :fromBucket AND bucket_ms < :to GROUP BY b ORDER BY b`
    : `SELECT CAST((t_ms - :from) / :width AS INTEGER) AS b, count(*) AS n, avg(value) AS mean, min(value) AS min, max(value) AS max
       FROM observations WHERE series_id IN (${ids}) AND t_ms >= :from AND t_ms < :to AND status = 0 AND value IS NOT NULL GROUP BY b ORDER BY b`;
  const fromBucket = level ? from - (((from % level.bucketMs) + level.bucketMs) % level.bucketMs) : from;
  // Arrays, not objects, per row: this is the trend request's hot path.
  const rows = db.prepare(sql).raw(true).all(...seriesIds, { from, to, width, fromBucket }) as [number, number, number, number, number][];
  return rows.map(([b, n, mean, min, max]) => ({ bucket: from + Math.max(0, b) * width, n, mean, min, max }));
}

/** Rebuilds one reading's buckets from the raw rows, after a hand-entered value was corrected (a sum can be undone, a min cannot). */
export function rebuildBuckets(db: StationDb, seriesId: number, time: number): void {
  for (const { table, bucketMs } of ROLLUP_LEVELS) {
    const bucket = time - (((time % bucketMs) + bucketMs) % bucketMs);
    db.prepare(`DELETE FROM ${table} WHERE series_id = ? AND bucket_ms = ?`).run(seriesId, bucket);
    db.prepare(
      `INSERT INTO ${table} (series_id, bucket_ms, n, sum, min, max)
       SELECT series_id, ?, count(*), sum(value), min(value), max(value) FROM observations
       WHERE series_id = ? AND t_ms >= ? AND t_ms < ? AND status = 0 AND value IS NOT NULL GROUP BY series_id`,
    ).run(bucket, seriesId, bucket, bucket + bucketMs);
  }
}
