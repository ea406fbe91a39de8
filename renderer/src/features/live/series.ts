// Trend series held by the window: the station's answer, plus live values appended until the next refresh.
// A point with v null is a gap: the chart draws a break there, never a line across it.
import type { TrendPoint, TrendSeries } from '../../../../shared/api/contract';
import type { Observation } from '../../../../shared/observation';
import type { VitalParam } from '../../../../shared/params';
import { HOUR_MS, MINUTE_MS } from '../../../../shared/time';
import { tickStepMs } from '../../charts/timeAxis';

export const TREND_PARAMS = ['hr', 'spo2', 'rr', 'temp', 'nibp_sys', 'nibp_dia'] as const satisfies readonly VitalParam[];
export type TrendParam = (typeof TREND_PARAMS)[number];

export type SeriesMap = Readonly<Partial<Record<TrendParam, readonly TrendPoint[]>>>;

export const TREND_RANGES_HOURS = [1, 4, 12] as const;
export type TrendRangeHours = (typeof TREND_RANGES_HOURS)[number];
export const DEFAULT_RANGE_HOURS: TrendRangeHours = 4;

/**
 * Live values of a continuous param further apart than this get a break between them.
 * NIBP is measured every few minutes to hours, so time alone never breaks its line.
 */
export const LIVE_GAP_MS: Readonly<Record<TrendParam, number>> = {
  hr: MINUTE_MS,
  spo2: MINUTE_MS,
  rr: MINUTE_MS,
  temp: 5 * MINUTE_MS,
  nibp_sys: Number.POSITIVE_INFINITY,
  nibp_dia: Number.POSITIVE_INFINITY,
};

export function isTrendParam(param: string): param is TrendParam {
  return (TREND_PARAMS as readonly string[]).includes(param);
}

/** The station's answer, each series sorted by time. */
export function fromServer(series: readonly TrendSeries[]): SeriesMap {
  const out: Partial<Record<TrendParam, readonly TrendPoint[]>> = {};
  for (const s of series) {
    if (!isTrendParam(s.param)) continue;
    out[s.param] = [...s.points].sort((a, b) => a.t - b.t);
  }
  return out;
}

/**
 * After a refresh: the station is authoritative up to `to` (the end of the requested window);
 * live points newer than that, which the answer could not contain, are kept after it.
 */
export function mergeRefresh(server: SeriesMap, current: SeriesMap, to: number): SeriesMap {
  const out: Partial<Record<TrendParam, readonly TrendPoint[]>> = {};
  for (const param of TREND_PARAMS) {
    const base = server[param] ?? [];
    const newer = (current[param] ?? []).filter((p) => p.t > to);
    if (base.length === 0 && newer.length === 0) continue;
    let merged: TrendPoint[] = [...base];
    for (const p of newer) merged = appendPoint(merged, param, p);
    out[param] = merged;
  }
  return out;
}

function appendPoint(points: TrendPoint[], param: TrendParam, p: TrendPoint): TrendPoint[] {
  const last = points.at(-1);
  if (last !== undefined && p.t <= last.t) return points; // out of order or duplicate: the next refresh has it
  if (p.v === null) {
    if (last === undefined || last.v === null) return points; // a break needs something before it
    points.push(p);
    return points;
  }
  if (last !== undefined && last.v !== null && p.t - last.t > LIVE_GAP_MS[param]) {
    points.push({ t: Math.round((last.t + p.t) / 2), v: null });
  }
  points.push(p);
  return points;
}

/**
 * Appends live observations: a valid number extends its line (with a break first when the last value
 * is too old); any other status breaks the line at that time. Points before `from` are dropped.
 */
export function appendLive(current: SeriesMap, observations: readonly Observation[], from: number): SeriesMap {
  const touched = new Map<TrendParam, TrendPoint[]>();
  for (const o of [...observations].sort((a, b) => a.time - b.time)) {
    if (!isTrendParam(o.param) || o.time < from) continue;
    let points = touched.get(o.param);
    if (points === undefined) {
      points = [...(current[o.param] ?? [])];
      touched.set(o.param, points);
    }
    const v = o.status === 'valid' && o.value !== null && Number.isFinite(o.value) ? o.value : null;
    appendPoint(points, o.param, { t: o.time, v });
  }
  if (touched.size === 0) return current;
  const out: Partial<Record<TrendParam, readonly TrendPoint[]>> = { ...current };
  for (const [param, points] of touched) out[param] = points;
  return trim(out, from);
}

/** Drops points before `from`, and a leading break left without anything before it. */
export function trim(series: SeriesMap, from: number): SeriesMap {
  const out: Partial<Record<TrendParam, readonly TrendPoint[]>> = {};
  for (const param of TREND_PARAMS) {
    const points = series[param];
    if (points === undefined) continue;
    let start = 0;
    while (start < points.length && points[start]!.t < from) start++;
    while (start < points.length && points[start]!.v === null) start++;
    out[param] = start === 0 ? points : points.slice(start);
  }
  return out;
}

/** True when at least one series has a number to draw. */
export function hasData(series: SeriesMap, params: readonly TrendParam[] = TREND_PARAMS): boolean {
  return params.some((param) => (series[param] ?? []).some((p) => p.v !== null));
}

/** The live chart's tick spacings (10 min, 30 min, 2 h): at most eight ticks across the chosen window. */
const LIVE_TICK_STEPS_MS = [10 * MINUTE_MS, 30 * MINUTE_MS, 2 * HOUR_MS] as const;
const LIVE_MAX_TICKS = 8;

/** Tick spacing of the live time axis for a window length. */
export function liveTickStepMs(rangeHours: number): number {
  return tickStepMs(rangeHours * HOUR_MS, LIVE_MAX_TICKS, LIVE_TICK_STEPS_MS);
}
