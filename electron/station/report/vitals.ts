// The handover's vitals: min, max and latest per param from the rollups (bucketStats, exact for any window), the
// small charts exactly as observations.trend answers them (trendPoints + insertGaps), and the monitors' gaps from
// device_events (gapStartsFromStates), as the trend screen draws them.
import { VITAL_PARAMS, PARAMS, type VitalParam } from '../../../shared/params';
import { CHART_BUCKETS, CHART_PARAMS, chartThresholds } from '../../../shared/report/charts';
import type { HandoverReport, MonitorGap, VitalChart, VitalRow } from '../../../shared/report/types';
import { ROLLUP_LEVELS } from '../db/migrations/0004-rollups';
import type { StationDb } from '../db/open';
import type { DeviceRepository } from '../repositories/devices';
import type { ObservationRepository } from '../repositories/observations';
import { bucketStats } from '../repositories/rollups';
import { gapStartsFromStates, insertGaps, trendPoints } from '../trend';
import { currentEntrant } from '../clinical/manualVitals';

export interface VitalSources {
  readonly db: StationDb;
  readonly observations: ObservationRepository;
  readonly devices: DeviceRepository;
}

interface Stats {
  n: number;
  min: number;
  max: number;
}

const FINE = ROLLUP_LEVELS[0].bucketMs;
const COARSE = ROLLUP_LEVELS[ROLLUP_LEVELS.length - 1]!.bucketMs;
const ceilTo = (t: number, ms: number) => Math.ceil(t / ms) * ms;
const floorTo = (t: number, ms: number) => Math.floor(t / ms) * ms;

/**
 * The window cut so that each piece is answered exactly: raw rows at unaligned edges, per-minute rollups between,
 * one per-10-minute rollup read in the middle (bucketStats chooses the level from the width asked for).
 */
export function windowPieces(from: number, to: number): { from: number; to: number; width: number }[] {
  const a = ceilTo(from, FINE);
  const b = floorTo(to, FINE);
  if (a >= b) return [{ from, to, width: Math.max(1, Math.min(to - from, FINE - 1)) }];
  const c1 = ceilTo(from, COARSE);
  const c2 = floorTo(to, COARSE);
  const pieces = c1 < c2 ? [[from, a, 0], [a, c1, FINE], [c1, c2, c2 - c1], [c2, b, FINE], [b, to, 0]] : [[from, a, 0], [a, b, FINE], [b, to, 0]];
  return pieces.filter(([f, t]) => t! > f!).map(([f, t, w]) => ({ from: f!, to: t!, width: w === 0 ? Math.max(1, Math.min(t! - f!, FINE - 1)) : w! }));
}

export function windowStats(db: StationDb, seriesIds: readonly number[], from: number, to: number): Stats | null {
  let out: Stats | null = null;
  for (const piece of windowPieces(from, to))
    for (const b of bucketStats(db, seriesIds, piece.from, piece.to, piece.width)) {
      if (b.n === 0) continue;
      out = out ? { n: out.n + b.n, min: Math.min(out.min, b.min), max: Math.max(out.max, b.max) } : { n: b.n, min: b.min, max: b.max };
    }
  return out;
}

function latestIn(db: StationDb, ids: readonly number[], from: number, to: number): VitalRow['latest'] | null {
  if (ids.length === 0) return null;
  const row = db
    .prepare(
      `SELECT o.series_id, o.t_ms, o.value, s.source, s.device FROM observations o JOIN series s ON s.id = o.series_id
       WHERE o.series_id IN (${ids.map(() => '?').join(',')}) AND o.t_ms >= ? AND o.t_ms < ? AND o.status = 0 AND o.value IS NOT NULL ORDER BY o.t_ms DESC LIMIT 1`,
    )
    .get(...ids, from, to) as { series_id: number; t_ms: number; value: number; source: string; device: string } | undefined;
  if (!row) return null;
  return { value: row.value, time: row.t_ms, ...(row.source === 'manual' ? { enteredBy: currentEntrant(db, row.series_id, row.t_ms, row.device) } : {}) };
}

/** Each time a monitor left 'receiving' until it received again, overlapping the window. */
export function monitorGaps(devices: DeviceRepository, from: number, to: number, now: number): MonitorGap[] {
  const gaps: MonitorGap[] = [];
  for (const device of devices.list()) {
    const events = devices.events(device.id, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    for (const start of gapStartsFromStates(events)) {
      const left = events.find((e) => e.time === start && e.state !== 'receiving');
      const end = events.find((e) => e.time > start && e.state === 'receiving')?.time ?? null;
      if (start < to && (end ?? now) > from) gaps.push({ device: device.name, from: start, to: end, state: left?.state ?? 'silent', reason: left?.reason ?? null });
    }
  }
  return gaps.sort((a, b) => a.from - b.from);
}

export function vitalsSection(src: VitalSources, from: number, to: number, now: number): HandoverReport['vitals'] {
  const gaps = monitorGaps(src.devices, from, to, now);
  const ids = new Map<VitalParam, number[]>(VITAL_PARAMS.map((p) => [p, src.observations.seriesIds(p)]));
  const rows: VitalRow[] = [];
  for (const param of VITAL_PARAMS) {
    const stats = windowStats(src.db, ids.get(param)!, from, to);
    const latest = stats ? latestIn(src.db, ids.get(param)!, from, to) : null;
    if (stats && latest) rows.push({ param, unit: PARAMS[param].unit, min: stats.min, max: stats.max, count: stats.n, latest });
  }
  const gapStarts = gaps.map((g) => g.from).filter((t) => t >= from && t < to);
  const charts = CHART_PARAMS.filter((p) => rows.some((r) => r.param === p)).map(
    (param): VitalChart => ({
      param,
      unit: PARAMS[param].unit,
      points: insertGaps(trendPoints(src.db, ids.get(param)!, from, to, CHART_BUCKETS).points, gapStarts),
      thresholds: chartThresholds(param),
    }),
  );
  return { rows, charts, gaps };
}
