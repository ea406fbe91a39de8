import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, schemaVersion } from './index';

function dbAtVersion1() {
  const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig2-')), 'station.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, 1);
  return db;
}

describe('migration 0002-episode', () => {
  it('keeps version-1 patients, episodes and observations, and adds the episode record tables', () => {
    const db = dbAtVersion1();
    db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('MRN1', 'Ada Lovelace', 1)").run();
    db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (1, 2)').run();
    db.prepare("INSERT INTO series (param, unit, source, device) VALUES ('hr', '/min', 'serial', 'm')").run();
    db.prepare('INSERT INTO observations (series_id, t_ms, value, status) VALUES (1, 5, 70, 0)').run();
    expect(migrate(db, 2)).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT admission_json FROM episodes WHERE id = 1').pluck().get()).toBe('{}');
    expect(db.prepare('SELECT value FROM observations').pluck().get()).toBe(70);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['staff', 'products', 'episode_entries', 'audit_log']));
  });

  it('allows only one open episode', () => {
    const db = dbAtVersion1();
    migrate(db, 2);
    db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1), ('B', 'B', 1)").run();
    db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (1, 1)').run();
    expect(() => db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (2, 2)').run()).toThrow(/UNIQUE/);
    db.prepare('UPDATE episodes SET discharged_ms = 3 WHERE id = 1').run();
    expect(() => db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (2, 4)').run()).not.toThrow();
  });

  it('never lets an entry be edited or deleted, only superseded once, and keeps the audit log append-only', () => {
    const db = dbAtVersion1();
    migrate(db, 2);
    db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1)").run();
    db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (1, 1)').run();
    db.prepare("INSERT INTO staff (name, role, pin_hash, pin_salt, created_ms) VALUES ('N', 'nurse', 'h', 's', 1)").run();
    const add = db.prepare("INSERT INTO episode_entries (episode_id, kind, data_json, effective_ms, recorded_by, recorded_ms) VALUES (1, 'x', ?, 1, 1, 1)");
    add.run('{"a":1}');
    add.run('{"a":2}');
    expect(() => db.prepare('UPDATE episode_entries SET data_json = \'{"a":9}\' WHERE id = 1').run()).toThrow(/superseding/);
    expect(() => db.prepare('DELETE FROM episode_entries WHERE id = 1').run()).toThrow(/never deleted/);
    db.prepare('UPDATE episode_entries SET superseded_by = 2 WHERE id = 1').run();
    expect(() => db.prepare('UPDATE episode_entries SET superseded_by = NULL WHERE id = 1').run()).toThrow(/superseding/);
    db.prepare("INSERT INTO audit_log (t_ms, action, entity) VALUES (1, 'create', 'x')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });
});
