// Grades as a nurse reads them, and how a physician's confirmation stands against the current suggestion.
import type { ApiInput } from '../../../../shared/api/contract';
import { DEATH_GRADE, type ConfirmationView, type Grade, type GradeKind } from '../../../../shared/api/methods/clinical';
import { confirmsPastSpan } from '../../../../shared/clinical/confirmableSpans';
import { dayNumber } from '../../../../shared/episode/day';
import { dayLabel } from '../../ui/format/day';
import { MIN_REASON_LENGTH, reasonError } from '../../ui/form/reason';
import { Errors, type Converted } from '../../ui/form/result';
import { i18n } from '../../i18n';

/** The grades a physician may choose: 0–4, 5 (death, never suggested), and for ICANS also "not assessable". */
export function gradeChoices(kind: GradeKind): Grade[] {
  const numbers = Array.from({ length: DEATH_GRADE + 1 }, (_, n) => n);
  return kind === 'icans' ? [...numbers, 'not_assessable'] : numbers;
}

/** "Grade 2", "Not assessable". */
export function gradeLabel(grade: Grade): string {
  return grade === 'not_assessable' ? i18n.t('clinical.grade.notAssessable') : i18n.t('clinical.grade.n', { n: grade });
}

/** The grade as a form value and back ('0'…'5', 'not_assessable'). */
export function gradeValue(grade: Grade): string {
  return String(grade);
}
export function parseGrade(value: string): Grade | null {
  if (value === 'not_assessable') return value;
  return /^\d$/.test(value) && Number(value) <= DEATH_GRADE ? Number(value) : null;
}

/**
 * none: no physician has confirmed this kind; agrees: the latest confirmation matches the suggestion now;
 * changed: the physician chose another grade than suggested (a reason was given);
 * outdated: the suggestion has moved since the physician confirmed;
 * past: the confirmation is of an ended course or span, so it says nothing of the grade now.
 */
export type ConfirmationState = 'none' | 'agrees' | 'changed' | 'outdated' | 'past';

export function confirmationState(current: Grade | null, confirmation: ConfirmationView | null): ConfirmationState {
  if (confirmation === null) return 'none';
  if (confirmsPastSpan(confirmation)) return 'past';
  if (current !== null && confirmation.suggested !== current) return 'outdated';
  return confirmation.confirmed === confirmation.suggested ? 'agrees' : 'changed';
}

/** Changing the suggested grade needs a reason (the station enforces the same rule). */
export function needsReason(suggested: Grade, chosen: Grade): boolean {
  return suggested !== chosen;
}

export interface ConfirmValues {
  readonly grade: string;
  readonly reason: string;
}

/** "Day +1 – Day +3" (the Days a span touches; its end is the first moment after it), or one Day. */
export function spanDays(span: { readonly from: number; readonly to: number }, infusionTime: number | null): string {
  const first = dayLabel(dayNumber(span.from, infusionTime));
  const last = dayLabel(dayNumber(span.to - 1, infusionTime));
  return first === last ? first : i18n.t('clinical.confirm.dayRange', { from: first, to: last });
}

/** The physician's confirmation → grades.confirm; a changed grade needs a reason, a kept one may have one. */
export function convertConfirmation(kind: GradeKind, suggested: Grade, v: ConfirmValues, span?: { readonly from: number; readonly to: number }): Converted<ApiInput<'grades.confirm'>> {
  const e = new Errors();
  const grade = parseGrade(v.grade);
  if (grade === null) e.add('grade', { code: 'choose' });
  const reason = v.reason.trim();
  if (grade !== null && needsReason(suggested, grade)) {
    const problem = reasonError(reason);
    if (problem !== null) e.add('reason', problem);
  } else if (reason !== '' && reason.length < MIN_REASON_LENGTH) e.add('reason', { code: 'tooShort', params: { min: MIN_REASON_LENGTH } });
  if (e.any || grade === null) return { ok: false, errors: e.all };
  return { ok: true, value: { kind, grade, ...(reason !== '' ? { reason } : {}), ...(span ? { span: { from: span.from, to: span.to } } : {}) } };
}
