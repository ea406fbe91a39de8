// THE one data function of the handover report: builds the typed HandoverReport of a window from what the station
// stores, through the same repositories and functions the screens use (episode view, grading store and runner,
// rollups and trends, device events, labs, entries, flags), never recomputing a value another way.
import type { ClinicalStatus } from '../../../shared/api/methods/clinical';
import type { LabResult } from '../../../shared/api/methods/labs';
import type { SiteLabRange } from '../../../shared/labRanges';
import { dayNumber } from '../../../shared/episode/day';
import { gradeTimelineRows } from '../../../shared/report/grades';
import { labRows } from '../../../shared/report/labs';
import type { FlagLine, HandoverNote, HandoverReport } from '../../../shared/report/types';
import type { FlagView } from '../../../shared/api/methods/clinical';
import type { GradingRunner } from '../clinical/runner';
import type { GradingStore } from '../clinical/store';
import { parseStoredResult } from '../clinical/storedResult';
import type { StationDb } from '../db/open';
import type { EntryRepository } from '../episode/entries';
import type { EpisodeRow } from '../episode/episodes';
import type { ProductRepository } from '../episode/products';
import { buildEpisodeView } from '../episode/view';
import type { DeviceRepository } from '../repositories/devices';
import type { ObservationRepository } from '../repositories/observations';
import { actionsSection, episodeFacts, eventLines, gradesSection, HANDOVER_NOTE_KIND, TREATMENT_KINDS } from './sections';
import { vitalsSection } from './vitals';

export interface HandoverSources {
  readonly db: StationDb;
  readonly entries: EntryRepository;
  readonly products: ProductRepository;
  readonly store: GradingStore;
  /** The live grading runner (null from the command line): its latest result is what clinical.status shows. */
  readonly runner: GradingRunner | null;
  readonly devices: DeviceRepository;
  readonly observations: ObservationRepository;
  /** The station's lab list of a patient (hl7 LabResultRepository.list, as labs.list and the rounds view read it). */
  readonly labs: (patientId: number, from: number, to: number) => readonly LabResult[];
  /** The site's lab reference ranges (labs.siteRanges), for tests the lab sent without one. */
  readonly siteLabRanges: () => readonly SiteLabRange[];
}

export interface ReportWindow {
  readonly from: number;
  readonly to: number;
  readonly isDefaultShift: boolean;
}

/** A window ending within this long of now is the shift being handed over: grades and due times are given as of now. */
const CURRENT_WINDOW_GRACE_MS = 6 * 3_600_000;

/** The moment grades, Day +N, flags and due times are given for: now for the shift being handed over, else the window's end. */
export function reportAsOf(to: number, now: number): number {
  return to >= now - CURRENT_WINDOW_GRACE_MS ? now : to;
}

export function buildHandoverReport(src: HandoverSources, episode: EpisodeRow, window: ReportWindow, now: number): HandoverReport {
  const { from, to } = window;
  const asOf = reportAsOf(to, now);
  const entries = src.entries.current(episode.id);
  const view = buildEpisodeView(episode, entries, episode.productCode ? src.products.byCode(episode.productCode) : null, now);
  const labs = labRows(src.labs(episode.patientId, 0, asOf + 1), asOf + 1, src.siteLabRanges());
  const confirmations = src.store.confirmations(episode.id);
  const grades = gradesSection(graded(src, episode, asOf, now), confirmations, asOf);
  const events = eventLines(entries);
  const inWindow = events.filter((e) => e.time >= from && e.time < to);
  // Flags still shown on the screen (raised and unacknowledged), as far as they had been raised by asOf.
  const visible = src.store.visibleFlags(episode.id).filter((f) => f.raisedAt <= asOf);
  return {
    generatedAt: now,
    window: { ...window, asOf },
    isDemo: episode.isDemo,
    patient: {
      mrn: episode.mrn,
      name: episode.name,
      birthDate: episode.birthDate,
      sex: episode.sex,
      weightKg: episode.admission.weightKg,
      allergies: episode.admission.allergies,
      diagnosis: episode.admission.diagnosis,
      treatingPhysician: episode.admission.treatingPhysician,
    },
    episode: { ...episodeFacts(view, entries), day: dayNumber(asOf, episode.infusionTime) },
    severity: handoverNote(entries, from, to),
    grades,
    summaryEvents: inWindow.filter((e) => !TREATMENT_KINDS.has(e.kind)),
    actions: actionsSection({ view, events, labs, flags: visible, asOf }),
    unacknowledgedFlags: visible.filter((f) => f.acknowledged === null).map(flagLine),
    vitals: vitalsSection(src, from, to, now),
    labs,
    treatments: inWindow.filter((e) => TREATMENT_KINDS.has(e.kind)),
    gradeTimeline: episode.infusionTime === null ? [] : gradeTimelineRows(src.store.gradePoints(episode.id, from, to), confirmations, now + 1),
    flags: src.store.flagsBetween(episode.id, from, to).map(flagLine),
  };
}

type Graded = Pick<NonNullable<ClinicalStatus['suggested']>, 'evaluatedAt' | 'crs' | 'icans' | 'secondary'>;

/** The suggested grades as of `asOf`: now exactly as clinical.status answers; for a past window the stored result then. */
function graded(src: HandoverSources, episode: EpisodeRow, asOf: number, now: number): Graded | null {
  if (episode.infusionTime === null) return null;
  if (asOf >= now) {
    const live = src.runner?.latest(episode.id) ?? null;
    if (live) return { evaluatedAt: live.evaluatedAt, crs: live.crs, icans: live.icans, secondary: live.secondary };
    const stored = src.store.latestResult(episode.id);
    return stored && { evaluatedAt: stored.at, ...stored.result };
  }
  const row = src.db
    .prepare('SELECT t_ms, result_json FROM grading_results WHERE episode_id = ? AND t_ms <= ? ORDER BY t_ms DESC, id DESC LIMIT 1')
    .get(episode.id, asOf) as { t_ms: number; result_json: string } | undefined;
  return row ? { evaluatedAt: row.t_ms, ...parseStoredResult(row.result_json) } : null;
}

function handoverNote(entries: ReturnType<EntryRepository['current']>, from: number, to: number): HandoverNote | null {
  const note = entries.filter((e) => e.kind === HANDOVER_NOTE_KIND && (e.data as HandoverNote).from === from && (e.data as HandoverNote).to === to).at(-1);
  if (!note) return null;
  const data = note.data as Omit<HandoverNote, 'by' | 'at'>;
  return { from: data.from, to: data.to, severity: data.severity, situation: data.situation, by: note.recordedBy, at: note.recordedAt };
}

export function flagLine(f: FlagView): FlagLine {
  return { id: f.id, code: f.code, raisedAt: f.raisedAt, clearedAt: f.clearedAt, explanation: f.explanation, ...(f.message ? { message: f.message } : {}), acknowledged: f.acknowledged };
}
