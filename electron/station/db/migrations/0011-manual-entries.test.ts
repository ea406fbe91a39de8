import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0011-manual-entries', () => {
  it('keeps readings stored before it, and lets a manual reading change only to its current entry’s value', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig11-')), 'station.db'));
    migrate(db, 10);
    db.exec(`
      INSERT INTO staff (id, name, role, pin_hash, pin_salt, created_ms) VALUES (1, 'Nurse Kim', 'nurse', 'h', 's', 0), (2, 'Nurse Lee', 'nurse', 'h', 's', 0);
      INSERT INTO series (id, param, unit, source, device) VALUES (1, 'temp', 'Cel', 'manual', 'manual:Nurse Kim'), (2, 'hr', '/min', 'serial', 'ge');
      INSERT INTO observations (series_id, t_ms, value, status) VALUES (1, 60000, 39.5, 0), (2, 60000, 80, 0);
    `);
    expect(() => db.prepare('UPDATE observations SET value = 37 WHERE series_id = 1').run()).toThrow(/never changed/);
    migrate(db, 11);
    expect(db.prepare('SELECT value FROM observations WHERE series_id = 1').pluck().get()).toBe(39.5);
    // Without an entry holding the new value, nothing changes; a monitor reading never does.
    expect(() => db.prepare('UPDATE observations SET value = 37 WHERE series_id = 1').run()).toThrow(/never changed/);
    const entry = db.prepare('INSERT INTO manual_entries (series_id, t_ms, value, entered_value, entered_unit, staff_id, entered_ms) VALUES (?, ?, ?, ?, ?, ?, ?)');
    entry.run(1, 60000, 39.5, 39.5, 'Cel', null, null);
    // One current entry per reading: the earlier one is superseded first (once, with when and by whom).
    expect(() => entry.run(1, 60000, 37, 37, 'Cel', 2, 90000)).toThrow(/UNIQUE/);
    db.prepare('UPDATE manual_entries SET superseded_ms = 90000, superseded_by = 2 WHERE id = 1').run();
    expect(() => db.prepare('UPDATE manual_entries SET superseded_ms = 95000 WHERE id = 1').run()).toThrow(/only superseded once/);
    entry.run(1, 60000, 37, 37, 'Cel', 2, 90000);
    expect(() => db.prepare('UPDATE observations SET value = 36 WHERE series_id = 1').run()).toThrow(/never changed/);
    db.prepare('UPDATE observations SET value = 37 WHERE series_id = 1').run();
    expect(db.prepare('SELECT value FROM observations WHERE series_id = 1').pluck().get()).toBe(37);
    expect(() => db.prepare('UPDATE observations SET t_ms = 1 WHERE series_id = 1').run()).toThrow(/never changed/);
    expect(() => db.prepare('UPDATE observations SET value = 81 WHERE series_id = 2').run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM manual_entries').run()).toThrow(/never deleted/);
    expect(() => db.prepare('DELETE FROM observations').run()).toThrow(/never deleted/);
  });
});
