// The confirmations printed beside grades. Which confirmation applies is the latest one of that kind (as
// clinical.status answers it); whether it still covers the suggestion is decided by the window's own rule
// (renderer/src/features/clinical/grades.ts confirmationState), so the paper and the screen cannot disagree.
import type { ConfirmationView, GradeKind, GradePoint } from '../api/methods/clinical';
import type { GradeTimelineRow } from './types';

/** The latest confirmation of `kind` made before `until`, or null. */
export function latestConfirmation(confirmations: readonly ConfirmationView[], kind: GradeKind, until: number): ConfirmationView | null {
  return confirmations.filter((c) => c.kind === kind && c.at < until).at(-1) ?? null;
}

/** One row per stored change of the suggested grades, with the latest confirmation of each kind before the next change. */
export function gradeTimelineRows(points: readonly GradePoint[], confirmations: readonly ConfirmationView[], until: number): GradeTimelineRow[] {
  return points.map((p, i) => {
    const end = points[i + 1]?.time ?? until;
    return {
      time: p.time,
      crs: p.crs,
      icans: p.icans,
      crsConfirmation: latestConfirmation(confirmations, 'crs', end),
      icansConfirmation: latestConfirmation(confirmations, 'icans', end),
    };
  });
}
