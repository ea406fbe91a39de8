// The raw archive of every received HL7 message (or dropped frame) with its receive time, sender and outcome.
import type { StationDb } from '../db/open';
import type { Hl7MessageDetail, Hl7MessageSummary, Hl7Outcome } from '../../../shared/api/methods/hl7';

export interface ReceivedMessage {
  readonly receivedAt: number;
  readonly listener: string;
  readonly peer: string;
  readonly raw: Uint8Array;
  readonly charset: string | null;
  readonly charsetNote: string | null;
  /** MSH-3|MSH-4: who a control id belongs to. */
  readonly sender: string | null;
  readonly controlId: string | null;
  readonly messageType: string | null;
  readonly patientId: string | null;
}

export interface MessageOutcome {
  readonly outcome: Exclude<Hl7Outcome, 'pending'>;
  readonly reason: string | null;
  readonly kind: string | null;
  /** ACK codes sent, e.g. 'CA' or 'CA,AA'; '' when the sender asked for none. */
  readonly acks: string;
  readonly vitalsStored?: number;
  readonly labsStored?: number;
  readonly duplicateOf?: number | null;
}

export interface ListQuery {
  readonly limit: number;
  /** Only messages with an id below this (the cursor of the previous page). */
  readonly before?: number;
  readonly outcome?: Hl7Outcome;
}

interface Row {
  id: number;
  received_ms: number;
  listener: string;
  peer: string;
  sender: string | null;
  control_id: string | null;
  message_type: string | null;
  kind: string | null;
  patient_id: string | null;
  outcome: Hl7Outcome;
  reason: string | null;
  acks: string | null;
  vitals_stored: number;
  labs_stored: number;
  duplicate_of: number | null;
  charset: string | null;
  charset_note: string | null;
  size: number;
}

const COLUMNS = `id, received_ms, listener, peer, sender, control_id, message_type, kind, patient_id, outcome, reason, acks,
  vitals_stored, labs_stored, duplicate_of, charset, charset_note, length(raw) AS size`;

/** How many refused messages that stored nothing are kept, and for how long. */
export interface RejectedRetention {
  readonly keepLast: number;
  readonly maxAgeMs: number;
}

export const DEFAULT_REJECTED_RETENTION: RejectedRetention = { keepLast: 1000, maxAgeMs: 30 * 86_400_000 };

/** The reason given to a message a crash left unhandled (its sender got no ACK and will resend). */
export const STOPPED_BEFORE_HANDLED = 'station stopped before this message was handled';
/** The outcome of a message whose handling a storage failure cut short (its outcome could not be written then). */
export const cutShortByStorage = (problem: string): string => `storage problem (${problem}) while this message was handled: nothing of it was stored and its sender got no AA`;

/** Rows retention may remove: refused and nothing kept from them (the same rule as the hl7_messages_kept trigger). */
const PRUNABLE = "outcome IN ('rejected', 'error') AND vitals_stored = 0 AND labs_stored = 0";

export class Hl7Archive {
  constructor(private readonly db: StationDb) {}

  /** Archives the bytes as received, before anything else happens to them; returns the archive id. */
  receive(m: ReceivedMessage): number {
    const result = this.db
      .prepare(
        `INSERT INTO hl7_messages (received_ms, listener, peer, raw, charset, charset_note, sender, control_id, message_type, patient_id, outcome)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending')`,
      )
      .run(m.receivedAt, m.listener, m.peer, Buffer.from(m.raw), m.charset, m.charsetNote, m.sender, m.controlId, m.messageType, m.patientId);
    return Number(result.lastInsertRowid);
  }

  finish(id: number, o: MessageOutcome): void {
    this.db
      .prepare(
        `UPDATE hl7_messages SET outcome = ?, reason = ?, kind = ?, acks = ?, vitals_stored = ?, labs_stored = ?, duplicate_of = ? WHERE id = ?`,
      )
      .run(o.outcome, o.reason, o.kind, o.acks, o.vitalsStored ?? 0, o.labsStored ?? 0, o.duplicateOf ?? null, id);
  }

