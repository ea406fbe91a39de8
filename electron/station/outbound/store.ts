// The outbox in SQLite: destinations, their cursors and queued messages. A message is queued in the same transaction
// that advances its destination's cursor, so a crash either keeps both or neither: nothing reported twice or skipped.
import type { StationDb } from '../db/open';
import { destinationSettingsSchema, type DestinationSettings, type OutboundState, type ParkedMessage } from '../../../shared/api/methods/outbound';

export interface DestinationRow {
  readonly id: number;
  readonly name: string;
  readonly settings: DestinationSettings;
  readonly createdAt: number;
}

export interface Cursor {
  /** Everything before this time has been reported (or skipped: no patient, no values). */
  readonly periodEnd: number;
  readonly gradingId: number;
  readonly confirmationId: number;
  readonly entryId: number;
  readonly labId: number;
}

export interface QueuedMessage {
  readonly id: number;
  readonly controlId: string;
  readonly payload: string;
  readonly attempts: number;
}

export interface BacklogCounts {
  readonly queued: number;
  readonly oldestQueuedAt: number | null;
  readonly parked: number;
  readonly sent: number;
  readonly expired: number;
}

interface MessageRow {
  id: number;
  control_id: string;
  state: OutboundState;
  created_ms: number;
  period_start_ms: number | null;
  period_end_ms: number | null;
  attempts: number;
  last_attempt_ms: number | null;
  ack_code: string | null;
  ack_text: string | null;
}

export const destinationName = (s: Pick<DestinationSettings, 'host' | 'port'>): string => `${s.host}:${s.port}`;

/** MSH-10: queue time and row id in base 36 (at most 20 characters), unique across a reinstalled station too. */
export const controlIdFor = (createdAt: number, id: number): string => `VGL${createdAt.toString(36)}${id.toString(36).padStart(4, '0')}`.toUpperCase();

export class OutboxStore {
  constructor(private readonly db: StationDb) {}

  destinations(): DestinationRow[] {
    return (this.db.prepare('SELECT id, name, settings_json, created_ms FROM outbound_destinations ORDER BY id').all() as { id: number; name: string; settings_json: string; created_ms: number }[]).map(
      (r) => ({ id: r.id, name: r.name, settings: destinationSettingsSchema.parse(JSON.parse(r.settings_json)), createdAt: r.created_ms }),
    );
  }

  destination(id: number): DestinationRow | undefined {
    return this.destinations().find((d) => d.id === id);
  }

  /** Adds or updates a destination by id (or by host:port); a new one starts reporting at `startAt`. */
  saveDestination(settings: DestinationSettings, now: number, startAt: number, id?: number): { before: DestinationRow | undefined; after: DestinationRow } {
    return this.db.transaction(() => {
      const name = destinationName(settings);
      const before = id !== undefined ? this.destination(id) : this.destinations().find((d) => d.name === name);
      if (before) {
        this.db.prepare('UPDATE outbound_destinations SET name = ?, settings_json = ?, enabled = ? WHERE id = ?').run(name, JSON.stringify(settings), settings.enabled ? 1 : 0, before.id);
        return { before, after: this.destination(before.id)! };
      }
      const newId = Number(this.db.prepare('INSERT INTO outbound_destinations (name, settings_json, enabled, created_ms) VALUES (?, ?, ?, ?)').run(name, JSON.stringify(settings), settings.enabled ? 1 : 0, now).lastInsertRowid);
      this.db.prepare('INSERT INTO outbound_cursors (destination_id, period_end_ms) VALUES (?, ?)').run(newId, startAt);
      return { before: undefined, after: this.destination(newId)! };
    })();
  }

  cursor(destinationId: number): Cursor {
    const r = this.db.prepare('SELECT period_end_ms, grading_id, confirmation_id, entry_id, lab_id FROM outbound_cursors WHERE destination_id = ?').get(destinationId) as
      | { period_end_ms: number; grading_id: number; confirmation_id: number; entry_id: number; lab_id: number }
      | undefined;
    if (!r) throw new Error(`outbound destination ${destinationId} has no cursor`);
    return { periodEnd: r.period_end_ms, gradingId: r.grading_id, confirmationId: r.confirmation_id, entryId: r.entry_id, labId: r.lab_id };
  }

