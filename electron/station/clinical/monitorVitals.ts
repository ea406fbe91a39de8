// The monitor's vitals as the grading engine reads them: per-bucket means, 10-minute buckets up to a day ago (the
// boundary steps by the hour, so the timeline before it stays the same between gradings), then per minute; a
// 10-minute bucket holding a value that could grade stays per minute, so a grade confirmed while recent is graded
// alike a day later. Read in hour blocks that a grading worker keeps (MonitorBlocks) and reads again only when the
// block's rows changed (a late or corrected value): count, total n and total sum of the range, then per hour.
import type { StationDb } from '../db/open';
import { isAbnormal, vitalFromObservation, vitalValue, type ClinicalEvent, type GradingConfig } from '../../../shared/clinical';
import type { Observation } from '../../../shared/observation';
import type { VitalParam } from '../../../shared/params';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../../shared/time';

export const GRADED_PARAMS: readonly VitalParam[] = ['temp', 'nibp_sys', 'abp_sys', 'nibp_mean', 'abp_mean', 'hr', 'rr', 'spo2'];
const TEN_MINUTES_MS = 10 * MINUTE_MS;
/** Per-minute values for at least the last day. */
const FINE_WINDOW_MS = DAY_MS;

export interface SeriesRow {
  id: number;
  param: VitalParam;
  unit: string;
  source: Observation['source'];
  device: string;
  site: string;
}

interface Bucket {
  bucket_ms: number;
  mean: number;
}

interface CoarseBucket extends Bucket {
  min: number;
  max: number;
}

interface Block {
  readonly fingerprint: string;
  readonly events: readonly ClinicalEvent[];
}

/** Hour blocks of monitor vitals kept between gradings of one episode with one config (a new one otherwise). */
export class MonitorBlocks {
  private readonly blocks = new Map<string, Block>();
  private readonly ranges = new Map<string, { fingerprint: string; hours: readonly [number, string][] }>();

  /** The block's events when its rows are as they were, else read (and kept) anew. */
  block(id: string, fingerprint: string, read: () => ClinicalEvent[]): readonly ClinicalEvent[] {
    const kept = this.blocks.get(id);
    if (kept?.fingerprint === fingerprint) return kept.events;
    const events = read();
    this.blocks.set(id, { fingerprint, events });
    return events;
  }

  /**
   * Each hour's fingerprint in [start, end) of one series' rollup table, in time order: kept from the last grading
   * while the whole range's fingerprint is unchanged (one aggregate instead of one group per hour).
   */
  hours(db: StationDb, table: string, rangeId: string, seriesId: number, start: number, end: number): readonly [number, string][] {
    const whole = db.prepare(`SELECT count(*) AS c, total(n) AS n, total(sum) AS s FROM ${table} WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms < ?`).get(seriesId, start, end) as Sums;
    const fingerprint = `${start}:${end}:${sumsText(whole)}`;
    const kept = this.ranges.get(rangeId);
    if (kept?.fingerprint === fingerprint) return kept.hours;
    const hours = hourFingerprints(db, table, seriesId, start, end);
    this.ranges.set(rangeId, { fingerprint, hours });
    return hours;
  }

  /** Forgets blocks not used by the latest grading (the fine window moved on). */
  keepOnly(ids: ReadonlySet<string>): void {
    for (const id of this.blocks.keys()) if (!ids.has(id)) this.blocks.delete(id);
  }
}

