// 0010: the HL7 outbox. Destinations, how far each has been reported (cursors advance in the same transaction that
// queues a message), and the messages themselves, whose text and MSH-10 never change once written.
import type { Migration } from './types';

export const migration0010: Migration = {
  version: 10,
  name: 'outbox',
  up(db) {
    db.exec(`
      CREATE TABLE outbound_destinations (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        settings_json TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        created_ms INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE outbound_cursors (
        destination_id INTEGER PRIMARY KEY REFERENCES outbound_destinations(id),
        period_end_ms INTEGER NOT NULL,
        grading_id INTEGER NOT NULL DEFAULT 0,
        confirmation_id INTEGER NOT NULL DEFAULT 0,
        entry_id INTEGER NOT NULL DEFAULT 0,
        lab_id INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE TABLE outbound_messages (
        id INTEGER PRIMARY KEY,
        destination_id INTEGER NOT NULL REFERENCES outbound_destinations(id),
        control_id TEXT NOT NULL UNIQUE,
        created_ms INTEGER NOT NULL,
        period_start_ms INTEGER,
        period_end_ms INTEGER,
        payload TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('queued', 'sent', 'parked', 'expired')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_attempt_ms INTEGER,
        acked_ms INTEGER,
        ack_code TEXT,
        ack_text TEXT
      ) STRICT;
      CREATE INDEX outbound_messages_queue ON outbound_messages(destination_id, state, id);
      CREATE TRIGGER outbound_messages_fixed BEFORE UPDATE ON outbound_messages
        WHEN NEW.payload IS NOT OLD.payload OR NEW.control_id IS NOT OLD.control_id OR NEW.destination_id IS NOT OLD.destination_id
        BEGIN SELECT RAISE(ABORT, 'an outbound message is resent as written, never rewritten'); END;
      CREATE TRIGGER outbound_messages_kept BEFORE DELETE ON outbound_messages
        BEGIN SELECT RAISE(ABORT, 'outbound messages are never deleted; an expired one keeps its row'); END;
    `);
  },
};
