// Stores and reads canonical observations in the compact series/observations tables.
import type { Statement } from 'better-sqlite3';
import type { StationDb } from '../db/open';
import {
  OBSERVATION_SOURCES,
  OBSERVATION_STATUSES,
  type Observation,
  type ObservationSource,
  type ObservationStatus,
} from '../../../shared/observation';
import { isVitalParam, type VitalParam } from '../../../shared/params';
import { RollupWriter } from './rollups';

interface SeriesRow {
  id: number;
  param: string;
  unit: string;
  source: string;
  device: string;
  site: string;
}

/** Status is stored as its index in OBSERVATION_STATUSES, so that list is append-only. */
const statusCode = (s: ObservationStatus): number => OBSERVATION_STATUSES.indexOf(s);
const statusName = (code: number): ObservationStatus => OBSERVATION_STATUSES[code] ?? 'invalid';

export interface StoredObservation extends Observation {
  readonly seriesId: number;
}

export interface ExportQuery {
  readonly from?: number;
  readonly to?: number;
  readonly params?: readonly string[];
  /** Only these sources (the series are chosen first, so a rare source is read by key, not by scanning every row). */
  readonly sources?: readonly ObservationSource[];
}

export class ObservationRepository {
  private readonly seriesIdCache = new Map<string, number>();
  private readonly insertSeries: Statement;
  private readonly findSeries: Statement;
  private readonly insertObservation: Statement;
  private readonly rollups: RollupWriter;

  constructor(private readonly db: StationDb) {
    this.rollups = new RollupWriter(db);
    this.insertSeries = db.prepare(
      'INSERT INTO series (param, unit, source, device, site) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    this.findSeries = db.prepare(
      'SELECT id FROM series WHERE param = ? AND unit = ? AND source = ? AND device = ? AND site = ?',
    );
    this.insertObservation = db.prepare(
      'INSERT OR IGNORE INTO observations (series_id, t_ms, value, status, device_offset_ms) VALUES (?, ?, ?, ?, ?)',
    );
  }

  /** Writes a batch and its rollups in one transaction; returns how many rows were new (a repeated series+time is ignored). */
  insert(batch: readonly Observation[]): number {
    let stored = 0;
    const nested = this.db.inTransaction;
    try {
      this.db.transaction(() => {
        for (const o of batch) {
          const seriesId = this.seriesIdFor(o);
          const offset = o.deviceTime === undefined ? null : o.deviceTime - o.time;
          const added = this.insertObservation.run(seriesId, o.time, o.value, statusCode(o.status), offset).changes;
          stored += added;
          if (added === 1 && o.status === 'valid' && o.value !== null) this.rollups.add(seriesId, o.time, o.value);
        }
        this.rollups.flush();
      })();
    } catch (error) {
      this.rollups.reset();
      // A series row created in the failed transaction is gone: its cached id must not be used again.
      this.forgetSeries();
      throw error;
    }
    // Inside a caller's transaction, new series may yet be rolled back with it: cache only what this call committed.
    if (nested) this.forgetSeries();
    return stored;
  }

  /** Ids of every series of a param (all devices; all sources unless some are named). */
  seriesIds(param: VitalParam, sources?: readonly ObservationSource[]): number[] {
    const rows = this.db.prepare('SELECT id, source FROM series WHERE param = ?').all(param) as { id: number; source: ObservationSource }[];
    return rows.filter((r) => !sources || sources.includes(r.source)).map((r) => r.id);
  }

  private lastSeries: { o: Observation; id: number } | null = null;

  private forgetSeries(): void {
    this.seriesIdCache.clear();
    this.lastSeries = null;
  }

  private seriesIdFor(o: Observation): number {
    const last = this.lastSeries;
    if (last && last.o.param === o.param && last.o.device === o.device && last.o.unit === o.unit && last.o.source === o.source && last.o.site === o.site) return last.id;
    const id = this.lookUpSeries(o);
    this.lastSeries = { o, id };
    return id;
  }

