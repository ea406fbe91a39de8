// The stretches of time a physician may confirm a grade for besides "now": each ended CRS course (§1.2 [Design],
// shared/clinical/crsCourses.ts: resolved 24 h after its last sign) and each ended run of a suggested ICANS grade above 0, with the station's maximum
// suggestion over it. A confirmation stores the span it covers; one without a span covers the instant it was made.
import type { ConfirmableSpan, ConfirmationView, GradePoint } from '../api/methods/clinical';

export type { ConfirmableSpan };
import type { CrsCourseSummary } from './engine';

/** Ended courses from onset to just after their last sign: the quiet time that ends a course (§1.2) is not CRS. */
export function crsConfirmableSpans(courses: readonly CrsCourseSummary[], quietMs: number): ConfirmableSpan[] {
  return courses.flatMap((c) => (c.resolvedAt === null ? [] : [{ from: c.onset, to: c.resolvedAt - quietMs + 1, maxGrade: c.maxGrade }]));
}

/** Runs of suggested ICANS grade ≥ 1 in the stored grade changes, each ended by the change back below 1. */
export function icansConfirmableSpans(points: readonly GradePoint[]): ConfirmableSpan[] {
  const spans: ConfirmableSpan[] = [];
  let run: { from: number; max: number } | null = null;
  for (const p of points) {
    const graded = typeof p.icans === 'number' && p.icans >= 1;
    if (graded && run === null) run = { from: p.time, max: p.icans as number };
    else if (graded && run !== null) run.max = Math.max(run.max, p.icans as number);
    else if (!graded && run !== null) {
      spans.push({ from: run.from, to: p.time, maxGrade: run.max });
      run = null;
    }
  }
  return spans;
}

/** The span a confirmation covers: its own, or the instant it was made [at, at + 1). */
export function coveredSpan(c: Pick<ConfirmationView, 'at' | 'covers'>): { readonly from: number; readonly to: number } {
  return c.covers ?? { from: c.at, to: c.at + 1 };
}

/** A confirmation of a span that had ended when it was made speaks for that span only, never for the grade now. */
export function confirmsPastSpan(c: Pick<ConfirmationView, 'at' | 'covers'>): boolean {
  return c.covers !== null && c.covers.to <= c.at;
}
