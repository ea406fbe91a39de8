// CRS courses (§1.2 [Design], §6.1): onset is the first qualifying fever after the infusion; the course ends once
// 24 h pass with no fever, no hypotensive reading, no vasopressor and no oxygen above baseline; a later fever starts
// a new course (biphasic CRS). Signs a physician attributed to another cause do not keep a course going.
// ("Episode" is the CAR-T stay; a CRS course is one stretch of CRS within it.)
import type { MedicationEvent } from './events';
import { masksFever } from './crsRules';
import type { Ordered, Reading } from './timeline';

export interface CrsCourse {
  /** The fever that started it. */
  readonly onset: Reading;
  /** The last moment a sign was present (up to the evaluation time). */
  readonly lastActivity: number;
  /** lastActivity + the quiet time, once that has passed by the evaluation time; null while the course goes on. */
  readonly resolvedAt: number | null;
  /** The first antipyretic/anticytokine treatment after onset in this course (§1.1 rule 2), if any. */
  readonly maskedBy?: Ordered<MedicationEvent>;
}

/** Only what the course computation reads, so it never sees a half-built CrsSignals. */
export interface CrsCourseInput {
  /** Every time the timeline can change, in order, up to the evaluation time. */
  readonly times: readonly number[];
  readonly evaluatedAt: number;
  /** How long without signs ends a course. */
  readonly quietMs: number;
  /** Qualifying fevers, in time order. */
  readonly fevers: readonly Reading[];
  readonly medications: readonly Ordered<MedicationEvent>[];
  /** A qualifying fever or an unattributed, confirmed hypotensive reading was taken at exactly t. */
  pointSignAt(t: number): boolean;
  /** A sign that lasts (a vasopressor, oxygen above baseline) is active at t and not attributed elsewhere. */
  lastingSignAt(t: number): boolean;
}

// §1.2 [Design], §6.1: courses from the qualifying fevers and the signs that keep a course going.
export function computeCrsCourses(input: CrsCourseInput): CrsCourse[] {
  const { times, quietMs } = input;
  const drafts: { onset: Reading; lastActivity: number; resolvedAt: number | null }[] = [];
  let current: (typeof drafts)[number] | undefined;
  // The first qualifying fever at each time (a lookup per instant; a search per instant was quadratic).
  const feverAt = new Map<number, Reading>();
  for (const r of input.fevers) if (!feverAt.has(r.time)) feverAt.set(r.time, r);
  times.forEach((t, i) => {
    if (current && t >= current.lastActivity + quietMs) {
      current.resolvedAt = current.lastActivity + quietMs;
      current = undefined;
    }
    if (!current) {
      const onset = feverAt.get(t);
      if (!onset) return;
      current = { onset, lastActivity: t, resolvedAt: null };
      drafts.push(current);
    }
    if (input.pointSignAt(t)) current.lastActivity = Math.max(current.lastActivity, t);
    // A lasting sign holds until the state can next change (the next event time), or up to the evaluation time.
    if (input.lastingSignAt(t)) current.lastActivity = times[i + 1] ?? t;
  });
  if (current && input.evaluatedAt >= current.lastActivity + quietMs) current.resolvedAt = current.lastActivity + quietMs;

  return drafts.map((d) => {
    const maskedBy = input.medications.find(
      (m) => masksFever(m.event) && m.order > d.onset.order && (d.resolvedAt === null || m.event.time < d.resolvedAt),
    );
    return { ...d, ...(maskedBy ? { maskedBy } : {}) };
  });
}

/** The course going on at t, if any. */
export function crsCourseAt(courses: readonly CrsCourse[], t: number): CrsCourse | undefined {
  return courses.find((c) => c.onset.time <= t && (c.resolvedAt === null || t < c.resolvedAt));
}

/** The most recent course that has started by t. */
export function latestCrsCourse(courses: readonly CrsCourse[], t: number): CrsCourse | undefined {
  return courses.filter((c) => c.onset.time <= t).at(-1);
}
