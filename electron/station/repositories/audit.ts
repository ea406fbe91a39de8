// The append-only audit trail: who, when, what, before and after. The database refuses edits (migration 0002), and
// each entry is hash-chained to the one before it (auditChain.ts), so an edit behind the database's back shows.
import type { StationDb } from '../db/open';
import { auditEntryHash, lastAuditHash, type AuditRow } from './auditChain';

export interface AuditEntry {
  readonly staffId: number | null;
  readonly action: string;
  readonly entity: string;
  readonly entityId?: number | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly reason?: string | null;
  /** The action's own moment, so the entry and its audit line carry the same time; the log's clock otherwise. */
  readonly time?: number;
}

export interface AuditRecord extends AuditEntry {
  readonly id: number;
  readonly time: number;
  readonly staffName: string | null;
}

export class AuditLog {
  constructor(
    private readonly db: StationDb,
    private readonly now: () => number,
  ) {}

  append(entry: AuditEntry): void {
    // IMMEDIATE: another process (a CLI command) appending between reading the last hash and inserting would fork the chain.
    this.db
      .transaction(() => {
        const last = lastAuditHash(this.db);
        const row: AuditRow = {
          id: last.id + 1,
          t_ms: entry.time ?? this.now(),
          staff_id: entry.staffId,
          action: entry.action,
          entity: entry.entity,
          entity_id: entry.entityId ?? null,
          before_json: entry.before === undefined ? null : JSON.stringify(entry.before),
          after_json: entry.after === undefined ? null : JSON.stringify(entry.after),
          reason: entry.reason ?? null,
        };
        this.db
          .prepare('INSERT INTO audit_log (id, t_ms, staff_id, action, entity, entity_id, before_json, after_json, reason, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(row.id, row.t_ms, row.staff_id, row.action, row.entity, row.entity_id, row.before_json, row.after_json, row.reason, auditEntryHash(last.hash, row));
      })
      .immediate();
  }

  /** The history of one entity (or of every entity of a kind), oldest first. */
  history(entity: string, entityId?: number): AuditRecord[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, s.name AS staff_name FROM audit_log a LEFT JOIN staff s ON s.id = a.staff_id
         WHERE a.entity = ? AND (? IS NULL OR a.entity_id = ?) ORDER BY a.t_ms, a.id`,
      )
      .all(entity, entityId ?? null, entityId ?? null) as RawAudit[];
    return rows.map((r) => ({
      id: r.id,
      time: r.t_ms,
      staffId: r.staff_id,
      staffName: r.staff_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before_json === null ? undefined : JSON.parse(r.before_json),
      after: r.after_json === null ? undefined : JSON.parse(r.after_json),
      reason: r.reason,
    }));
  }
}

interface RawAudit {
  id: number;
  t_ms: number;
  staff_id: number | null;
  staff_name: string | null;
  action: string;
  entity: string;
  entity_id: number | null;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
}
