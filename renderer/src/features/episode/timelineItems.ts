// The timeline's rows: the episode's entries, vital signs entered by hand and physicians' grade confirmations, each with
// its kind of record (the filter), in time order and grouped by local day (Day +N).
import type { EntryView } from '../../../../shared/api/methods/episode';
import type { ConfirmationView, Grade } from '../../../../shared/api/methods/clinical';
import type { ManualReadingView } from '../../../../shared/api/methods/live';
import { dayNumber, localDayKey } from '../../../../shared/episode/day';
import { episodeDay } from '../../ui/format/day';
import { PARAMS } from '../../../../shared/params';
import { KNOWN_SITES } from '../../../../shared/messages/clinical.en';
import { unitLabel } from '../../../../shared/units';
import { i18n } from '../../i18n';
import { paramLabel } from '../../ui/format/labels';
import { formatNumber } from '../../ui/format/values';
import { tempUnitLabel, toDisplayValue } from '../../ui/format/temperature';
import type { TempUnit } from '../../ui/prefs/preferences';
import { eventSummary } from './eventSummaries';
import { entrySummary, isKnownKind, kindLabel } from './summaries';

export const TIMELINE_FILTERS = ['all', 'treatments', 'neuro', 'vitals', 'checklist', 'grades', 'notes'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];
export type TimelineCategory = Exclude<TimelineFilter, 'all'>;

/** Prefix of the entries events.record writes (the station stores `event:<kind>`). */
const EVENT_PREFIX = 'event:';
/** The kind report.notes writes (electron/station/report/sections.ts). */
const HANDOVER_NOTE_KIND = 'handover_note';

const EVENT_CATEGORY: Readonly<Record<string, TimelineCategory>> = {
  medication: 'treatments',
  vasopressor: 'treatments',
  fluid_bolus: 'treatments',
  oxygen: 'treatments',
  neuro: 'neuro',
  seizure: 'neuro',
  imaging: 'neuro',
  vital: 'vitals',
  attribution: 'grades',
  note: 'notes',
};

export interface TimelineItem {
  readonly key: string;
  readonly time: number;
  readonly category: TimelineCategory;
  /** `data-kind`: the entry's kind, or manual_vital / grade_confirmation. */
  readonly kind: string;
  readonly title: string;
  readonly summary: string | null;
  readonly by: string | null;
  readonly role: string | null;
  /** The episode entry it shows (History, Correct), or null for readings and confirmations. */
  readonly entry: EntryView | null;
}

export interface TimelineDay {
  /** Local calendar day, YYYY-MM-DD. */
  readonly key: string;
  readonly day: number | null;
  readonly items: readonly TimelineItem[];
}

export function categoryOf(kind: string): TimelineCategory {
  if (kind.startsWith(EVENT_PREFIX)) return EVENT_CATEGORY[kind.slice(EVENT_PREFIX.length)] ?? 'notes';
  if (kind === 'infusion') return 'treatments';
  return isKnownKind(kind) ? 'checklist' : 'notes';
}

/** The entry's kind in words; an unknown kind is "Other entry", never its internal name. */
export function entryTitle(kind: string): string {
  const bare = kind.startsWith(EVENT_PREFIX) ? kind.slice(EVENT_PREFIX.length) : kind;
  if (isKnownKind(kind)) return kindLabel(kind);
  const key = `timeline.kinds.${bare}`;
  return i18n.exists(key) ? i18n.t(key as never) : i18n.t('timeline.kinds.other');
}

/** A handover note's situation as written (the report shows the rest). */
function handoverSituation(data: unknown): string | null {
  const situation = (data as { situation?: unknown } | null)?.situation;
  return typeof situation === 'string' && situation.trim() !== '' ? situation : null;
}

function summaryOf(entry: EntryView, tempUnit: TempUnit): string | null {
  if (entry.kind.startsWith(EVENT_PREFIX)) return eventSummary(entry.data);
  if (entry.kind === HANDOVER_NOTE_KIND) return handoverSituation(entry.data);
  return entrySummary(entry.kind, entry.data, tempUnit);
}

