// What the trends screen draws beside the vital signs: treatments and flags as markers, lymphodepletion days as
// shaded areas, the suggested CRS/ICANS grade as a band of segments.
import type { EntryView } from '../../../../shared/api/methods/episode';
import type { FlagView, Grade, GradePoint } from '../../../../shared/api/methods/clinical';
import { dayBounds } from '../../../../shared/episode/day';
import { i18n } from '../../i18n';
import { formatAmount } from '../../ui/format/values';
import type { TimeRange } from './zoom';

const EVENT_PREFIX = 'event:';

/** Rows of the event lane, top to bottom. */
export const LANES = ['anti_inflammatory', 'vasopressor', 'oxygen', 'other', 'flag'] as const;
export type Lane = (typeof LANES)[number];

export type MarkerKind = 'tocilizumab' | 'steroid' | 'anti_il1' | 'vasopressor' | 'oxygen' | 'fluid' | 'medication' | 'flag';

export interface EventMarker {
  readonly time: number;
  readonly kind: MarkerKind;
  readonly lane: Lane;
  readonly label: string;
}

const LANE_OF: Readonly<Record<MarkerKind, Lane>> = {
  tocilizumab: 'anti_inflammatory',
  steroid: 'anti_inflammatory',
  anti_il1: 'anti_inflammatory',
  vasopressor: 'vasopressor',
  oxygen: 'oxygen',
  fluid: 'other',
  medication: 'other',
  flag: 'flag',
};

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : v === undefined || v === null ? null : typeof v === 'number' ? formatAmount(v) : null);

function medicationKind(d: Record<string, unknown>): MarkerKind {
  if (/tociliz|siltux/i.test(String(d.drug ?? '')) || d.drugClass === 'anti_il6') return 'tocilizumab';
  if (d.drugClass === 'corticosteroid') return 'steroid';
  if (d.drugClass === 'il1_antagonist') return 'anti_il1';
  return 'medication';
}

/** An oxygen device in words ("nasal cannula"); unknown devices as stored. */
export function oxygenLabel(d: Record<string, unknown>): string {
  const device = String(d.device ?? '');
  const name = i18n.exists(`trends.o2.${device}`) ? i18n.t(`trends.o2.${device}` as 'trends.o2.room_air') : device;
  const flow = text(d.flowLMin);
  const fio2 = typeof d.fio2 === 'number' ? `FiO₂ ${formatAmount(d.fio2 * 100, 0)} %` : null;
  return [name, flow === null ? null : `${flow} L/min`, fio2].filter((p) => p !== null).join(' ');
}

function markerOf(entry: EntryView): EventMarker | null {
  const kind = entry.kind.slice(EVENT_PREFIX.length);
  const d = (entry.data ?? {}) as Record<string, unknown>;
  const time = typeof d.time === 'number' ? d.time : entry.effectiveAt;
  const make = (k: MarkerKind, label: string): EventMarker => ({ time, kind: k, lane: LANE_OF[k], label });
  switch (kind) {
    case 'medication':
      return make(medicationKind(d), [text(d.drug), text(d.doseText)].filter((p) => p !== null).join(' '));
    case 'vasopressor':
      return make('vasopressor', [text(d.drug), text(d.action), d.dose === undefined ? null : `${text(d.dose)} ${text(d.doseUnit) ?? ''}`.trim()].filter((p) => p !== null).join(' '));
    case 'oxygen':
      return make('oxygen', oxygenLabel(d));
    case 'fluid_bolus':
      return make('fluid', i18n.t('trends.fluidBolus', { volume: text(d.volumeMl) ?? '?' }));
    default:
      return null;
  }
}

/** Treatments of the episode (tocilizumab, steroids, other drugs, vasopressors, oxygen changes, fluid boluses), in time order. */
export function treatmentMarkers(timeline: readonly EntryView[]): EventMarker[] {
  return timeline
    .filter((e) => e.kind.startsWith(EVENT_PREFIX))
    .flatMap((e) => {
      const m = markerOf(e);
      return m === null ? [] : [m];
    })
    .sort((a, b) => a.time - b.time);
}

/** A flag code in words when the window knows it, else the code itself made readable. */
export function flagLabel(code: string): string {
  const key = `trends.flagCodes.${code}`;
  return i18n.exists(key) ? i18n.t(key as 'trends.flagCodes.FEVER_MASKED') : code.toLowerCase().replace(/_/g, ' ');
}

/** Flags at the moment they were raised. */
export function flagMarkers(flags: readonly FlagView[]): EventMarker[] {
  return flags.map((f) => ({ time: f.raisedAt, kind: 'flag' as const, lane: 'flag' as const, label: flagLabel(f.code) })).sort((a, b) => a.time - b.time);
}

/** Lymphodepletion days (local midnights) as shaded areas; consecutive days merge into one. */
export function dayAreas(dayStartsMs: readonly number[]): TimeRange[] {
  const areas: { from: number; to: number }[] = [];
  for (const start of [...dayStartsMs].sort((a, b) => a - b)) {
    const end = dayBounds(start).to;
    const last = areas.at(-1);
    if (last !== undefined && start <= last.to) last.to = Math.max(last.to, end);
    else areas.push({ from: start, to: end });
  }
  return areas;
}

export interface GradeSegment {
  readonly from: number;
  readonly to: number;
  readonly grade: Grade;
}

/** The suggested grade as segments of equal grade, each until the next change; the last runs to `end`. */
export function gradeSegments(points: readonly GradePoint[], kind: 'crs' | 'icans', end: number): GradeSegment[] {
  const sorted = [...points].sort((a, b) => a.time - b.time);
  const out: { from: number; to: number; grade: Grade }[] = [];
  for (const p of sorted) {
    const grade = p[kind];
    const last = out.at(-1);
    if (last !== undefined) last.to = p.time;
    if (last === undefined || last.grade !== grade) out.push({ from: p.time, to: p.time, grade });
  }
  const last = out.at(-1);
  if (last !== undefined) last.to = Math.max(last.to, end);
  return out.filter((s) => s.to > s.from);
}

/** "2", or "n/a" when not assessable. */
export function gradeText(grade: Grade | null): string {
  if (grade === null) return '—';
  return grade === 'not_assessable' ? i18n.t('trends.notAssessable') : String(grade);
}