  private lookUpSeries(o: Observation): number {
    const site = o.site ?? '';
    const key = `${o.param}\u0000${o.unit}\u0000${o.source}\u0000${o.device}\u0000${site}`;
    const cached = this.seriesIdCache.get(key);
    if (cached !== undefined) return cached;
    this.insertSeries.run(o.param, o.unit, o.source, o.device, site);
    const row = this.findSeries.get(o.param, o.unit, o.source, o.device, site) as { id: number };
    this.seriesIdCache.set(key, row.id);
    return row.id;
  }

  /** The most recent observation of each param (any series), newest first per param. */
  latest(): StoredObservation[] {
    const series = this.db.prepare('SELECT * FROM series').all() as SeriesRow[];
    const last = this.db.prepare(
      'SELECT t_ms, value, status, device_offset_ms FROM observations WHERE series_id = ? ORDER BY t_ms DESC LIMIT 1',
    );
    const byParam = new Map<string, StoredObservation>();
    for (const s of series) {
      const row = last.get(s.id) as RawRow | undefined;
      if (!row) continue;
      const o = toObservation(s, row);
      const current = byParam.get(s.param);
      if (!current || o.time > current.time) byParam.set(s.param, o);
    }
    return [...byParam.values()];
  }

  /** Rows of one param in [from, to), across its series, in time order. */
  range(param: VitalParam, from: number, to: number): StoredObservation[] {
    const series = this.db.prepare('SELECT * FROM series WHERE param = ?').all(param) as SeriesRow[];
    const rows = this.db.prepare(
      'SELECT t_ms, value, status, device_offset_ms FROM observations WHERE series_id = ? AND t_ms >= ? AND t_ms < ? ORDER BY t_ms',
    );
    const out: StoredObservation[] = [];
    for (const s of series) for (const r of rows.iterate(s.id, from, to) as Iterable<RawRow>) out.push(toObservation(s, r));
    return out.sort((a, b) => a.time - b.time);
  }

  /** Every stored observation matching the query, in time order, streamed. */
  *export(query: ExportQuery = {}): Generator<StoredObservation> {
    const params = query.params && query.params.length > 0 ? query.params : null;
    const seriesIds = query.sources ? (this.db.prepare('SELECT id, source FROM series').all() as { id: number; source: ObservationSource }[]).filter((r) => query.sources!.includes(r.source)).map((r) => r.id) : null;
    if (seriesIds?.length === 0) return;
    const sql = `SELECT s.*, o.t_ms, o.value, o.status, o.device_offset_ms
      FROM observations o JOIN series s ON s.id = o.series_id
      WHERE o.t_ms >= ? AND o.t_ms < ? ${params ? `AND s.param IN (${params.map(() => '?').join(',')})` : ''}
      ${seriesIds ? `AND o.series_id IN (${seriesIds.map(() => '?').join(',')})` : ''}
      ORDER BY o.t_ms, s.param, s.id`;
    const args: unknown[] = [query.from ?? Number.MIN_SAFE_INTEGER, query.to ?? Number.MAX_SAFE_INTEGER, ...(params ?? []), ...(seriesIds ?? [])];
    for (const r of this.db.prepare(sql).iterate(...args) as Iterable<SeriesRow & RawRow>) yield toObservation(r, r);
  }

  count(param?: VitalParam): number {
    const row = param
      ? this.db
          .prepare('SELECT count(*) AS n FROM observations o JOIN series s ON s.id = o.series_id WHERE s.param = ?')
          .get(param)
      : this.db.prepare('SELECT count(*) AS n FROM observations').get();
    return (row as { n: number }).n;
  }
}

interface RawRow {
  t_ms: number;
  value: number | null;
  status: number;
  device_offset_ms: number | null;
}

function toObservation(s: SeriesRow, r: RawRow): StoredObservation {
  if (!isVitalParam(s.param)) throw new Error(`unknown param in database: ${s.param}`);
  const source = (OBSERVATION_SOURCES as readonly string[]).includes(s.source) ? (s.source as ObservationSource) : 'serial';
  return {
    seriesId: s.id,
    param: s.param,
    value: r.value,
    unit: s.unit,
    time: r.t_ms,
    status: statusName(r.status),
    source,
    device: s.device,
    ...(s.site ? { site: s.site } : {}),
    ...(r.device_offset_ms === null ? {} : { deviceTime: r.t_ms + r.device_offset_ms }),
  };
}