function fromEntry(entry: EntryView, tempUnit: TempUnit): TimelineItem {
  const summary = summaryOf(entry, tempUnit);
  return { key: `entry-${entry.id}`, time: entry.effectiveAt, category: categoryOf(entry.kind), kind: entry.kind, title: entryTitle(entry.kind), summary, by: entry.recordedBy, role: entry.recordedByRole, entry };
}

function reading(r: ManualReadingView, tempUnit: TempUnit): string {
  const temp = r.param === 'temp';
  const value = formatNumber(toDisplayValue(r.value, r.unit, tempUnit), PARAMS[r.param].decimals);
  const params = { param: paramLabel(r.param), value, unit: temp ? tempUnitLabel(tempUnit) : unitLabel(r.unit) };
  if (r.site === null) return i18n.t('timeline.vital', params);
  const site = (KNOWN_SITES as readonly string[]).includes(r.site) ? i18n.t(`said.term.site.${r.site}` as never) : r.site;
  return i18n.t('timeline.vitalAtSite', { ...params, site });
}

function fromReading(r: ManualReadingView, tempUnit: TempUnit): TimelineItem {
  return { key: `vital-${r.param}-${r.time}`, time: r.time, category: 'vitals', kind: 'manual_vital', title: i18n.t('timeline.kinds.manual_vital'), summary: reading(r, tempUnit), by: r.enteredBy, role: null, entry: null };
}

const gradeWords = (g: Grade): string => (g === 'not_assessable' ? i18n.t('timeline.notAssessable') : i18n.t('timeline.grade', { n: g }));

function fromConfirmation(c: ConfirmationView, infusionTime: number | null): TimelineItem {
  const words = { kind: i18n.t(`timeline.gradeKinds.${c.kind}`), confirmed: gradeWords(c.confirmed), suggested: gradeWords(c.suggested) };
  // A past course's confirmation names the days it covers, not only when it was made (#18 item 6).
  const text = c.covers
    ? i18n.t('timeline.confirmedSpan', { ...words, from: episodeDay(c.covers.from, infusionTime), to: episodeDay(c.covers.to, infusionTime) })
    : i18n.t('timeline.confirmed', words);
  const summary = c.reason ? `${text}. ${i18n.t('timeline.reason', { reason: c.reason })}` : text;
  return { key: `grade-${c.kind}-${c.at}`, time: c.at, category: 'grades', kind: 'grade_confirmation', title: i18n.t('timeline.kinds.grade_confirmation'), summary, by: c.by, role: 'physician', entry: null };
}

export interface TimelineSources {
  readonly entries: readonly EntryView[];
  readonly readings: readonly ManualReadingView[];
  readonly confirmations: readonly ConfirmationView[];
}

/** Every row, oldest first (entries before readings at the same moment). */
export function timelineItems({ entries, readings, confirmations }: TimelineSources, tempUnit: TempUnit, infusionTime: number | null): TimelineItem[] {
  const items = [...entries.map((e) => fromEntry(e, tempUnit)), ...readings.map((r) => fromReading(r, tempUnit)), ...confirmations.map((c) => fromConfirmation(c, infusionTime))];
  return items.map((item, order) => ({ item, order })).sort((a, b) => a.item.time - b.item.time || a.order - b.order).map(({ item }) => item);
}

/** The rows of a filter grouped by local day, oldest day first. */
export function timelineDays(items: readonly TimelineItem[], filter: TimelineFilter, infusionTime: number | null): TimelineDay[] {
  const days = new Map<string, TimelineItem[]>();
  for (const item of items) {
    if (filter !== 'all' && item.category !== filter) continue;
    const key = localDayKey(item.time);
    const ofDay = days.get(key) ?? [];
    ofDay.push(item);
    days.set(key, ofDay);
  }
  return [...days].map(([key, dayItems]) => ({ key, day: dayNumber(dayItems[0]!.time, infusionTime), items: dayItems }));
}

