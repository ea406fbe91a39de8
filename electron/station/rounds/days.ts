// Builds the rounds view: per calendar day (ward local time) the extremes of the vital signs, support, labs,
// grades and treatments, from rollups, entries, lab results and stored grades.
import type { StationDb } from '../db/open';
import type { EpisodeRow } from '../episode/episodes';
import type { StoredEntry } from '../episode/entries';
import type { RoundsDay, RoundsTreatment } from '../../../shared/api/methods/rounds';
import type { Grade } from '../../../shared/api/methods/clinical';
import type { LabResult } from '../../../shared/api/methods/labs';
import { dayNumber, localDaysBetween, localDayStart } from '../../../shared/episode/day';
import { EVENT_KIND_PREFIX } from '../clinical/timeline';
import { currentEntrant } from '../clinical/manualVitals';
import { treatmentSummary } from '../../../shared/clinical/treatmentSummary';
import { english } from '../../../shared/messages/en';

const EXTREMES = {
  tempMaxC: { params: ['temp'], agg: 'max(max)' },
  sbpMin: { params: ['nibp_sys', 'abp_sys'], agg: 'min(min)' },
  mapMin: { params: ['nibp_mean', 'abp_mean'], agg: 'min(min)' },
  spo2Min: { params: ['spo2'], agg: 'min(min)' },
  hrMax: { params: ['hr'], agg: 'max(max)' },
} as const;

export interface RoundsInput {
  readonly db: StationDb;
  readonly episode: EpisodeRow;
  readonly entries: readonly StoredEntry[];
  readonly labs: readonly LabResult[];
  readonly now: number;
}

/** One row's span: a local day (midnight to midnight, 23 or 25 hours on a DST change) and its Day number. */
export interface RoundsDaySpan {
  readonly day: number | null;
  readonly date: string;
  readonly from: number;
  readonly to: number;
}

/** The days of the rounds view, today (or the discharge day) first, back to the first lymphodepletion day (or admission). */
export function roundsDaySpans(episode: Pick<EpisodeRow, 'admittedAt' | 'dischargedAt' | 'infusionTime'>, entries: readonly Pick<StoredEntry, 'kind' | 'data'>[], now: number): RoundsDaySpan[] {
  const ld = entries.find((e) => e.kind === 'lymphodepletion')?.data as { days?: string[] } | undefined;
  const firstLd = ld?.days?.slice().sort()[0];
  const first = (firstLd === undefined ? null : localDayStart(firstLd)) ?? episode.admittedAt;
  const last = Math.min(now, episode.dischargedAt ?? now);
  return localDaysBetween(first, last)
    .map(({ from, to, date }) => ({ day: dayNumber(from, episode.infusionTime), date, from, to }))
    .reverse();
}

/** The rounds rows, today first. */
export function roundsDays({ db, episode, entries, labs, now }: RoundsInput): RoundsDay[] {
  return roundsDaySpans(episode, entries, now).map((span) => buildDay(db, episode, entries, labs, span));
}

function buildDay(db: StationDb, episode: EpisodeRow, entries: readonly StoredEntry[], labs: readonly LabResult[], { day, date, from, to }: RoundsDaySpan): RoundsDay {
  const vitals = Object.fromEntries(
    Object.entries(EXTREMES).map(([key, { params, agg }]) => {
      const ids = db.prepare(`SELECT id FROM series WHERE param IN (${params.map(() => '?').join(',')})`).pluck().all(...params) as number[];
      const value = ids.length === 0 ? null : (db.prepare(`SELECT ${agg} FROM rollup_1m WHERE series_id IN (${ids.join(',')}) AND bucket_ms >= ? AND bucket_ms < ?`).pluck().get(from, to) as number | null);
      return [key, value];
    }),
  ) as unknown as RoundsDay['vitals'];
  const vitalsEnteredBy = Object.fromEntries(
    Object.entries(EXTREMES).flatMap(([key, { params }]) => {
      const value = vitals[key as keyof RoundsDay['vitals']];
      const reading = value === null ? undefined : manualReadingOf(db, params, value, from, to);
      return reading ? [[key, currentEntrant(db, reading.series_id, reading.t_ms, reading.device)]] : [];
    }),
  ) as RoundsDay['vitalsEnteredBy'];
  const events = entries.filter((e) => e.kind.startsWith(EVENT_KIND_PREFIX));
  return {
    day,
    date,
    from,
    to,
    vitals,
    vitalsEnteredBy,
    oxygen: supportOnDay(events, 'oxygen', from, to, (d) => (d.device === 'room_air' ? null : `${String(d.device)}${d.flowLMin !== undefined ? ` ${String(d.flowLMin)} L/min` : ''}`)),
    vasopressors: supportOnDay(events, 'vasopressor', from, to, (d) => (d.action === 'stop' ? null : String(d.drug))),
    labs: labs.filter((l) => l.observedAt >= from && l.observedAt < to),
    grades: gradesOnDay(db, episode.id, from, to),
    treatments: events.filter((e) => e.effectiveAt >= from && e.effectiveAt < to && e.kind !== `${EVENT_KIND_PREFIX}note`).map(toTreatment),
  };
}

