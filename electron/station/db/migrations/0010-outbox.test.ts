import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0010-outbox', () => {
  it('keeps each outbound message with its MSH-10 and text fixed; only its delivery state changes', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig10-')), 'station.db'));
    migrate(db, 9);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'outbound_messages'").pluck().get()).toBe(0);
    migrate(db, 10);
    db.prepare("INSERT INTO outbound_destinations (name, settings_json, created_ms) VALUES ('127.0.0.1:2575', '{}', 1)").run();
    db.prepare('INSERT INTO outbound_cursors (destination_id, period_end_ms) VALUES (1, 60000)').run();
    const add = db.prepare("INSERT INTO outbound_messages (destination_id, control_id, created_ms, payload, state) VALUES (1, ?, 1, 'MSH|…', 'queued')");
    add.run('VGL1');
    expect(() => add.run('VGL1')).toThrow(/UNIQUE/);
    db.prepare("UPDATE outbound_messages SET state = 'sent', attempts = 1, acked_ms = 5, ack_code = 'AA' WHERE control_id = 'VGL1'").run();
    expect(() => db.prepare("UPDATE outbound_messages SET control_id = 'VGL2' WHERE id = 1").run()).toThrow(/never rewritten/);
    expect(() => db.prepare("UPDATE outbound_messages SET payload = 'x' WHERE id = 1").run()).toThrow(/never rewritten/);
    expect(() => db.prepare('DELETE FROM outbound_messages').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE outbound_messages SET state = 'lost' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(db.prepare('SELECT state, ack_code FROM outbound_messages').get()).toEqual({ state: 'sent', ack_code: 'AA' });
  });
});
