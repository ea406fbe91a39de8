// What the chart shows and what the crosshair reads: series in the display unit (°F when preferred) reduced to
// about two points per pixel, manual readings as points, and the values nearest to the crosshair with their source.
import type { TrendPoint } from '../../../../shared/api/contract';
import type { ActiveSource } from '../../../../shared/api/methods/hl7';
import { PARAMS } from '../../../../shared/params';
import { toDisplayValue } from '../../ui/format/temperature';
import type { TempUnit } from '../../ui/prefs/preferences';
import { reducePoints } from './buckets';
import { nearestPoint } from './crosshair';
import type { ManualReading } from './manual';
import { TRENDS_PARAMS, type TrendsParam, type TrendsSeries } from './useTrendData';
import { MINUTE_MS } from '../../../../shared/time';


/** The monitor series as drawn (manual readings are requested apart): in the display unit, about two points per pixel. */
export function displaySeries(series: TrendsSeries, tempUnit: TempUnit, buckets: number, from: number, to: number): TrendsSeries {
  const out: Partial<Record<TrendsParam, readonly TrendPoint[]>> = {};
  for (const param of TRENDS_PARAMS) {
    const points = series[param];
    if (points === undefined) continue;
    const unit = PARAMS[param].unit;
    const shown = tempUnit === 'F' && param === 'temp' ? points.map((p) => (p.v === null ? p : { t: p.t, v: toDisplayValue(p.v, unit, tempUnit) })) : points;
    out[param] = reducePoints(shown, from, to, buckets);
  }
  return out;
}

/** A param's manual readings as chart points in the display unit. */
export function manualPoints(manual: readonly ManualReading[], param: TrendsParam, tempUnit: TempUnit): TrendPoint[] {
  return manual.filter((m) => m.param === param).map((m) => ({ t: m.time, v: toDisplayValue(m.value, PARAMS[param].unit, tempUnit) }));
}

export type ReadingSource = 'monitor' | 'hl7' | 'monitor_or_hl7' | 'manual';

export interface ReadoutRow {
  readonly param: TrendsParam;
  /** In the display unit. */
  readonly value: number;
  readonly time: number;
  readonly source: ReadingSource;
  readonly site: string | null;
  readonly by: string | null;
}

/** How far from the crosshair a reading may be: a few pixels, at least 2 min (45 min for the intermittent cuff). */
export function tolerance(param: TrendsParam, msPerPixel: number): number {
  return Math.max(8 * msPerPixel, param.startsWith('nibp_') ? 45 * MINUTE_MS : 2 * MINUTE_MS);
}

/** Which feed the non-manual values of a param come from, as far as the station says (it merges them in trends). */
export function feedOf(param: TrendsParam, sources: readonly ActiveSource[]): ReadingSource {
  const s = sources.find((x) => x.param === param);
  if (s === undefined || s.hl7LastAt === null) return 'monitor';
  return s.serialLastAt === null ? 'hl7' : 'monitor_or_hl7';
}

/** The reading of each param nearest to `t`; a manual reading wins when it is as near, or within 4 pixels. */
export function readout(t: number, series: TrendsSeries, manual: readonly ManualReading[], tempUnit: TempUnit, msPerPixel: number, sources: readonly ActiveSource[]): ReadoutRow[] {
  const rows: ReadoutRow[] = [];
  for (const param of TRENDS_PARAMS) {
    const tol = tolerance(param, msPerPixel);
    const point = nearestPoint(series[param] ?? [], t, tol);
    let hand: ManualReading | null = null;
    for (const m of manual) if (m.param === param && Math.abs(m.time - t) <= tol && (hand === null || Math.abs(m.time - t) < Math.abs(hand.time - t))) hand = m;
    // A hand-taken reading within a few pixels wins: it is sparse and the person looked for it.
    if (hand !== null && (point === null || Math.abs(hand.time - t) <= Math.max(Math.abs(point.t - t), 4 * msPerPixel))) {
      rows.push({ param, value: toDisplayValue(hand.value, PARAMS[param].unit, tempUnit), time: hand.time, source: 'manual', site: hand.site, by: hand.by });
    } else if (point !== null) {
      rows.push({ param, value: point.v, time: point.t, source: feedOf(param, sources), site: null, by: null });
    }
  }
  return rows;
}
