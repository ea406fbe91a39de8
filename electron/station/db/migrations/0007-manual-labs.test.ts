import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0007-manual-labs', () => {
  it('keeps HL7 lab results and allows results entered by a person', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig7-')), 'station.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1)").run();
    db.prepare("INSERT INTO staff (name, role, pin_hash, pin_salt, created_ms) VALUES ('N', 'nurse', 'h', 's', 1)").run();
    const messageId = db.prepare("INSERT INTO hl7_messages (received_ms, listener, peer, raw, outcome) VALUES (1, 'l', '127.0.0.1', x'00', 'accepted')").run().lastInsertRowid;
    const lab = "INSERT INTO lab_results (patient_id, mrn, code, name, value, value_text, unit, canonical_value, canonical_unit, observed_ms, received_ms, message_id, sent_code, status) VALUES (1, 'A', 'crp', 'CRP', 5, '5', 'mg/dL', 5, 'mg/dL', 10, 11, ?, 'crp', 'final')";
    db.prepare(lab).run(messageId);
    expect(() => db.prepare(lab).run(null)).toThrow(/NOT NULL/);
    migrate(db, 7);
    db.prepare(lab).run(null);
    db.prepare('UPDATE lab_results SET entered_by = 1 WHERE message_id IS NULL').run();
    expect(db.prepare('SELECT message_id, entered_by, canonical_value FROM lab_results ORDER BY id').all()).toEqual([
      { message_id: Number(messageId), entered_by: null, canonical_value: 5 },
      { message_id: null, entered_by: 1, canonical_value: 5 },
    ]);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'lab_results_by_%'").pluck().get()).toBe(2);
  });
});
