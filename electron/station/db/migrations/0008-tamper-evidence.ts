// 0008: the audit trail becomes a hash chain (entries written before are chained here), and the database refuses
// to change or delete what was acquired or recorded: observations, HL7 vitals and lab results, the HL7 archive's
// message content, device events, suggested grades and confirmations, flags once cleared or acknowledged, and
// who staff members were. Only the columns the station legitimately updates stay writable.
import type { Database } from 'better-sqlite3';
import type { Migration } from './types';
import { chainAllAuditRows } from '../../repositories/auditChain';

const never = (table: string, what: string): string => `
  CREATE TRIGGER ${table}_immutable BEFORE UPDATE ON ${table} BEGIN SELECT RAISE(ABORT, '${what} are never changed'); END;
  CREATE TRIGGER ${table}_kept BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${what} are never deleted'); END;`;

const changed = (columns: readonly string[]): string => columns.map((c) => `NEW.${c} IS NOT OLD.${c}`).join(' OR ');

/** Every column of the table but those the station updates (read from the schema as it stands at this version). */
function columnsExcept(db: Database, table: string, writable: readonly string[]): string[] {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => !writable.includes(c));
  if (columns.length === 0) throw new Error(`migration 0008: table ${table} not found`);
  return columns;
}

export const migration0008: Migration = {
  version: 8,
  name: 'tamper-evidence',
  up(db) {
    db.exec(`
      DROP TRIGGER audit_log_append_only_update;
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
    `);
    chainAllAuditRows(db);
    db.exec(`
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
      ${never('observations', 'observations')}
      ${never('series', 'observation series')}
      ${never('hl7_vitals', 'HL7 vitals')}
      ${never('device_events', 'device connection events')}
      ${never('grading_results', 'suggested grades')}
      CREATE TRIGGER grade_confirmations_immutable BEFORE UPDATE ON grade_confirmations BEGIN SELECT RAISE(ABORT, 'confirmations are never changed'); END;

      -- A result is retracted or superseded by its status (HL7 C/D/W); its content never changes and retraction is final.
      CREATE TRIGGER lab_results_immutable BEFORE UPDATE ON lab_results
        WHEN ${changed(columnsExcept(db, 'lab_results', ['status']))} OR (OLD.status IN ('superseded', 'deleted', 'wrong') AND NEW.status IS NOT OLD.status)
        BEGIN SELECT RAISE(ABORT, 'lab results are never changed, only retracted'); END;
      CREATE TRIGGER lab_results_kept BEFORE DELETE ON lab_results BEGIN SELECT RAISE(ABORT, 'lab results are never deleted'); END;

      -- The archive records what arrived; only the outcome of handling it is written afterwards.
      CREATE TRIGGER hl7_messages_immutable BEFORE UPDATE ON hl7_messages
        WHEN ${changed(columnsExcept(db, 'hl7_messages', ['outcome', 'reason', 'kind', 'acks', 'vitals_stored', 'labs_stored', 'duplicate_of']))}
        BEGIN SELECT RAISE(ABORT, 'archived HL7 messages are never changed'); END;
      -- Retention may remove refused messages that stored nothing; a message whose data were kept stays with them.
      CREATE TRIGGER hl7_messages_kept BEFORE DELETE ON hl7_messages
        WHEN OLD.outcome NOT IN ('rejected', 'error') OR OLD.vitals_stored > 0 OR OLD.labs_stored > 0
        BEGIN SELECT RAISE(ABORT, 'archived HL7 messages are never deleted (only refused ones that stored nothing)'); END;

      -- An open flag is seen again and cleared; an acknowledgement is given once.
      CREATE TRIGGER flags_immutable BEFORE UPDATE ON flags
        WHEN ${changed(['id', 'episode_id', 'code', 'raised_ms', 'rule_set_version'])}
          OR (OLD.cleared_ms IS NOT NULL AND (${changed(['cleared_ms', 'last_seen_ms', 'explanation', 'evidence_json'])}))
          OR (OLD.acknowledged_ms IS NOT NULL AND (${changed(['acknowledged_by', 'acknowledged_ms', 'ack_note'])}))
        BEGIN SELECT RAISE(ABORT, 'flags are never changed once cleared or acknowledged'); END;
      CREATE TRIGGER flags_kept BEFORE DELETE ON flags BEGIN SELECT RAISE(ABORT, 'flags are never deleted'); END;

      -- Who signed an entry stays who it was: a name or role is never rewritten (a PIN may change, an account be closed).
      CREATE TRIGGER staff_immutable BEFORE UPDATE ON staff
        WHEN ${changed(['id', 'name', 'role', 'created_ms'])}
        BEGIN SELECT RAISE(ABORT, 'staff names and roles are never changed'); END;
      CREATE TRIGGER staff_kept BEFORE DELETE ON staff BEGIN SELECT RAISE(ABORT, 'staff accounts are never deleted'); END;

      CREATE TRIGGER patients_kept BEFORE DELETE ON patients BEGIN SELECT RAISE(ABORT, 'patients are never deleted'); END;
      CREATE TRIGGER episodes_kept BEFORE DELETE ON episodes BEGIN SELECT RAISE(ABORT, 'episodes are never deleted'); END;
    `);
  },
};