  /** Advances the cursor and, when there is one, queues the message built for it: one transaction. */
  advance(destinationId: number, cursor: Cursor, message: { payloadFor: (controlId: string) => string; periodStart: number; periodEnd: number; now: number } | null): number | null {
    return this.db.transaction(() => {
      this.db
        .prepare('UPDATE outbound_cursors SET period_end_ms = ?, grading_id = ?, confirmation_id = ?, entry_id = ?, lab_id = ? WHERE destination_id = ?')
        .run(cursor.periodEnd, cursor.gradingId, cursor.confirmationId, cursor.entryId, cursor.labId, destinationId);
      if (!message) return null;
      const id = (this.db.prepare('SELECT coalesce(max(id), 0) + 1 FROM outbound_messages').pluck().get() as number);
      const controlId = controlIdFor(message.now, id);
      this.db
        .prepare("INSERT INTO outbound_messages (id, destination_id, control_id, created_ms, period_start_ms, period_end_ms, payload, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued')")
        .run(id, destinationId, controlId, message.now, message.periodStart, message.periodEnd, message.payloadFor(controlId));
      return id;
    }).immediate();
  }

  /** The oldest message still to deliver: delivery is in queue order. */
  nextQueued(destinationId: number): QueuedMessage | null {
    const r = this.db.prepare("SELECT id, control_id, payload, attempts FROM outbound_messages WHERE destination_id = ? AND state = 'queued' ORDER BY id LIMIT 1").get(destinationId) as
      | { id: number; control_id: string; payload: string; attempts: number }
      | undefined;
    return r ? { id: r.id, controlId: r.control_id, payload: r.payload, attempts: r.attempts } : null;
  }

  /** One delivery attempt's outcome; `state` stays 'queued' for a retry. */
  recordAttempt(id: number, at: number, outcome: { state: OutboundState; ackCode: string | null; ackText: string | null }): void {
    this.db
      .prepare('UPDATE outbound_messages SET state = ?, attempts = attempts + 1, last_attempt_ms = ?, ack_code = ?, ack_text = ?, acked_ms = CASE WHEN ? = \'sent\' THEN ? ELSE acked_ms END WHERE id = ?')
      .run(outcome.state, at, outcome.ackCode, outcome.ackText, outcome.state, at, id);
  }

  /** A parked message back in the queue, text and MSH-10 unchanged. */
  requeue(id: number): void {
    this.db.prepare("UPDATE outbound_messages SET state = 'queued' WHERE id = ? AND state = 'parked'").run(id);
  }

  message(id: number): (ParkedMessage & { destinationId: number }) | undefined {
    const r = this.db.prepare('SELECT *, destination_id FROM outbound_messages WHERE id = ?').get(id) as (MessageRow & { destination_id: number }) | undefined;
    return r ? { ...toParked(r), destinationId: r.destination_id } : undefined;
  }

  parked(destinationId: number): ParkedMessage[] {
    return (this.db.prepare("SELECT * FROM outbound_messages WHERE destination_id = ? AND state = 'parked' ORDER BY id").all(destinationId) as MessageRow[]).map(toParked);
  }

  counts(destinationId: number): BacklogCounts {
    const byState = new Map(
      (this.db.prepare('SELECT state, count(*) AS n, min(created_ms) AS oldest FROM outbound_messages WHERE destination_id = ? GROUP BY state').all(destinationId) as { state: OutboundState; n: number; oldest: number }[]).map((r) => [r.state, r]),
    );
    return {
      queued: byState.get('queued')?.n ?? 0,
      oldestQueuedAt: byState.get('queued')?.oldest ?? null,
      parked: byState.get('parked')?.n ?? 0,
      sent: byState.get('sent')?.n ?? 0,
      expired: byState.get('expired')?.n ?? 0,
    };
  }

  /** Expires (keeps, never sends) the oldest queued messages beyond the cap; returns how many. */
  expireBeyond(destinationId: number, maxMessages: number, olderThan: number): number {
    return this.db.transaction(() => {
      const byAge = this.db.prepare("UPDATE outbound_messages SET state = 'expired' WHERE destination_id = ? AND state = 'queued' AND created_ms < ?").run(destinationId, olderThan).changes;
      const bySize = this.db
        .prepare(
          `UPDATE outbound_messages SET state = 'expired' WHERE id IN (
             SELECT id FROM outbound_messages WHERE destination_id = ? AND state = 'queued' ORDER BY id DESC LIMIT -1 OFFSET ?)`,
        )
        .run(destinationId, maxMessages).changes;
      return byAge + bySize;
    })();
  }
}

function toParked(r: MessageRow): ParkedMessage {
  return {
    id: r.id,
    controlId: r.control_id,
    state: r.state,
    createdAt: r.created_ms,
    periodStart: r.period_start_ms,
    periodEnd: r.period_end_ms,
    attempts: r.attempts,
    lastAttemptAt: r.last_attempt_ms,
    ackCode: r.ack_code,
    reason: r.ack_text,
  };
}
