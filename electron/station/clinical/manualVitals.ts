// Hand-entered vital signs: stored as 'manual' observations with who entered them (manual_entries, migration 0011).
// A second value of the same param within the same minute is a correction: it supersedes the earlier entry (kept)
// and replaces the reading's value, its rollups rebuilt, so every reader and the grading see the corrected value.
import type { StationDb } from '../db/open';
import type { ObservationRepository } from '../repositories/observations';
import { rebuildBuckets } from '../repositories/rollups';
import { manualDevice, manualEntrant, type Observation } from '../../../shared/observation';
import { PARAMS, type VitalParam } from '../../../shared/params';
import { canonicalVital } from '../../../shared/clinical/entryCheck';
import { MINUTE_MS } from '../../../shared/time';

export interface ManualReadingInput {
  readonly param: VitalParam;
  /** As typed, in `unit` ([degF] allowed for a temperature). */
  readonly value: number;
  readonly unit: string;
  readonly site?: string | undefined;
}

export interface EnteredBy {
  readonly id: number;
  readonly name: string;
}

export interface StoredManualReading {
  readonly observation: Observation;
  /** The value it replaced and who had entered it, when this was a correction. */
  readonly before: { readonly value: number; readonly by: string | null } | null;
}

/** Who entered the current value of a manual reading: its current entry (migration 0011), else its series' device. */
export function currentEntrant(db: StationDb, seriesId: number, time: number, device: string): string | null {
  const name = db
    .prepare('SELECT st.name FROM manual_entries m JOIN staff st ON st.id = m.staff_id WHERE m.series_id = ? AND m.t_ms = ? AND m.superseded_ms IS NULL')
    .pluck()
    .get(seriesId, time) as string | undefined;
  return name ?? manualEntrant(device);
}

interface ExistingReading {
  readonly series_id: number;
  readonly t_ms: number;
  readonly value: number;
  readonly device: string;
  readonly site: string;
}

export class ManualVitalStore {
  constructor(
    private readonly db: StationDb,
    private readonly observations: ObservationRepository,
  ) {}

  /** Stores readings taken at `time` (call inside a transaction: all of them or none). */
  record(readings: readonly ManualReadingInput[], time: number, member: EnteredBy, implausibleConfirmed: (param: VitalParam) => boolean, now: number): StoredManualReading[] {
    return readings.map((r) => {
      const value = canonicalVital(r);
      if (value === null) throw new Error(`manual reading of ${r.param} in ${r.unit}: not a unit of this param`);
      const entry = { value, enteredValue: r.value, enteredUnit: r.unit, member, implausibleConfirmed: implausibleConfirmed(r.param), now };
      const existing = this.inSameMinute(r.param, time);
      return existing ? this.correct(existing, r.param, entry) : this.add(r, time, entry);
    });
  }

  private inSameMinute(param: VitalParam, time: number): ExistingReading | undefined {
    const minute = time - (((time % MINUTE_MS) + MINUTE_MS) % MINUTE_MS);
    return this.db
      .prepare(
        `SELECT o.series_id, o.t_ms, o.value, s.device, s.site FROM series s JOIN observations o ON o.series_id = s.id
         WHERE s.param = ? AND s.source = 'manual' AND o.t_ms >= ? AND o.t_ms < ? AND o.status = 0 AND o.value IS NOT NULL
         ORDER BY o.t_ms DESC LIMIT 1`,
      )
      .get(param, minute, minute + MINUTE_MS) as ExistingReading | undefined;
  }

  private add(r: ManualReadingInput, time: number, entry: EntryValues): StoredManualReading {
    const observation: Observation = {
      param: r.param,
      value: entry.value,
      unit: PARAMS[r.param].unit,
      time,
      status: 'valid',
      source: 'manual',
      device: manualDevice(entry.member.name),
      ...(r.site ? { site: r.site } : {}),
    };
    this.observations.insert([observation]);
    const seriesId = this.db
      .prepare("SELECT id FROM series WHERE param = ? AND unit = ? AND source = 'manual' AND device = ? AND site = ?")
      .pluck()
      .get(r.param, observation.unit, observation.device, r.site ?? '') as number;
    this.insertEntry(seriesId, time, entry);
    return { observation, before: null };
  }

  private correct(existing: ExistingReading, param: VitalParam, entry: EntryValues): StoredManualReading {
    const { series_id: seriesId, t_ms: time } = existing;
    const by = currentEntrant(this.db, seriesId, time, existing.device);
    const current = this.db.prepare('SELECT id FROM manual_entries WHERE series_id = ? AND t_ms = ? AND superseded_ms IS NULL').pluck().get(seriesId, time) as number | undefined;
    // A reading stored before migration 0011 gets its entry first, so that what it was stays on record.
    const earlier = current ?? this.insertEntry(seriesId, time, { value: existing.value, enteredValue: existing.value, enteredUnit: PARAMS[param].unit, member: null, implausibleConfirmed: false, now: null });
    this.db.prepare('UPDATE manual_entries SET superseded_ms = ?, superseded_by = ? WHERE id = ?').run(entry.now, entry.member.id, earlier);
    this.insertEntry(seriesId, time, entry);
    this.db.prepare('UPDATE observations SET value = ? WHERE series_id = ? AND t_ms = ?').run(entry.value, seriesId, time);
    rebuildBuckets(this.db, seriesId, time);
    // The windows are told who entered the value now shown (the series keeps the first entrant's device).
    const observation: Observation = { param, value: entry.value, unit: PARAMS[param].unit, time, status: 'valid', source: 'manual', device: manualDevice(entry.member.name), ...(existing.site ? { site: existing.site } : {}) };
    return { observation, before: { value: existing.value, by } };
  }

  private insertEntry(seriesId: number, time: number, e: { value: number; enteredValue: number; enteredUnit: string; member: EnteredBy | null; implausibleConfirmed: boolean; now: number | null }): number {
    return Number(
      this.db
        .prepare('INSERT INTO manual_entries (series_id, t_ms, value, entered_value, entered_unit, staff_id, entered_ms, implausible_confirmed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(seriesId, time, e.value, e.enteredValue, e.enteredUnit, e.member?.id ?? null, e.now, e.implausibleConfirmed ? 1 : 0).lastInsertRowid,
    );
  }
}

interface EntryValues {
  readonly value: number;
  readonly enteredValue: number;
  readonly enteredUnit: string;
  readonly member: EnteredBy;
  readonly implausibleConfirmed: boolean;
  readonly now: number;
}
