// Which messages belong to the patient admitted here: PID-3 against the open episode's MRN. Never guessed.
import type { ParsedHl7 } from '../../../drivers/hl7/adapter';
import type { AckReason } from '../../../drivers/hl7/ack';
import type { AdmittedPatient } from './results';

export type PatientMatch = { readonly ok: true; readonly patient: AdmittedPatient } | { readonly ok: false; readonly reason: AckReason };

const PID3 = 'PID^1^3';

/**
 * ok when any PID-3 repetition's ID equals the admitted MRN (spaces around an ID are ignored: senders pad them).
 * Otherwise a reason a person can act on: no identifier at all, nobody admitted, or another patient.
 */
export function matchPatient(p: ParsedHl7, admitted: AdmittedPatient | null, what: 'vitals' | 'lab results' | 'results'): PatientMatch {
  const ids = p.patientIds.map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length === 0) {
    const where = p.hasPid ? 'PID-3 is empty' : 'the message has no PID segment';
    return { ok: false, reason: { code: 101, location: PID3, text: `${what} without a patient identifier (${where}): the sender must put the patient's MRN in PID-3` } };
  }
  if (!admitted) return { ok: false, reason: { code: 204, location: PID3, text: `no patient is admitted at this station: ${what} for PID-3 ${ids[0]} not stored` } };
  if (ids.includes(admitted.mrn.trim())) return { ok: true, patient: admitted };
  return { ok: false, reason: { code: 204, location: PID3, text: `PID-3 ${ids.join(', ')} is not the patient admitted at this station: ${what} not stored` } };
}
