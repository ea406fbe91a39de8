import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATEST_VERSION, migrate, schemaVersion } from './index';
import { openDatabase } from '../open';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'vigil-mig-')), 'station.db');

describe('migration 0001-initial', () => {
  it('builds the schema on an empty file and records version 1', () => {
    const db = new Database(tempFile());
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, 1)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['patients', 'episodes', 'devices', 'device_events', 'series', 'observations']));
    const obsSql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'observations'").pluck().get() as string;
    expect(obsSql).toMatch(/WITHOUT ROWID/);
    db.close();
  });

  it('keeps data through a reopen and does not re-run', () => {
    const file = tempFile();
    const db = openDatabase(file);
    db.prepare("INSERT INTO series (param, unit, source, device) VALUES ('hr', '/min', 'serial', 'm1')").run();
    db.prepare('INSERT INTO observations (series_id, t_ms, value, status) VALUES (1, 1000, 72, 0)').run();
    db.close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(LATEST_VERSION);
    expect(again.prepare('SELECT value FROM observations').pluck().get()).toBe(72);
    expect(again.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.pragma('foreign_keys', { simple: true })).toBe(1);
    again.close();
  });

  it('refuses a database from a newer version instead of damaging it', () => {
    const file = tempFile();
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openDatabase(file)).toThrow(/newer Vigil/);
  });

  it('rejects an observation for a series that does not exist (foreign keys on)', () => {
    const db = openDatabase(tempFile());
    expect(() => db.prepare('INSERT INTO observations (series_id, t_ms, value, status) VALUES (42, 1, 1, 0)').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
