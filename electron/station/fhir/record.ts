// One patient's episode as the FHIR export needs it, read from the station's database: vitals (per-minute or
// per-10-minute means from the rollups, or every reading), labs, the infusion, treatments, ICE scores and grades.
import type { StationDb } from '../db/open';
import { PARAMS, VITAL_PARAMS, type VitalParam } from '../../../shared/params';
import type { ObservationSource } from '../../../shared/observation';
import { iceScore } from '../../../shared/clinical/values';
import type { IceResult } from '../../../shared/clinical/neuroEvents';
import { newDocumentation } from '../outbound/collect';
import type { DocumentationItem, OruPatient } from '../outbound/pcd01/encode';

export const VITAL_RESOLUTIONS = ['1m', '10m', 'each'] as const;
export type VitalResolution = (typeof VITAL_RESOLUTIONS)[number];
const ROLLUP_TABLE: Readonly<Record<Exclude<VitalResolution, 'each'>, { table: string; ms: number }>> = { '1m': { table: 'rollup_1m', ms: 60_000 }, '10m': { table: 'rollup_10m', ms: 600_000 } };

export interface VitalEntry {
  readonly param: VitalParam;
  readonly value: number;
  readonly time: number;
  /** Set for a mean: the bucket's end (exclusive); min and max of the bucket. */
  readonly end?: number;
  readonly min?: number;
  readonly max?: number;
  readonly source: ObservationSource;
  readonly device: string;
}

export interface LabEntry {
  readonly id: number;
  readonly code: string;
  readonly loinc: string | null;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly time: number;
  readonly status: string;
}

export interface InfusionEntry {
  readonly productCode: string;
  readonly lot: string;
  readonly cellsInfused: number;
  readonly startTime: number;
  readonly endTime: number;
}

export interface FhirEpisodeRecord {
  readonly patient: OruPatient;
  readonly episode: { readonly id: number; readonly admittedAt: number; readonly dischargedAt: number | null; readonly isDemo: boolean };
  readonly infusion: InfusionEntry | null;
  readonly vitals: readonly VitalEntry[];
  readonly labs: readonly LabEntry[];
  readonly documentation: readonly DocumentationItem[];
  readonly ice: readonly { readonly id: number; readonly total: number; readonly time: number }[];
}

export interface RecordQuery {
  readonly mrn: string;
  readonly from: number;
  readonly to: number;
  readonly resolution: VitalResolution;
}

/** The patient's latest episode, limited to [from, to); null when no patient has this MRN. */
export function readEpisodeRecord(db: StationDb, q: RecordQuery): FhirEpisodeRecord | null {
  const row = db
    .prepare(
      `SELECT e.id, e.admitted_ms, e.discharged_ms, e.is_demo, p.mrn, p.name, p.birth_date, p.sex FROM episodes e JOIN patients p ON p.id = e.patient_id
       WHERE p.mrn = ? ORDER BY e.admitted_ms DESC LIMIT 1`,
    )
    .get(q.mrn) as { id: number; admitted_ms: number; discharged_ms: number | null; is_demo: number; mrn: string; name: string; birth_date: string | null; sex: string | null } | undefined;
  if (!row) return null;
  const within = (t: number) => t >= q.from && t < q.to;
  const entries = db.prepare("SELECT id, kind, data_json FROM episode_entries WHERE episode_id = ? AND superseded_by IS NULL AND kind IN ('infusion', 'event:neuro') ORDER BY id").all(row.id) as {
    id: number;
    kind: string;
    data_json: string;
  }[];
  const infusion = entries.filter((e) => e.kind === 'infusion').map((e) => JSON.parse(e.data_json) as InfusionEntry)[0] ?? null;
  const ice = entries
    .filter((e) => e.kind === 'event:neuro')
    .map((e) => ({ id: e.id, data: JSON.parse(e.data_json) as { time: number; ice?: IceResult } }))
    .filter((e) => e.data.ice !== undefined && within(e.data.time))
    .map((e) => ({ id: e.id, total: iceScore(e.data.ice!).total, time: e.data.time }));
  const start = { periodEnd: 0, gradingId: 0, confirmationId: 0, entryId: 0, labId: 0 };
  return {
    patient: { mrn: row.mrn, name: row.name, birthDate: row.birth_date, sex: row.sex },
    episode: { id: row.id, admittedAt: row.admitted_ms, dischargedAt: row.discharged_ms, isDemo: row.is_demo === 1 },
    infusion,
    vitals: readVitals(db, q),
    labs: readLabs(db, row.id, q),
    // Grades and treatments as the HL7 documentation reads them (bedside labs come with all labs below).
    documentation: newDocumentation(db, row.id, start).items.filter((d) => d.kind !== 'lab' && within(d.time)),
    ice,
  };
}

function readVitals(db: StationDb, q: RecordQuery): VitalEntry[] {
  const series = (db.prepare('SELECT id, param, unit, source, device FROM series').all() as { id: number; param: VitalParam; unit: string; source: ObservationSource; device: string }[])
    .filter((s) => VITAL_PARAMS.includes(s.param) && s.unit === PARAMS[s.param].unit)
    .sort((a, b) => VITAL_PARAMS.indexOf(a.param) - VITAL_PARAMS.indexOf(b.param) || a.id - b.id);
  const each = db.prepare('SELECT t_ms, value FROM observations WHERE series_id = ? AND t_ms >= ? AND t_ms < ? AND status = 0 AND value IS NOT NULL ORDER BY t_ms');
  const out: VitalEntry[] = [];
  for (const s of series) {
    const base = { param: s.param, source: s.source, device: s.device };
    if (s.source === 'manual' || q.resolution === 'each') {
      for (const r of each.all(s.id, q.from, q.to) as { t_ms: number; value: number }[]) out.push({ ...base, value: r.value, time: r.t_ms });
      continue;
    }
    const { table, ms } = ROLLUP_TABLE[q.resolution];
    const buckets = db.prepare(`SELECT bucket_ms, sum / n AS mean, min, max FROM ${table} WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms < ? ORDER BY bucket_ms`).all(s.id, q.from, q.to) as {
      bucket_ms: number;
      mean: number;
      min: number;
      max: number;
    }[];
    for (const b of buckets) out.push({ ...base, value: b.mean, time: b.bucket_ms, end: b.bucket_ms + ms, min: b.min, max: b.max });
  }
  return out;
}

function readLabs(db: StationDb, episodeId: number, q: RecordQuery): LabEntry[] {
  return (
    db
      .prepare(
        `SELECT id, code, loinc, name, canonical_value, canonical_unit, observed_ms, status FROM lab_results
         WHERE episode_id = ? AND observed_ms >= ? AND observed_ms < ? AND canonical_value IS NOT NULL AND status IN ('final', 'entered', 'preliminary', 'corrected') ORDER BY observed_ms, id`,
      )
      .all(episodeId, q.from, q.to) as { id: number; code: string; loinc: string | null; name: string; canonical_value: number; canonical_unit: string; observed_ms: number; status: string }[]
  ).map((r) => ({ id: r.id, code: r.code, loinc: r.loinc || null, name: r.name, value: r.canonical_value, unit: r.canonical_unit, time: r.observed_ms, status: r.status }));
}
