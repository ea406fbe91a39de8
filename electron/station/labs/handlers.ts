// Lab results of the admitted patient, and manual lab entry: one panel in one transaction, converted to the canonical
// unit, audited; a value that is far from the previous result of the same test is questioned before it is saved.
import type { HandlersFor } from '../api/dispatcher';
import type { LabResult, labMethods } from '../../../shared/api/methods/labs';
import { StationError } from '../api/dispatcher';
import { labTestByCode, normaliseLabUnit, toCanonicalLab } from '../../../shared/labs';
import type { StationDb } from '../db/open';
import type { AuditLog } from '../repositories/audit';
import { admittedPatient, type LabQuery } from '../hl7/results';
import { checkLabEntry, refusals, type EntryProblem } from '../../../shared/clinical/entryCheck';
import { message } from '../../../shared/messages/message';
import { MINUTE_MS } from '../../../shared/time';
import { answerEntryProblems } from '../api/entryProblems';

/** A value more than this factor away from the previous result is questioned (a typing check, not a clinical limit). */
const IMPLAUSIBLE_FACTOR = 5;

export interface LabHandlerDeps {
  readonly db: StationDb;
  readonly audit: AuditLog;
  readonly now: () => number;
  readonly changed: (episodeId: number) => void;
  /** Results of the admitted patient (none when nobody is admitted). */
  readonly labsOfAdmitted: (query: LabQuery) => LabResult[];
}

export function createLabHandlers(deps: LabHandlerDeps): HandlersFor<typeof labMethods> {
  return {
    'labs.list': ({ from, to, codes, includeRetracted }) => deps.labsOfAdmitted({ from, to, includeRetracted, ...(codes ? { codes } : {}) }),
    'labs.record': ({ results, confirmImplausible }, { user }) => {
      const member = user!;
      const patient = admittedPatient(deps.db);
      if (!patient) throw new StationError('not_found', 'No patient is admitted to this station.');
      results.forEach((r, i) => {
        if (r.observedAt > deps.now() + MINUTE_MS) throw new StationError('invalid_input', `results.${i}.observedAt: a result cannot be in the future.`);
      });
      // The limits table decides what is refused or asked (shared/clinical/entryLimits.ts), then the previous result.
      const problems = results.flatMap((r, i) => checkLabEntry(r.code, r.value, r.unit).map((p) => ({ ...p, field: `results.${i}.${p.field}` })));
      answerEntryProblems(refusals(problems), false, (p) => p.field);
      const rows = results.map((r, i) => {
        const test = labTestByCode(r.code)!;
        const unit = normaliseLabUnit(r.unit);
        return { test, unit, canonical: toCanonicalLab(test, r.value, unit)!, entry: r, index: i };
      });
      const previous = deps.db.prepare("SELECT canonical_value FROM lab_results WHERE patient_id = ? AND code = ? AND canonical_value > 0 AND status NOT IN ('superseded', 'deleted', 'wrong') ORDER BY observed_ms DESC LIMIT 1").pluck();
      const farFromPrevious = rows.flatMap(({ test, canonical, index }): EntryProblem[] => {
        const last = previous.get(patient.patientId, test.code) as number | undefined;
        if (last === undefined || problems.some((p) => p.field === `results.${index}.value`)) return [];
        const ratio = canonical === 0 ? Infinity : Math.max(canonical / last, last / canonical);
        return ratio > IMPLAUSIBLE_FACTOR ? [{ field: `results.${index}.value`, kind: 'plausibility', message: message('said.entry.farFromPrevious', { test: test.name, value: canonical, unit: test.unit, previous: last }) }] : [];
      });
      const confirmed = answerEntryProblems([...problems, ...farFromPrevious], confirmImplausible, (p) => p.field);
      const now = deps.now();
      const insert = deps.db.prepare(
        `INSERT INTO lab_results (patient_id, episode_id, mrn, code, loinc, name, value, value_text, unit, canonical_value, canonical_unit, observed_ms, received_ms, sent_code, status, entered_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'entered', ?)`,
      );
      deps.db.transaction(() => {
        for (const { test, unit, canonical, entry, index } of rows) {
          const id = Number(insert.run(patient.patientId, patient.episodeId, patient.mrn, test.code, test.loinc || null, test.name, entry.value, String(entry.value), unit, canonical, test.unit, entry.observedAt, now, test.code, member.id).lastInsertRowid);
          deps.audit.append({ staffId: member.id, action: 'create', entity: 'lab_result', entityId: id, after: { code: test.code, value: entry.value, unit, canonical, observedAt: entry.observedAt, ...(confirmed.has(`results.${index}.value`) ? { implausibleConfirmed: true } : {}) } });
        }
      })();
      deps.changed(patient.episodeId);
      return { stored: rows.length };
    },
  };
}
