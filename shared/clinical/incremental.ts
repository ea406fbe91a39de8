// Incremental re-grade (#17): keeps the last run's parsed events, index and per-instant records, and grades again
// only from the earliest time anything the rules read has changed (an event, a reading's confirmation, an
// attribution period, a CRS course); the instants before it are replayed. Its result is evaluate()'s (property test).
import { gradingConfig, type GradingConfig, type GradingConfigInput } from './config';
import { CrsSignals } from './crs';
import type { CrsCourse } from './crsCourses';
import { gradingResult, evaluate, type GradingResult } from './engine';
import { clinicalEventSchema, timelineSchema, type ClinicalEvent, type TimelineInput, type VitalKind, type VitalReading } from './events';
import { walkInstants, type InstantRecord } from './instants';
import { baselineSbp, confirmed, unconfirmedReading, type UnconfirmedReading } from './readings';
import { confirmReadings } from './confirmation';
import { TimelineIndex, type AttributionPeriod, type Ordered, type PreparedIndex, type Reading } from './timeline';

type RawEvent = TimelineInput['events'][number];

/** An input event with a finite time (checked before sorting). */
type SortedRaw = RawEvent & { readonly time: number };

interface LastRun {
  /** The config, infusion and patient it graded with: any change grades everything again. */
  readonly key: string;
  readonly at: number;
  readonly raw: readonly SortedRaw[];
  /** `raw` parsed, position for position. */
  readonly parsed: readonly ClinicalEvent[];
  readonly baselineSbp: number | undefined;
  readonly ix: TimelineIndex;
  readonly signals: CrsSignals;
  readonly records: readonly InstantRecord[];
}

export class IncrementalGrader {
  private last: LastRun | null = null;
  /** From when the last evaluation graded again (-Infinity: everything). */
  regradedFrom = -Infinity;

  /** evaluate(timeline, atTime, config), reusing the last run's work before the earliest change. */
  evaluate(timeline: TimelineInput, atTime: number, config: GradingConfigInput = {}): GradingResult {
    const cfg = gradingConfig(config);
    const header = timelineSchema.safeParse({ ...timeline, events: [] });
    const raw = Array.isArray(timeline.events) ? sortRaw(timeline.events) : null;
    // Invalid input: the full evaluation throws its own, complete error.
    if (!header.success || !raw) return this.full(timeline, atTime, cfg, []);
    const key = JSON.stringify([cfg, header.data.infusionAt, header.data.lymphodepletionStartAt ?? null, header.data.patient]);
    const last = this.last?.key === key ? this.last : null;
    if (!last) return this.full(timeline, atTime, cfg, raw, key);
    const same = firstDifference(raw, last.raw);
    const from = Math.min(raw[same]?.time ?? Infinity, last.raw[same]?.time ?? Infinity, last.at, atTime);
    // The pre-infusion SBP baseline reads every reading's abnormality: a change up to the infusion grades everything.
    if (from <= header.data.infusionAt) return this.full(timeline, atTime, cfg, raw, key);
    const tail = raw.slice(same).map((e) => clinicalEventSchema.safeParse(e));
    if (tail.some((p) => !p.success)) return this.full(timeline, atTime, cfg, raw, key);
    const parsed = [...last.parsed.slice(0, same), ...tail.map((p) => p.data!)];

    const ix = new TimelineIndex({ ...header.data, events: parsed }, atTime, cfg, extendIndex(last, parsed, from, atTime, cfg));
    const signals = new CrsSignals(ix);
    const changedFrom = Math.min(from, readingsChangedFrom(last.ix, ix), periodsChangedFrom(last.ix.attributions, ix.attributions), coursesChangedFrom(last.signals.courses, signals.courses));
    const replayed = replayable(last.records, ix.times, changedFrom);
    const walk = walkInstants(ix, signals, replayed);
    this.last = { key, at: atTime, raw, parsed, baselineSbp: last.baselineSbp, ix, signals, records: walk.records };
    this.regradedFrom = replayed.length > 0 ? changedFrom : -Infinity;
    return gradingResult(ix, signals, walk);
  }

  private full(timeline: TimelineInput, atTime: number, cfg: GradingConfig, raw: readonly SortedRaw[] | null, key?: string): GradingResult {
    this.last = null;
    this.regradedFrom = -Infinity;
    if (!raw || key === undefined) return evaluate(timeline, atTime, cfg);
    const parsedTimeline = timelineSchema.parse(timeline);
    const ix = new TimelineIndex(parsedTimeline, atTime, cfg);
    const signals = new CrsSignals(ix);
    const walk = walkInstants(ix, signals);
    const byInput = new Map<RawEvent, ClinicalEvent>(timeline.events.map((e, i) => [e, parsedTimeline.events[i]!]));
    const vitals = ix.events.filter((o): o is Ordered<VitalReading> => o.event.kind === 'vital');
    this.last = { key, at: atTime, raw, parsed: raw.map((e) => byInput.get(e)!), baselineSbp: baselineSbp(vitals, ix.infusionAt), ix, signals, records: walk.records };
    return gradingResult(ix, signals, walk);
  }
}

/** The input events by (time, input order: the sort is stable), or null when one has no usable time (the full parse says why). */
function sortRaw(events: readonly RawEvent[]): SortedRaw[] | null {
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    const time = (events[i] as { time?: unknown }).time;
    if (typeof time !== 'number' || !Number.isFinite(time)) return null;
    if (i > 0 && time < events[i - 1]!.time) sorted = false;
  }
  const copy = events.slice() as SortedRaw[];
  return sorted ? copy : copy.sort((a, b) => a.time - b.time);
}

