import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0006-grading', () => {
  it('adds the grading tables beside an existing episode, and keeps confirmations', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig6-')), 'station.db'));
    migrate(db, 5);
    db.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1)").run();
    db.prepare('INSERT INTO episodes (patient_id, admitted_ms, infusion_ms) VALUES (1, 1, 2)').run();
    db.prepare("INSERT INTO staff (name, role, pin_hash, pin_salt, created_ms) VALUES ('Dr', 'physician', 'h', 's', 1)").run();
    migrate(db, 6);
    db.prepare("INSERT INTO grading_results (episode_id, t_ms, rule_set_version, config_json, crs_current, crs_max, icans_current, icans_max, result_json) VALUES (1, 3, 'v', '{}', 2, 2, '0', '0', '{}')").run();
    db.prepare("INSERT INTO grade_confirmations (episode_id, t_ms, kind, suggested, confirmed, physician_id, grading_result_id) VALUES (1, 4, 'crs', '2', '2', 1, 1)").run();
    expect(() => db.prepare('DELETE FROM grade_confirmations').run()).toThrow(/never deleted/);
    expect(db.prepare('SELECT infusion_ms FROM episodes').pluck().get()).toBe(2);
  });
});
