import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0005-device-setup', () => {
  it('keeps existing devices, enabled, with their connection history', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig5-')), 'station.db'));
    migrate(db, 4);
    db.prepare("INSERT INTO devices (name, protocol, port, created_ms) VALUES ('bed 4 monitor', 'ge-s5', '/dev/ttyUSB0', 1)").run();
    db.prepare("INSERT INTO device_events (device_id, t_ms, state) VALUES (1, 2, 'receiving')").run();
    migrate(db, 5);
    expect(db.prepare('SELECT name, enabled, removed_ms FROM devices').get()).toEqual({ name: 'bed 4 monitor', enabled: 1, removed_ms: null });
    expect(db.prepare('SELECT count(*) FROM device_events').pluck().get()).toBe(1);
  });
});
