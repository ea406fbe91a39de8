// The timeline as the rules query it: events up to the evaluation time in (time, timeline order), readings per vital
// with their confirmation state, attribution periods, and the oxygen and vasopressor state at any time.
import type { GradingConfig } from './config';
import type {
  AttributionEvent,
  AttributionTarget,
  ClinicalEvent,
  ImagingEvent,
  LabResult,
  MedicationEvent,
  NeuroAssessment,
  OxygenState,
  SeizureEvent,
  Timeline,
  VasoactiveDrug,
  VasopressorEvent,
  VitalKind,
} from './events';
import { stopsVasopressor } from './crsRules';
import { baselineSbp, indexReadings, type Ordered, type Reading } from './readings';

export type { Ordered, Reading } from './readings';

export interface AttributionPeriod {
  readonly target: AttributionTarget;
  readonly from: number;
  readonly until: number;
  readonly event: AttributionEvent;
}

interface StateChange<S> {
  readonly time: number;
  readonly state: S;
  readonly event?: Ordered;
}

export type ActivePressors = ReadonlyMap<VasoactiveDrug, Ordered<VasopressorEvent>>;

/** Index of the last element with time ≤ t (or -1): every event at t itself counts as applied. */
export function lastAtOrBefore<T>(list: readonly T[], t: number, timeOf: (x: T) => number = (x) => (x as { time: number }).time): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (timeOf(list[mid]!) <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const eventTime = (o: Ordered) => o.event.time;

export class TimelineIndex {
  readonly events: readonly Ordered[];
  readonly readings: Readonly<Record<VitalKind, readonly Reading[]>>;
  readonly neuro: readonly Ordered<NeuroAssessment>[];
  readonly seizures: readonly Ordered<SeizureEvent>[];
  readonly imaging: readonly Ordered<ImagingEvent>[];
  readonly medications: readonly Ordered<MedicationEvent>[];
  readonly labs: readonly Ordered<LabResult>[];
  readonly attributions: readonly AttributionPeriod[];
  /** Attributions documented by someone other than a physician: kept, shown, never applied. */
  readonly ignoredAttributions: readonly Ordered<AttributionEvent>[];
  /** Every time the state can change, ascending, ending with the evaluation time. */
  readonly times: readonly number[];
  private readonly o2Changes: StateChange<OxygenState>[];
  private readonly pressorChanges: StateChange<ActivePressors>[];

  /** `prepared`: the sorted events and indexed readings, already built (an incremental re-grade reuses its last ones). */
  constructor(
    readonly timeline: Timeline,
    readonly at: number,
    readonly config: GradingConfig,
    prepared?: PreparedIndex,
  ) {
    const sorted = prepared?.events ?? sortedEvents(timeline.events, at);
    this.events = sorted;
    // One pass over the events, each kind in its own list (a filter per kind read 18,000 events eight times).
    const byKind = new Map<ClinicalEvent['kind'], Ordered[]>();
    for (const o of sorted) {
      const list = byKind.get(o.event.kind);
      if (list) list.push(o);
      else byKind.set(o.event.kind, [o]);
    }
    const of = <K extends ClinicalEvent['kind']>(kind: K) => (byKind.get(kind) ?? []) as Ordered<Extract<ClinicalEvent, { kind: K }>>[];
    this.neuro = of('neuro');
    this.seizures = of('seizure');
    this.imaging = of('imaging');
    this.medications = of('medication');
    this.labs = of('lab');

    const attributions = of('attribution');
    this.ignoredAttributions = attributions.filter((a) => a.event.source !== 'physician');
    this.attributions = attributionPeriods(attributions.filter((a) => a.event.source === 'physician').map((a) => a.event), at);

    const vitals = of('vital');
    this.readings = prepared?.readings ?? indexReadings(vitals, config, baselineSbp(vitals, timeline.infusionAt));
    this.o2Changes = [{ time: -Infinity, state: timeline.patient.baselineO2 }];
    for (const o of of('oxygen')) this.o2Changes.push({ time: o.event.time, state: o.event, event: o });
    this.pressorChanges = [{ time: -Infinity, state: new Map() }];
    for (const v of of('vasopressor')) {
      const next = new Map(this.pressorChanges.at(-1)!.state);
      if (stopsVasopressor(v.event)) next.delete(v.event.drug);
      else next.set(v.event.drug, v);
      this.pressorChanges.push({ time: v.event.time, state: next, event: v });
    }
    // The events are in time order: their distinct times in one pass; the few period bounds and `at` merged after.
    const eventTimes: number[] = [];
    for (const o of sorted) if (eventTimes.at(-1) !== o.event.time) eventTimes.push(o.event.time);
    const extra = new Set<number>([at]);
    for (const p of this.attributions) for (const t of [p.from, p.until]) if (t <= at && Number.isFinite(t)) extra.add(t);
    this.times = mergeTimes(eventTimes, [...extra].sort((a, b) => a - b));
  }

  get infusionAt(): number {
    return this.timeline.infusionAt;
  }

  /** The physician attribution covering `target` at time t, if any. */
  attribution(target: AttributionTarget, t: number): AttributionPeriod | undefined {
    return this.attributions.find((p) => p.target === target && p.from <= t && t < p.until);
  }

  /** The latest gradable reading of a vital at or before t within the window; unconfirmed values are passed over. */
  latest(param: VitalKind, t: number, windowMs = this.config.vitalsWindowMs): Reading | undefined {
    const list = this.readings[param];
    for (let i = lastAtOrBefore(list, t); i >= 0 && list[i]!.time >= t - windowMs; i--) {
      if (list[i]!.confirmation.status !== 'pending') return list[i];
    }
    return undefined;
  }

  /** The latest reading of a vital within the window, confirmed or not (for prompts). */
  latestAny(param: VitalKind, t: number, windowMs = this.config.vitalsWindowMs): Reading | undefined {
    const list = this.readings[param];
    const i = lastAtOrBefore(list, t);
    const r = i >= 0 ? list[i] : undefined;
    return r && r.time >= t - windowMs ? r : undefined;
  }

  o2At(t: number): { state: OxygenState; event?: Ordered } {
    const c = this.o2Changes[lastAtOrBefore(this.o2Changes, t)]!;
    return c.event ? { state: c.state, event: c.event } : { state: c.state };
  }

  pressorsAt(t: number): ActivePressors {
    return this.pressorChanges[lastAtOrBefore(this.pressorChanges, t)]!.state;
  }

  /**
   * Neuro records at or before t that document a domain (`documents`), newest first, back to t − windowMs: each ICANS
   * domain is read from its own latest documentation (§6.1, §6.4).
   */
  *neuroBack(t: number, documents: (n: NeuroAssessment) => boolean, windowMs = Infinity): Generator<Ordered<NeuroAssessment>> {
    const list = this.neuro;
    for (let i = lastAtOrBefore(list, t, eventTime); i >= 0 && list[i]!.event.time >= t - windowMs; i--) if (documents(list[i]!.event)) yield list[i]!;
  }

  /** Imaging at or before t, newest first: a finding stands until newer imaging (§6.1). */
  *imagingBack(t: number): Generator<Ordered<ImagingEvent>> {
    for (let i = lastAtOrBefore(this.imaging, t, eventTime); i >= 0; i--) yield this.imaging[i]!;
  }

  seizuresWithin(t: number): Ordered<SeizureEvent>[] {
    return this.seizures.filter((s) => s.event.time <= t && s.event.time >= t - this.config.seizureWindowMs);
  }
}

/** Two ascending lists of times as one, each time once. */
function mergeTimes(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.at(-1) !== next) out.push(next);
  }
  return out;
}

