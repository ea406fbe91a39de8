// Grades as a nurse reads them, and how a physician's confirmation stands against the current suggestion.
import type { ApiInput } from '../../../../shared/api/contract';
import { DEATH_GRADE, type ConfirmationView, type Grade, type GradeKind } from '../../../../shared/api/methods/clinical';
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
 * outdated: the suggestion has moved since the physician confirmed.
 */
export type ConfirmationState = 'none' | 'agrees' | 'changed' | 'outdated';

export function confirmationState(current: Grade | null, confirmation: ConfirmationView | null): ConfirmationState {
  if (confirmation === null) return 'none';
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

/** The physician's confirmation → grades.confirm; a changed grade needs a reason, a kept one may have one. */
export function convertConfirmation(kind: GradeKind, suggested: Grade, v: ConfirmValues): Converted<ApiInput<'grades.confirm'>> {
  const e = new Errors();
  const grade = parseGrade(v.grade);
  if (grade === null) e.add('grade', { code: 'choose' });
  const reason = v.reason.trim();
  if (grade !== null && needsReason(suggested, grade)) {
    const problem = reasonError(reason);
    if (problem !== null) e.add('reason', problem);
  } else if (reason !== '' && reason.length < MIN_REASON_LENGTH) e.add('reason', { code: 'tooShort', params: { min: MIN_REASON_LENGTH } });
  if (e.any || grade === null) return { ok: false, errors: e.all };
  return { ok: true, value: { kind, grade, ...(reason !== '' ? { reason } : {}) } };
}
