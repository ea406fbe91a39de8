// A correction, a patient switch or a discharge needs a reason: kept in the audit trail, at least 5 characters.
import type { Converted, ErrorMessage, FieldErrors } from './result';

export const MIN_REASON_LENGTH = 5;

export function reasonError(text: string): ErrorMessage | null {
  const reason = text.trim();
  if (reason === '') return { code: 'required' };
  if (reason.length < MIN_REASON_LENGTH) return { code: 'tooShort', params: { min: MIN_REASON_LENGTH } };
  return null;
}

/** Adds the reason (when one is needed: `reason` not null) to a conversion; its error is keyed 'reason'. */
export function withReason<T>(converted: Converted<T>, reason: string | null): Converted<{ value: T; reason: string | null }> {
  const error = reason === null ? null : reasonError(reason);
  if (!converted.ok || error !== null) {
    const errors: FieldErrors = { ...(converted.ok ? {} : converted.errors), ...(error === null ? {} : { reason: error }) };
    return { ok: false, errors };
  }
  return { ok: true, value: { value: converted.value, reason: reason === null ? null : reason.trim() } };
}
