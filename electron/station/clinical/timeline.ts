// Builds the grading engine's timeline for the open episode from what the station stores: documented events,
// monitor vitals (as per-minute means, older ones per 10 minutes, so a single artefact does not dominate and
// two weeks stay cheap to grade; a 10-minute bucket holding a value that could grade stays per minute, so a grade
// confirmed while recent is graded alike a day later), manual vitals as entered, and lab results.
import type { StationDb } from '../db/open';
import type { EpisodeRow } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import { clinicalEventSchema, isAbnormal, vitalFromObservation, vitalValue, type ClinicalEvent, type GradingConfig, type LabAnalyte, type TimelineInput } from '../../../shared/clinical';
import { localDayStart } from '../../../shared/episode/day';
import type { Observation } from '../../../shared/observation';
import type { VitalParam } from '../../../shared/params';

/** Entries of these kinds are clinical events the engine reads ("event:medication", …). */
export const EVENT_KIND_PREFIX = 'event:';

const GRADED_PARAMS: readonly VitalParam[] = ['temp', 'nibp_sys', 'abp_sys', 'nibp_mean', 'abp_mean', 'hr', 'rr', 'spo2'];
const FINE_WINDOW_MS = 24 * 3600_000;
const TEN_MINUTES_MS = 600_000;
/** How far before the infusion monitor data are read (lymphodepletion days; NEWS2 and baselines). */
const BEFORE_INFUSION_MS = 7 * 24 * 3600_000;

const LAB_CODES: Readonly<Record<string, LabAnalyte>> = {
  ferritin: 'ferritin', crp: 'crp', plt: 'platelets', anc: 'anc', hgb: 'hemoglobin', fib: 'fibrinogen', alt: 'alt', ast: 'ast', ldh: 'ldh', creat: 'creatinine',
};

interface SeriesRow {
  id: number;
  param: VitalParam;
  unit: string;
  source: Observation['source'];
  device: string;
  site: string;
}

export function buildTimeline(db: StationDb, entries: EntryRepository, episode: EpisodeRow & { infusionTime: number }, now: number, config: GradingConfig): TimelineInput {
  const all = entries.current(episode.id);
  const events: ClinicalEvent[] = [];
  for (const e of all) {
    if (!e.kind.startsWith(EVENT_KIND_PREFIX)) continue;
    const parsed = clinicalEventSchema.safeParse({ ...(e.data as object), id: `entry:${e.id}` });
    if (parsed.success) events.push(parsed.data);
  }
  const from = episode.infusionTime - BEFORE_INFUSION_MS;
  events.push(...monitorVitals(db, from, now, config), ...manualVitals(db, from, now), ...labs(db, episode.id, now));
  const lymphodepletion = all.find((e) => e.kind === 'lymphodepletion')?.data as { days?: string[] } | undefined;
  const firstDay = lymphodepletion?.days?.slice().sort()[0];
  const lymphodepletionStartAt = firstDay === undefined ? null : localDayStart(firstDay);
  const baseline = episode.admission.baselineOxygen;
  const product = episode.productCode === 'ide-cel' || episode.productCode === 'cilta-cel' ? episode.productCode : 'other';
  return {
    infusionAt: episode.infusionTime,
    ...(lymphodepletionStartAt !== null ? { lymphodepletionStartAt } : {}),
    patient: {
      baselineO2: baseline?.kind === 'home_o2' ? { device: 'nasal_cannula', flowLMin: baseline.flowLMin } : { device: 'room_air' },
      product,
      weightKg: episode.admission.weightKg,
    },
    events,
  };
}

function gradedSeries(db: StationDb, manual: boolean): SeriesRow[] {
  return (db.prepare(`SELECT * FROM series WHERE param IN (${GRADED_PARAMS.map(() => '?').join(',')})`).all(...GRADED_PARAMS) as SeriesRow[]).filter(
    (s) => (s.source === 'manual') === manual,
  );
}

/** Monitor values as per-bucket means: 10-minute buckets up to a day ago, then per minute. */
function monitorVitals(db: StationDb, from: number, now: number, config: GradingConfig): ClinicalEvent[] {
  const fineFrom = now - FINE_WINDOW_MS;
  const coarse = db.prepare('SELECT bucket_ms, sum / n AS mean, min, max FROM rollup_10m WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms < ?');
  const fine = db.prepare('SELECT bucket_ms, sum / n AS mean FROM rollup_1m WHERE series_id = ? AND bucket_ms >= ? AND bucket_ms <= ?');
  const out: ClinicalEvent[] = [];
  for (const s of gradedSeries(db, false)) {
    const coarseEnd = Math.max(from, fineFrom);
    const rows: Bucket[] = [];
    for (const b of coarse.all(s.id, from, coarseEnd) as CoarseBucket[]) {
      // Confirmation needs the per-minute run a 10-minute mean would hide (clinical-rules.md §6.4 inputs).
      if (couldGrade(s, b, config)) rows.push(...(fine.all(s.id, b.bucket_ms, Math.min(b.bucket_ms + TEN_MINUTES_MS, coarseEnd) - 1) as Bucket[]));
      else rows.push(b);
    }
    rows.push(...(fine.all(s.id, coarseEnd, now) as Bucket[]));
    for (const r of rows) {
      const vital = vitalFromObservation(observation(s, r.bucket_ms, r.mean), { id: `series:${s.id}:${r.bucket_ms}` });
      if (vital) out.push(vital);
    }
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

function manualVitals(db: StationDb, from: number, now: number): ClinicalEvent[] {
  const rows = db.prepare('SELECT t_ms, value FROM observations WHERE series_id = ? AND t_ms >= ? AND t_ms <= ? AND status = 0 AND value IS NOT NULL');
  const out: ClinicalEvent[] = [];
  for (const s of gradedSeries(db, true))
    for (const r of rows.all(s.id, from, now) as { t_ms: number; value: number }[]) {
      const vital = vitalFromObservation(observation(s, r.t_ms, r.value), { id: `obs:${s.id}:${r.t_ms}` });
      if (vital) out.push(vital);
    }
  return out;
}

function labs(db: StationDb, episodeId: number, now: number): ClinicalEvent[] {
  const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'lab_results'").get();
  if (!table) return [];
  const rows = db
    .prepare("SELECT id, code, canonical_value, canonical_unit, ref_low, ref_high, observed_ms FROM lab_results WHERE episode_id = ? AND observed_ms <= ? AND canonical_value IS NOT NULL AND status IN ('final', 'corrected', 'preliminary', 'entered')")
    .all(episodeId, now) as { id: number; code: string; canonical_value: number; canonical_unit: string; ref_low: number | null; ref_high: number | null; observed_ms: number }[];
  const out: ClinicalEvent[] = [];
  for (const r of rows) {
    const analyte = LAB_CODES[r.code];
    if (!analyte) continue;
    const parsed = clinicalEventSchema.safeParse({
      kind: 'lab', id: `lab:${r.id}`, time: r.observed_ms, source: 'staff', analyte, value: r.canonical_value, unit: r.canonical_unit,
      ...(r.ref_high !== null && r.ref_high > 0 ? { uln: r.ref_high } : {}), ...(r.ref_low !== null && r.ref_low >= 0 ? { lln: r.ref_low } : {}),
    });
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

interface Bucket {
  bucket_ms: number;
  mean: number;
}

interface CoarseBucket extends Bucket {
  min: number;
  max: number;
}

function observation(s: SeriesRow, time: number, value: number): Observation {
  return { param: s.param, value, unit: s.unit, time, status: 'valid', source: s.source, device: s.device, ...(s.site ? { site: s.site } : {}) };
}