export interface PreparedIndex {
  readonly events: readonly Ordered[];
  readonly readings: Readonly<Record<VitalKind, readonly Reading[]>>;
}

/** Events up to `at` in (time, input order), each with its position (§6.4: ties keep their input order). */
export function sortedEvents(events: readonly ClinicalEvent[], at: number): Ordered[] {
  return events
    .map((event, i) => ({ event, i }))
    .filter(({ event }) => event.time <= at)
    .sort((a, b) => a.event.time - b.event.time || a.i - b.i)
    .map(({ event }, order): Ordered => ({ event, order }));
}

/** Attribution periods from the physician's attribute/withdraw events, in documentation order (§6.1, §6.4). */
export function attributionPeriods(events: readonly AttributionEvent[], at: number): AttributionPeriod[] {
  const periods: AttributionPeriod[] = [];
  const open = new Map<AttributionTarget, { from: number; event: AttributionEvent }>();
  for (const e of events) {
    const when = e.effectiveFrom ?? e.time;
    const current = open.get(e.target);
    if (e.active) {
      if (!current) open.set(e.target, { from: when, event: e });
      else if (when < current.from) open.set(e.target, { from: when, event: current.event });
    } else if (current) {
      if (when > current.from) periods.push({ target: e.target, from: current.from, until: when, event: current.event });
      open.delete(e.target);
    }
  }
  for (const [target, { from, event }] of open) if (from <= at) periods.push({ target, from, until: Infinity, event });
  return periods;
}