/** Monitor vitals from `from` to `now`; with `blocks`, unchanged hours come from the last grading. */
export function monitorVitals(db: StationDb, series: readonly SeriesRow[], from: number, now: number, config: GradingConfig, blocks = new MonitorBlocks()): ClinicalEvent[] {
  const coarseEnd = Math.max(from, Math.floor((now - FINE_WINDOW_MS) / HOUR_MS) * HOUR_MS);
  const fineEnd = Math.max(coarseEnd, Math.floor(now / HOUR_MS) * HOUR_MS);
  const used = new Set<string>();
  const out: ClinicalEvent[] = [];
  for (const s of series) {
    const seriesKey = `${s.id}:${JSON.stringify(s)}`;
    const add = (events: readonly ClinicalEvent[]) => {
      for (const e of events) out.push(e);
    };
    for (const [hour, fingerprint] of blocks.hours(db, 'rollup_10m', `${seriesKey}:10m`, s.id, from, coarseEnd)) {
      const id = `${seriesKey}:10m:${hour}`;
      used.add(id);
      add(blocks.block(id, fingerprint, () => coarseEvents(db, s, Math.max(from, hour), Math.min(hour + HOUR_MS, coarseEnd), coarseEnd, config)));
    }
    for (const [hour, fingerprint] of blocks.hours(db, 'rollup_1m', `${seriesKey}:1m`, s.id, coarseEnd, fineEnd)) {
      const id = `${seriesKey}:1m:${hour}`;
      used.add(id);
      add(blocks.block(id, fingerprint, () => fineEvents(db, s, hour, hour + HOUR_MS - 1)));
    }
    // The hour going on changes with every value: read each time.
    add(fineEvents(db, s, fineEnd, now));
  }
  blocks.keepOnly(used);
  return out;
}

interface Sums {
  c: number;
  n: number;
  s: number;
}

const sumsText = (r: Sums) => `${r.c}:${r.n}:${r.s}`;

/** Each hour's rows in [start, end) as count, total n and total sum, in time order. */
function hourFingerprints(db: StationDb, table: string, seriesId: number, start: number, end: number): [number, string][] {
  const rows = db
    .prepare(`SELECT bucket_ms - bucket_ms % ${HOUR_MS} AS hour, count(*) AS c, total(n) AS n, total(sum) AS s FROM ${table} WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms < ? GROUP BY hour ORDER BY hour`)
    .all(seriesId, start, end) as (Sums & { hour: number })[];
  return rows.map((r) => [r.hour, sumsText(r)]);
}

/** 10-minute means in [start, end); a bucket that could grade is read per minute up to the coarse boundary. */
function coarseEvents(db: StationDb, s: SeriesRow, start: number, end: number, coarseEnd: number, config: GradingConfig): ClinicalEvent[] {
  const rows: Bucket[] = [];
  for (const b of db.prepare('SELECT bucket_ms, sum / n AS mean, min, max FROM rollup_10m WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms < ?').all(s.id, start, end) as CoarseBucket[]) {
    // Confirmation needs the per-minute run a 10-minute mean would hide (clinical-rules.md §6.4 inputs).
    if (couldGrade(s, b, config)) rows.push(...fineRows(db, s, b.bucket_ms, Math.min(b.bucket_ms + TEN_MINUTES_MS, coarseEnd) - 1));
    else rows.push(b);
  }
  return toEvents(s, rows);
}

function fineEvents(db: StationDb, s: SeriesRow, start: number, last: number): ClinicalEvent[] {
  return toEvents(s, fineRows(db, s, start, last));
}

function fineRows(db: StationDb, s: SeriesRow, start: number, last: number): Bucket[] {
  return db.prepare('SELECT bucket_ms, sum / n AS mean FROM rollup_1m WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms <= ?').all(s.id, start, last) as Bucket[];
}

function toEvents(s: SeriesRow, rows: readonly Bucket[]): ClinicalEvent[] {
  const out: ClinicalEvent[] = [];
  for (const r of rows) {
    const vital = vitalFromObservation(observation(s, r.bucket_ms, r.mean), { id: `series:${s.id}:${r.bucket_ms}` });
    if (vital) out.push(vital);
  }
  return out;
}

/** Whether any value in a 10-minute bucket crosses a grading or prompt threshold (fever, hypotension, low SpO2). */
function couldGrade(s: SeriesRow, b: CoarseBucket, config: GradingConfig): boolean {
  return [b.min, b.max].some((value) => {
    const vital = vitalFromObservation(observation(s, b.bucket_ms, value));
    const v = vital ? vitalValue(vital) : null;
    return vital !== null && v !== null && isAbnormal(vital.param, v, config);
  });
}

export function observation(s: SeriesRow, time: number, value: number): Observation {
  return { param: s.param, value, unit: s.unit, time, status: 'valid', source: s.source, device: s.device, ...(s.site ? { site: s.site } : {}) };
}
