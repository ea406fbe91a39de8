import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS, migrate, schemaVersion } from './index';
import { migration0003 } from './0003-hl7';

const tempDb = () => new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig3-')), 'station.db'));

function insertMessage(db: Database.Database, sender: string, controlId: string, outcome: string): void {
  db.prepare("INSERT INTO hl7_messages (received_ms, listener, peer, raw, sender, control_id, outcome) VALUES (1, 'l', 'p', x'00', ?, ?, ?)").run(sender, controlId, outcome);
}

describe('migration 0003-hl7', () => {
  it('is version 3, in order between its neighbours, and builds the HL7 tables', () => {
    expect(migration0003.version).toBe(3);
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const db = tempDb();
    db.pragma('foreign_keys = ON');
    expect(migrate(db, 3)).toBe(3);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['hl7_messages', 'lab_results', 'hl7_vitals']));
    db.close();
  });

  it('runs on the tables of 0001 alone (whether or not 0002 exists)', () => {
    const db = tempDb();
    migrate(db, 1);
    db.transaction(() => migration0003.up(db))();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'lab_results'").pluck().get()).toBe(1);
    db.close();
  });

  it('allows one accepted message per sender and control id, any number of refused ones', () => {
    const db = tempDb();
    migrate(db, 3);
    insertMessage(db, 'GW|WARD', '42', 'rejected');
    insertMessage(db, 'GW|WARD', '42', 'error');
    insertMessage(db, 'GW|WARD', '42', 'accepted');
    insertMessage(db, 'OTHER|WARD', '42', 'accepted');
    expect(() => insertMessage(db, 'GW|WARD', '42', 'accepted')).toThrow(/UNIQUE/);
    expect(() => insertMessage(db, 'GW|WARD', '43', 'maybe')).toThrow(/CHECK/);
    db.close();
  });

  it('links lab results to a patient, an episode and the source message (foreign keys on)', () => {
    const db = tempDb();
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('M1', 'A', 0)").run();
    db.prepare('INSERT INTO episodes (patient_id, admitted_ms) VALUES (1, 0)').run();
    insertMessage(db, 'LIS|LAB', '1', 'accepted');
    const add = db.prepare(
      `INSERT INTO lab_results (patient_id, episode_id, mrn, code, name, value, value_text, unit, canonical_unit, observed_ms, received_ms, message_id, sent_code, status)
       VALUES (1, 1, 'M1', 'crp', 'CRP', 12, '12', 'mg/L', 'mg/L', 5, 6, ?, '1988-5', 'final')`,
    );
    add.run(1);
    expect(() => add.run(99)).toThrow(/FOREIGN KEY/);
    expect(schemaVersion(db)).toBe(3);
    db.close();
  });
});