/** A hand-entered reading of the day with exactly this value (the day's extreme), if there is one. */
function manualReadingOf(db: StationDb, params: readonly string[], value: number, from: number, to: number): { series_id: number; t_ms: number; device: string } | undefined {
  return db
    .prepare(
      `SELECT o.series_id, o.t_ms, s.device FROM series s JOIN observations o ON o.series_id = s.id
       WHERE s.source = 'manual' AND s.param IN (${params.map(() => '?').join(',')}) AND o.t_ms >= ? AND o.t_ms < ? AND o.status = 0 AND o.value = ? LIMIT 1`,
    )
    .get(...params, from, to, value) as { series_id: number; t_ms: number; device: string } | undefined;
}

/** What was running at the start of the day plus everything started during it. */
function supportOnDay(events: readonly StoredEntry[], kind: string, from: number, to: number, label: (d: Record<string, unknown>) => string | null): string[] {
  const ofKind = events.filter((e) => e.kind === `${EVENT_KIND_PREFIX}${kind}`);
  const atStart = ofKind.filter((e) => e.effectiveAt < from).at(-1);
  const during = ofKind.filter((e) => e.effectiveAt >= from && e.effectiveAt < to);
  const labels = [atStart, ...during].flatMap((e) => (e ? [label(e.data as Record<string, unknown>)] : [])).filter((l): l is string => l !== null);
  return [...new Set(labels)];
}

function gradesOnDay(db: StationDb, episodeId: number, from: number, to: number): RoundsDay['grades'] {
  const rows = db
    .prepare(
      `SELECT crs_current, icans_current FROM grading_results WHERE episode_id = ? AND t_ms < ? AND t_ms >= coalesce(
         (SELECT max(t_ms) FROM grading_results WHERE episode_id = ? AND t_ms <= ?), ?)`,
    )
    .all(episodeId, to, episodeId, from, from) as { crs_current: number; icans_current: string }[];
  const icans = rows.map((r) => r.icans_current).filter((g) => g !== 'not_assessable').map(Number);
  const confirmed = (kind: string) => {
    // A confirmation shows on the days it covers: its course or span, or (without one) the instant it was made.
    const row = db
      .prepare(
        `SELECT confirmed FROM grade_confirmations WHERE episode_id = ? AND kind = ? AND coalesce(covers_from_ms, t_ms) < ? AND coalesce(covers_to_ms, t_ms + 1) > ?
         ORDER BY t_ms DESC, id DESC LIMIT 1`,
      )
      .pluck()
      .get(episodeId, kind, to, from) as string | undefined;
    return row === undefined ? null : parseGrade(row);
  };
  return {
    crsSuggestedMax: rows.length ? Math.max(...rows.map((r) => r.crs_current)) : null,
    icansSuggestedMax: rows.length ? (icans.length ? Math.max(...icans) : 'not_assessable') : null,
    crsConfirmed: confirmed('crs'),
    icansConfirmed: confirmed('icans'),
  };
}

function parseGrade(text: string): Grade {
  return text === 'not_assessable' ? 'not_assessable' : Number(text);
}

function toTreatment(e: StoredEntry): RoundsTreatment {
  const kind = e.kind.slice(EVENT_KIND_PREFIX.length);
  const said = treatmentSummary(kind, e.data as Record<string, unknown>);
  return { time: e.effectiveAt, kind, summary: typeof said === 'object' ? english(said) : String(said), said };
}