function firstDifference(a: readonly SortedRaw[], b: readonly SortedRaw[]): number {
  let i = 0;
  while (i < a.length && i < b.length && (a[i] === b[i] || (a[i]!.time === b[i]!.time && sameValue(a[i], b[i])))) i++;
  return i;
}

/** The index's events and readings: the last run's before `from`, new ones after; confirmations redone where they can change. */
function extendIndex(last: LastRun, parsed: readonly ClinicalEvent[], from: number, at: number, cfg: GradingConfig): PreparedIndex {
  const kept = countBefore(last.ix.events, from, (o) => o.event.time);
  const events: Ordered[] = last.ix.events.slice(0, kept);
  for (let i = countBefore(parsed, from, (e) => e.time); i < parsed.length && parsed[i]!.time <= at; i++) events.push({ event: parsed[i]!, order: events.length });
  const added: Record<VitalKind, UnconfirmedReading[]> = { temp: [], sbp: [], map: [], hr: [], rr: [], spo2: [] };
  for (const o of events.slice(kept)) {
    if (o.event.kind !== 'vital') continue;
    const reading = unconfirmedReading(o as Ordered<VitalReading>, cfg, last.baselineSbp);
    if (reading) added[o.event.param].push(reading);
  }
  const readings = {} as Record<VitalKind, Reading[]>;
  for (const param of Object.keys(added) as VitalKind[]) readings[param] = extendReadings(last.ix.readings[param], added[param], from, cfg);
  return { events, readings };
}

/**
 * A vital's readings with new ones from `from`. Confirmation reads a reading's run of abnormal monitor readings and
 * manual readings within the confirmation time, so it is redone from the last normal monitor reading more than the
 * confirmation time before `from` (it ends every run before it; no new reading lies within reach of those before).
 */
function extendReadings(old: readonly Reading[], added: readonly UnconfirmedReading[], from: number, cfg: GradingConfig): Reading[] {
  const reachMs = cfg.monitorConfirmation.persistenceMs;
  const kept = countBefore(old, from, (r) => r.time);
  let boundary = kept - 1;
  while (boundary >= 0 && !(old[boundary]!.time < from - reachMs && old[boundary]!.event.source === 'monitor' && !old[boundary]!.abnormal)) boundary--;
  const redoFrom = boundary + 1;
  const contextFrom = boundary < 0 ? 0 : countBefore(old, old[boundary]!.time - reachMs, (r) => r.time);
  const list: UnconfirmedReading[] = [...old.slice(contextFrom, kept), ...added];
  const redone = confirmed(list, confirmReadings(list, cfg.monitorConfirmation)).slice(redoFrom - contextFrom);
  return [...old.slice(0, redoFrom), ...redone];
}

/** Instants of the last run before `changedFrom`, when they are this run's first instants (else none). */
function replayable(records: readonly InstantRecord[], times: readonly number[], changedFrom: number): readonly InstantRecord[] {
  const count = countBefore(records, changedFrom, (r) => r.time);
  for (let i = 0; i < count; i++) if (times[i] !== records[i]!.time) return [];
  return (times[count] ?? Infinity) >= changedFrom ? records.slice(0, count) : [];
}

/** The time of the first reading whose value, abnormality or confirmation changed (reused readings are the same objects). */
function readingsChangedFrom(before: TimelineIndex, after: TimelineIndex): number {
  let from = Infinity;
  for (const param of Object.keys(after.readings) as VitalKind[]) {
    const [a, b] = [before.readings[param], after.readings[param]];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] === b[i]) continue;
      if (a[i] && b[i] && sameValue(a[i], b[i])) continue;
      from = Math.min(from, a[i]?.time ?? Infinity, b[i]?.time ?? Infinity);
      break;
    }
  }
  return from;
}

/** Attribution lookups take the first period that covers a time: from the first difference on, the earliest start counts. */
function periodsChangedFrom(before: readonly AttributionPeriod[], after: readonly AttributionPeriod[]): number {
  let i = 0;
  while (i < before.length && i < after.length && sameValue(before[i], after[i])) i++;
  return Math.min(...[...before.slice(i), ...after.slice(i)].map((p) => p.from));
}

/** A course is read at an instant between its onset and its resolution, and its masking treatment from when it was given. */
function coursesChangedFrom(before: readonly CrsCourse[], after: readonly CrsCourse[]): number {
  let from = Infinity;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const [a, b] = [before[i], after[i]];
    if (!a || !b || a.onset.order !== b.onset.order || !sameValue(a.onset, b.onset)) return Math.min(from, a?.onset.time ?? Infinity, b?.onset.time ?? Infinity);
    if (a.resolvedAt !== b.resolvedAt) from = Math.min(from, a.resolvedAt ?? Infinity, b.resolvedAt ?? Infinity);
    if (!sameValue(a.maskedBy, b.maskedBy)) from = Math.min(from, a.maskedBy?.event.time ?? Infinity, b.maskedBy?.event.time ?? Infinity);
  }
  return from;
}

/** How many items lie before t (items in time order). */
function countBefore<T>(list: readonly T[], t: number, timeOf: (x: T) => number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (timeOf(list[mid]!) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Structural equality of plain data (events, readings, periods). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
