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
  private readonly pending = ROLLUP_LEVELS.map(() => new Map<string, Pending>());

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
    ROLLUP_LEVELS.forEach(({ bucketMs }, level) => {
      const bucket = time - (((time % bucketMs) + bucketMs) % bucketMs);
      const key = `${seriesId}:${bucket}`;
      const p = this.pending[level]!.get(key);
      if (p) {
        p.n += 1;
        p.sum += value;
        if (value < p.min) p.min = value;
        if (value > p.max) p.max = value;
      } else this.pending[level]!.set(key, { seriesId, bucket, n: 1, sum: value, min: value, max: value });
    });
  }

  /** Call inside the insert's transaction, so rollups and rows commit together. */
  flush(): void {
    this.pending.forEach((map, level) => {
      for (const p of map.values()) this.upserts[level]!.run(p.seriesId, p.bucket, p.n, p.sum, p.min, p.max);
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
  const rows = db.prepare(sql).all(...seriesIds, { from, to, width, fromBucket }) as { b: number; n: number; mean: number; min: number; max: number }[];
  return rows.map((r) => ({ bucket: from + Math.max(0, r.b) * width, n: r.n, mean: r.mean, min: r.min, max: r.max }));
}
