import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0009-sign-in-lockouts', () => {
  it('adds one lock-out row per account name that can be updated and cleared', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig9-')), 'station.db'));
    migrate(db, 8);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sign_in_lockouts'").pluck().get()).toBe(0);
    migrate(db, 9);
    const add = db.prepare('INSERT INTO sign_in_lockouts (name_key, failures, lockouts, locked_until_ms) VALUES (?, 1, 0, 0)');
    add.run('dr lee');
    expect(() => add.run('dr lee')).toThrow(/UNIQUE/);
    db.prepare("UPDATE sign_in_lockouts SET failures = 0, lockouts = 1, locked_until_ms = 500 WHERE name_key = 'dr lee'").run();
    expect(db.prepare('SELECT failures, lockouts, locked_until_ms FROM sign_in_lockouts').get()).toEqual({ failures: 0, lockouts: 1, locked_until_ms: 500 });
    expect(db.prepare("DELETE FROM sign_in_lockouts WHERE name_key = 'dr lee'").run().changes).toBe(1);
  });
});