  /** The accepted message this sender already sent with this control id, if any. */
  acceptedWith(sender: string | null, controlId: string): number | null {
    const id = this.db
      .prepare("SELECT id FROM hl7_messages WHERE sender IS ? AND control_id = ? AND outcome = 'accepted'")
      .pluck()
      .get(sender, controlId) as number | undefined;
    return id ?? null;
  }

  /** Newest first, with outcome and reason: the engineer's "messages" view. */
  list(q: ListQuery): Hl7MessageSummary[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (q.before !== undefined) {
      where.push('id < ?');
      args.push(q.before);
    }
    if (q.outcome !== undefined) {
      where.push('outcome = ?');
      args.push(q.outcome);
    }
    const sql = `SELECT ${COLUMNS} FROM hl7_messages ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, q.limit) as Row[]).map(toSummary);
  }

  /** One message with its raw text, for the detail view. */
  get(id: number): Hl7MessageDetail | null {
    const row = this.db.prepare(`SELECT ${COLUMNS}, raw FROM hl7_messages WHERE id = ?`).get(id) as (Row & { raw: Buffer }) | undefined;
    if (!row) return null;
    const encoding = row.charset === 'latin1' || row.charset === 'windows-1252' ? 'latin1' : 'utf8';
    return { ...toSummary(row), charsetNote: row.charset_note, raw: row.raw.toString(encoding) };
  }

  /** Marks messages left `pending` (by a stopped station, or a storage failure mid-message) as errors; returns how many. */
  resolvePending(reason: string = STOPPED_BEFORE_HANDLED): number {
    return this.db.prepare(`UPDATE hl7_messages SET outcome = 'error', reason = ?, acks = '' WHERE outcome = 'pending'`).run(reason).changes;
  }

  /**
   * Deletes refused messages that stored nothing beyond the newest `keepLast` or older than `maxAgeMs`. Only ids above
   * `afterId` are looked at (everything prunable at or below a previous `watermark` is gone), so a prune under a flood
   * reads the rows since the last one, not the whole archive. Returns how many went and the next watermark.
   */
  pruneRejected(now: number, retention: RejectedRetention, afterId = 0): { pruned: number; watermark: number } {
    const threshold = this.db
      .prepare(`SELECT id FROM hl7_messages WHERE id > ? AND ${PRUNABLE} ORDER BY id DESC LIMIT 1 OFFSET ?`)
      .pluck()
      .get(afterId, Math.max(0, retention.keepLast)) as number | undefined;
    const pruned = this.db
      .prepare(
        `DELETE FROM hl7_messages WHERE id > ? AND ${PRUNABLE} AND (id <= ? OR received_ms < ?)
           AND NOT EXISTS (SELECT 1 FROM hl7_vitals v WHERE v.message_id = hl7_messages.id)
           AND id NOT IN (SELECT message_id FROM lab_results WHERE message_id > ?)`,
      )
      .run(afterId, threshold ?? afterId, now - retention.maxAgeMs, afterId).changes;
    return { pruned, watermark: threshold ?? afterId };
  }

  count(outcome?: Hl7Outcome): number {
    const sql = outcome ? 'SELECT count(*) FROM hl7_messages WHERE outcome = ?' : 'SELECT count(*) FROM hl7_messages';
    return this.db.prepare(sql).pluck().get(...(outcome ? [outcome] : [])) as number;
  }
}

function toSummary(r: Row): Hl7MessageSummary {
  return {
    id: r.id,
    receivedAt: r.received_ms,
    listener: r.listener,
    peer: r.peer,
    sender: r.sender,
    controlId: r.control_id,
    messageType: r.message_type,
    kind: r.kind,
    patientId: r.patient_id,
    outcome: r.outcome,
    reason: r.reason,
    acks: r.acks,
    vitalsStored: r.vitals_stored,
    labsStored: r.labs_stored,
    duplicateOf: r.duplicate_of,
    charset: r.charset,
    bytes: r.size,
  };
}
