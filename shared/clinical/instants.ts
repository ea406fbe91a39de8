// The walk over every instant up to the evaluation time: the maxima, each CRS course's maximum, and the signs a
// physician's attribution removed. Each instant's part is recorded, so an incremental re-grade replays the instants
// before the earliest change instead of grading them again (incremental.ts).
import type { CrsInstant, CrsSignals } from './crs';
import { crsCourseAt } from './crsCourses';
import type { CrsGrade } from './crsRules';
import { item } from './evidence';
import type { AttributedSign } from './explain';
import type { Exclusion } from './flagRules';
import { icansAt, worseIcans, type IcansInstant, type IcansResultGrade } from './icans';
import type { AttributionPeriod, Reading, TimelineIndex } from './timeline';

/** What one instant added to the walk. */
export interface InstantRecord {
  readonly time: number;
  readonly crs: CrsGrade;
  readonly icans: IcansResultGrade;
  /** Position of the CRS course going on at this instant in `signals.courses`, or -1. */
  readonly course: number;
  /** Signs first removed by an attribution at this instant (period: its position in `ix.attributions`). */
  readonly exclusions: readonly (Omit<Exclusion, 'period'> & { readonly period: number })[];
}

export interface Walk {
  readonly crsNow: CrsInstant;
  readonly icansNow: IcansInstant;
  /** The first instant (from the infusion on, or the evaluation time) with the highest grade. */
  readonly maxCrs: CrsInstant;
  readonly maxIcans: IcansInstant;
  readonly maxIcansGrade: IcansResultGrade;
  /** Each course's highest grade, by position in `signals.courses`. */
  readonly courseMax: readonly CrsGrade[];
  readonly exclusions: readonly Exclusion[];
  readonly records: readonly InstantRecord[];
}

/**
 * Grades every instant of `ix.times`; the first `replayed.length` instants are taken from an earlier walk instead
 * (the caller has checked they are the same instants and that nothing they read has changed).
 */
export function walkInstants(ix: TimelineIndex, signals: CrsSignals, replayed: readonly InstantRecord[] = []): Walk {
  const atTime = ix.at;
  const records: InstantRecord[] = [];
  let maxCrs: { grade: CrsGrade; time: number } | undefined;
  let maxIcans: { grade: IcansResultGrade; time: number } | undefined;
  const courseMax: CrsGrade[] = signals.courses.map(() => 0);
  const exclusions = new Map<AttributionPeriod, Exclusion>();
  const add = (record: InstantRecord) => {
    const t = record.time;
    // No immune-effector toxicity before the infusion: the maximum is taken from the infusion on.
    if (t >= ix.infusionAt || t === atTime) {
      if (!maxCrs || record.crs > maxCrs.grade) maxCrs = { grade: record.crs, time: t };
      const worse = worseIcans(maxIcans?.grade ?? 'not_assessable', record.icans);
      if (!maxIcans || worse !== maxIcans.grade) maxIcans = { grade: worse, time: t };
    }
    if (record.course >= 0 && record.crs > courseMax[record.course]!) courseMax[record.course] = record.crs;
    for (const e of record.exclusions) {
      const period = ix.attributions[e.period]!;
      if (!exclusions.has(period)) exclusions.set(period, { period, sign: e.sign, firstAt: e.firstAt, items: e.items });
    }
    records.push(record);
  };
  // A sign removed by a period not seen before: recorded with the period's position (periods are rebuilt each run).
  const excluded = (period: AttributionPeriod | undefined, sign: AttributedSign, t: number, readings: readonly { event: Parameters<typeof item>[0] }[]) =>
    period && !exclusions.has(period) ? [{ period: ix.attributions.indexOf(period), sign, firstAt: t, items: readings.map((r) => item(r.event, ix.infusionAt)) }] : [];
  for (const r of signals.attributedFevers) {
    const period = ix.attribution('fever', r.time);
    if (period && !exclusions.has(period)) exclusions.set(period, { period, sign: 'fever', firstAt: r.time, items: [item(r.event, ix.infusionAt)] });
  }
  for (const record of replayed) add(record);

  let crsNow: CrsInstant | undefined;
  let icansNow: IcansInstant | undefined;
  for (const t of ix.times.slice(replayed.length)) {
    const c = signals.at(t);
    const n = icansAt(ix, t);
    const course = crsCourseAt(signals.courses, t);
    add({
      time: t,
      crs: c.grade,
      icans: n.grade,
      course: course ? signals.courses.indexOf(course) : -1,
      exclusions: [
        ...excluded(c.hypotension.attributed, 'hypotension', t, attributedHypotension(ix, t)),
        ...excluded(c.hypoxia.attributed, 'hypoxia', t, c.hypoxia.event ? [c.hypoxia.event] : []),
        ...excluded(n.consciousness.attributed, 'depressed_consciousness', t, n.consciousness.documentation ? [n.consciousness.documentation] : []),
      ],
    });
    if (t === atTime) [crsNow, icansNow] = [c, n];
  }
  return {
    crsNow: crsNow!,
    icansNow: icansNow!,
    // The instants behind the maxima, graded again: a replayed one left no instant object behind.
    maxCrs: maxCrs!.time === atTime ? crsNow! : signals.at(maxCrs!.time),
    maxIcans: maxIcans!.time === atTime ? icansNow! : icansAt(ix, maxIcans!.time),
    maxIcansGrade: maxIcans!.grade,
    courseMax,
    exclusions: [...exclusions.values()],
    records,
  };
}

/** The hypotensive readings an attribution removed at t (for the flag's evidence). */
function attributedHypotension(ix: TimelineIndex, t: number): Reading[] {
  return [ix.latest('sbp', t), ix.latest('map', t)].filter((r): r is Reading => r !== undefined && r.abnormal && ix.attribution('hypotension', r.time) !== undefined);
}
