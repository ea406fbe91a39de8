// Answers a trend request with at most ~2 points per bucket: exact rows when few, else min and max per
// bucket from the rollups (never averages, so a short desaturation or a fever spike survives).
import type { TrendPoint } from '../../shared/api/contract';
import type { StationDb } from './db/open';
import { bucketStats } from './repositories/rollups';

/** Exact rows when the window holds at most this many per requested bucket. */
const RAW_POINTS_PER_BUCKET = 2;

export function trendPoints(db: StationDb, seriesIds: readonly number[], from: number, to: number, buckets: number): { points: TrendPoint[]; bucketMs: number } {
  if (seriesIds.length === 0) return { points: [], bucketMs: 0 };
  const ids = seriesIds.map(() => '?').join(',');
  // How many readings the window holds, from the coarse rollup (a whole-episode window is a few thousand rows there).
  const count = db
    .prepare(`SELECT coalesce(sum(n), 0) FROM rollup_10m WHERE series_id IN (${ids}) AND bucket_ms >= ? AND bucket_ms < ?`)
    .pluck()
    .get(...seriesIds, from - 600_000, to) as number;
  if (count <= buckets * RAW_POINTS_PER_BUCKET) {
    const rows = db
      .prepare(`SELECT t_ms, value FROM observations WHERE series_id IN (${ids}) AND t_ms >= ? AND t_ms < ? AND status = 0 AND value IS NOT NULL ORDER BY t_ms`)
      .raw(true)
      .all(...seriesIds, from, to) as [number, number][];
    return { points: rows.map(([t, v]) => ({ t, v })), bucketMs: 0 };
  }
  const width = Math.ceil((to - from) / buckets);
  const points = bucketStats(db, seriesIds, from, to, width).flatMap((b): TrendPoint[] =>
    b.min === b.max
      ? [{ t: b.bucket + width / 2, v: b.min }]
      : [
          { t: b.bucket + width / 4, v: b.min },
          { t: b.bucket + (3 * width) / 4, v: b.max },
        ],
  );
  return { points, bucketMs: width };
}

/** Inserts a null point at the start of each gap so the chart breaks the line there. */
export function insertGaps(points: readonly TrendPoint[], gapStarts: readonly number[]): TrendPoint[] {
  if (gapStarts.length === 0) return [...points];
  const merged: TrendPoint[] = [...points, ...gapStarts.map((t) => ({ t, v: null }))];
  return merged.sort((a, b) => a.t - b.t || (a.v === null ? -1 : 1));
}

/** Gap starts: each time a device left 'receiving' (silent, error, reconnecting, stopped). */
export function gapStartsFromStates(states: readonly { time: number; state: string }[]): number[] {
  const starts: number[] = [];
  let receiving = false;
  for (const s of states) {
    if (s.state === 'receiving') receiving = true;
    else if (receiving) {
      starts.push(s.time);
      receiving = false;
    }
  }
  return starts;
}
