// Builds the grading engine's timeline for the open episode from what the station stores: documented events,
// monitor vitals as per-bucket means (monitorVitals.ts), manual vitals as entered, and lab results.
import type { StationDb } from '../db/open';
import type { EpisodeRow } from '../episode/episodes';
import type { EntryRepository } from '../episode/entries';
import { clinicalEventSchema, vitalFromObservation, type ClinicalEvent, type GradingConfig, type LabAnalyte, type TimelineInput } from '../../../shared/clinical';
import { localDayStart } from '../../../shared/episode/day';
import { DAY_MS } from '../../../shared/time';
import { GRADED_PARAMS, monitorVitals, observation, type MonitorBlocks, type SeriesRow } from './monitorVitals';

/** Entries of these kinds are clinical events the engine reads ("event:medication", …). */
export const EVENT_KIND_PREFIX = 'event:';

/** How far before the infusion monitor data are read (lymphodepletion days; NEWS2 and baselines). */
const BEFORE_INFUSION_MS = 7 * DAY_MS;

const LAB_CODES: Readonly<Record<string, LabAnalyte>> = {
  ferritin: 'ferritin', crp: 'crp', plt: 'platelets', anc: 'anc', hgb: 'hemoglobin', fib: 'fibrinogen', alt: 'alt', ast: 'ast', ldh: 'ldh', creat: 'creatinine',
};

/** `blocks`: the monitor's hour blocks kept from the last grading of this episode (a grading worker keeps them). */
export function buildTimeline(db: StationDb, entries: EntryRepository, episode: EpisodeRow & { infusionTime: number }, now: number, config: GradingConfig, blocks?: MonitorBlocks): TimelineInput {
  const all = entries.current(episode.id);
  const events: ClinicalEvent[] = [];
  for (const e of all) {
    if (!e.kind.startsWith(EVENT_KIND_PREFIX)) continue;
    const parsed = clinicalEventSchema.safeParse({ ...(e.data as object), id: `entry:${e.id}` });
    if (parsed.success) events.push(parsed.data);
  }
  const from = episode.infusionTime - BEFORE_INFUSION_MS;
  events.push(...monitorVitals(db, gradedSeries(db, false), from, now, config, blocks), ...manualVitals(db, from, now), ...labs(db, episode.id, now));
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
