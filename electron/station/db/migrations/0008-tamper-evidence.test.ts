import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';
import { verifyAuditChain } from '../../repositories/auditChain';

function dbAtVersion7() {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig8-')), 'station.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, 7);
  db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1)").run();
  db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (1, 1)').run();
  db.prepare("INSERT INTO staff (name, role, pin_hash, pin_salt, created_ms) VALUES ('N', 'nurse', 'h', 's', 1)").run();
  return db;
}

const run = (db: Database.Database, sql: string) => () => db.prepare(sql).run();

describe('migration 0008-tamper-evidence', () => {
  it('chains the audit entries written before it, and keeps the log append-only', () => {
    const db = dbAtVersion7();
    const add = db.prepare('INSERT INTO audit_log (t_ms, staff_id, action, entity, entity_id, after_json) VALUES (?, 1, ?, ?, ?, ?)');
    add.run(10, 'admit', 'episode', 1, '{"mrn":"A"}');
    add.run(11, 'sign_in', 'staff', 1, null);
    add.run(12, 'create', 'entry', 7, '{"b":2,"a":[1,{"d":null,"c":"x"}]}');
    migrate(db, 8);
    expect(db.prepare('SELECT count(*) FROM audit_log WHERE hash IS NOT NULL').pluck().get()).toBe(3);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
    expect(run(db, "UPDATE audit_log SET reason = 'x' WHERE id = 2")).toThrow(/append-only/);
    expect(run(db, 'DELETE FROM audit_log WHERE id = 3')).toThrow(/append-only/);
  });

  it('refuses to change or delete acquired observations, series, HL7 vitals and device events, and still ignores a repeated reading', () => {
    const db = dbAtVersion7();
    db.prepare("INSERT INTO series (param, unit, source, device) VALUES ('hr', '/min', 'serial', 'm')").run();
    db.prepare('INSERT INTO observations (series_id, t_ms, value, status) VALUES (1, 5, 70, 0)').run();
    db.prepare("INSERT INTO devices (name, protocol, port, created_ms) VALUES ('m', 'ge-s5', '/dev/x', 1)").run();
    db.prepare("INSERT INTO device_events (device_id, t_ms, state) VALUES (1, 2, 'receiving')").run();
    db.prepare("INSERT INTO hl7_messages (received_ms, listener, peer, raw, outcome) VALUES (1, 'l', 'p', x'00', 'accepted')").run();
    db.prepare("INSERT INTO hl7_vitals (message_id, param, value, unit, t_ms, status, device, active) VALUES (1, 'hr', 70, '/min', 5, 'F', 'd', 1)").run();
    migrate(db, 8);
    expect(run(db, 'UPDATE observations SET value = 60')).toThrow(/observations are never changed/);
    expect(run(db, 'DELETE FROM observations')).toThrow(/observations are never deleted/);
    expect(run(db, "UPDATE series SET param = 'spo2'")).toThrow(/never changed/);
    expect(run(db, 'DELETE FROM series')).toThrow(/never deleted/);
    expect(run(db, 'UPDATE hl7_vitals SET value = 1')).toThrow(/HL7 vitals are never changed/);
    expect(run(db, 'DELETE FROM device_events')).toThrow(/device connection events are never deleted/);
    expect(db.prepare('INSERT OR IGNORE INTO observations (series_id, t_ms, value, status) VALUES (1, 5, 99, 0)').run().changes).toBe(0);
    expect(db.prepare('SELECT value FROM observations').pluck().get()).toBe(70);
  });

  it('lets a lab result be retracted by its status, never edited, deleted or revived', () => {
    const db = dbAtVersion7();
    migrate(db, 8);
    db.prepare(
      "INSERT INTO lab_results (patient_id, mrn, code, name, value, value_text, unit, canonical_unit, observed_ms, received_ms, sent_code, status, entered_by) VALUES (1, 'A', 'crp', 'CRP', 5, '5', 'mg/dL', 'mg/dL', 10, 11, 'crp', 'final', 1)",
    ).run();
    expect(run(db, 'UPDATE lab_results SET value = 6')).toThrow(/never changed, only retracted/);
    db.prepare("UPDATE lab_results SET status = 'superseded'").run();
    expect(run(db, "UPDATE lab_results SET status = 'final'")).toThrow(/only retracted/);
    expect(run(db, 'DELETE FROM lab_results')).toThrow(/never deleted/);
  });

  it('keeps the HL7 archive content, records the outcome, and lets retention remove only refused messages that stored nothing', () => {
    const db = dbAtVersion7();
    migrate(db, 8);
    const add = db.prepare("INSERT INTO hl7_messages (received_ms, listener, peer, raw, sender, control_id, outcome) VALUES (1, 'l', 'p', x'0b', 'GW', ?, 'pending')");
    add.run('1');
    add.run('2');
    db.prepare("UPDATE hl7_messages SET outcome = 'accepted', reason = NULL, kind = 'vitals', acks = 'AA', vitals_stored = 3, labs_stored = 0, duplicate_of = NULL WHERE id = 1").run();
    db.prepare("UPDATE hl7_messages SET outcome = 'rejected', reason = 'bad', acks = 'AR' WHERE id = 2").run();
    expect(run(db, "UPDATE hl7_messages SET raw = x'00' WHERE id = 1")).toThrow(/never changed/);
    expect(run(db, "UPDATE hl7_messages SET control_id = '9' WHERE id = 2")).toThrow(/never changed/);
    expect(run(db, 'DELETE FROM hl7_messages WHERE id = 1')).toThrow(/never deleted/);
    expect(db.prepare('DELETE FROM hl7_messages WHERE id = 2').run().changes).toBe(1);
  });

  it('lets an open flag be seen again, cleared and acknowledged once, and then keeps it as it was', () => {
    const db = dbAtVersion7();
    migrate(db, 8);
    db.prepare("INSERT INTO flags (episode_id, code, raised_ms, last_seen_ms, rule_set_version, explanation, evidence_json) VALUES (1, 'fever', 1, 1, 'v1', 'e', '[]')").run();
    db.prepare("UPDATE flags SET last_seen_ms = 2, explanation = 'e2', evidence_json = '[1]'").run();
    db.prepare("UPDATE flags SET acknowledged_by = 1, acknowledged_ms = 3, ack_note = 'seen'").run();
    expect(run(db, "UPDATE flags SET ack_note = 'other'")).toThrow(/never changed once cleared or acknowledged/);
    db.prepare('UPDATE flags SET last_seen_ms = 4').run();
    db.prepare('UPDATE flags SET cleared_ms = 5').run();
    expect(run(db, 'UPDATE flags SET cleared_ms = NULL')).toThrow(/never changed/);
    expect(run(db, "UPDATE flags SET code = 'x'")).toThrow(/never changed/);
    expect(run(db, 'DELETE FROM flags')).toThrow(/flags are never deleted/);
  });

  it('keeps suggested grades and confirmations, staff as they were, patients and episodes', () => {
    const db = dbAtVersion7();
    migrate(db, 8);
    db.prepare("INSERT INTO grading_results (episode_id, t_ms, rule_set_version, config_json, crs_current, crs_max, icans_current, icans_max, result_json) VALUES (1, 3, 'v', '{}', 2, 2, '0', '0', '{}')").run();
    db.prepare("INSERT INTO grade_confirmations (episode_id, t_ms, kind, suggested, confirmed, physician_id, grading_result_id) VALUES (1, 4, 'crs', '2', '2', 1, 1)").run();
    expect(run(db, 'UPDATE grading_results SET crs_current = 1')).toThrow(/suggested grades are never changed/);
    expect(run(db, 'DELETE FROM grading_results')).toThrow(/never deleted/);
    expect(run(db, "UPDATE grade_confirmations SET confirmed = '1'")).toThrow(/confirmations are never changed/);
    expect(run(db, "UPDATE staff SET name = 'Someone Else'")).toThrow(/never changed/);
    expect(run(db, "UPDATE staff SET role = 'admin'")).toThrow(/never changed/);
    expect(run(db, 'DELETE FROM staff')).toThrow(/never deleted/);
    db.prepare("UPDATE staff SET pin_hash = 'h2', pin_salt = 's2', active = 0").run();
    expect(run(db, 'DELETE FROM patients')).toThrow(/never deleted/);
    expect(run(db, 'DELETE FROM episodes')).toThrow(/never deleted/);
    db.prepare("UPDATE patients SET name = 'A B'").run();
    db.prepare('UPDATE episodes SET discharged_ms = 9').run();
  });
});
