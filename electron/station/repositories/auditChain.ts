// The audit trail's hash chain: each entry's hash covers the previous entry's hash and the entry's canonical content,
// so an entry changed or removed outside Vigil (triggers dropped) breaks the chain from that entry on.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/** The "previous hash" of the first entry. */
export const AUDIT_CHAIN_START = '0'.repeat(64);

/** An audit_log row as stored: the columns the hash covers. */
export interface AuditRow {
  readonly id: number;
  readonly t_ms: number;
  readonly staff_id: number | null;
  readonly action: string;
  readonly entity: string;
  readonly entity_id: number | null;
  readonly before_json: string | null;
  readonly after_json: string | null;
  readonly reason: string | null;
}

export interface AuditChainReport {
  readonly ok: boolean;
  /** Every entry in the log, intact or not. */
  readonly entries: number;
  readonly firstBrokenEntry?: number;
  readonly reason?: string;
}

/** JSON with object keys sorted at every level, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const fields = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`);
  return `{${fields.join(',')}}`;
}

/** Stored JSON as a value; text that is not JSON (only possible outside Vigil) is hashed as the text itself. */
function storedJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** SHA-256 (hex) over the previous entry's hash and this entry's canonical content. */
export function auditEntryHash(previousHash: string, row: AuditRow): string {
  const content = {
    id: row.id,
    time: row.t_ms,
    staff: row.staff_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    before: storedJson(row.before_json),
    after: storedJson(row.after_json),
    reason: row.reason,
  };
  return createHash('sha256').update(previousHash).update(canonicalJson(content)).digest('hex');
}

const ROW_COLUMNS = 'id, t_ms, staff_id, action, entity, entity_id, before_json, after_json, reason';

/** The hash the next entry chains to. */
export function lastAuditHash(db: Database): { id: number; hash: string } {
  const last = db.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string | null } | undefined;
  return last ? { id: last.id, hash: last.hash ?? '' } : { id: 0, hash: AUDIT_CHAIN_START };
}

/** Computes the chain over every entry (the migration that introduced it, for entries written before). */
export function chainAllAuditRows(db: Database): void {
  const rows = db.prepare(`SELECT ${ROW_COLUMNS} FROM audit_log ORDER BY id`).all() as AuditRow[];
  const update = db.prepare('UPDATE audit_log SET hash = ? WHERE id = ?');
  let previous = AUDIT_CHAIN_START;
  for (const row of rows) {
    previous = auditEntryHash(previous, row);
    update.run(previous, row.id);
  }
}

/** Walks the chain from the first entry; names the first entry that does not follow from the one before it. */
export function verifyAuditChain(db: Database): AuditChainReport {
  const entries = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  let previous = { id: 0, hash: AUDIT_CHAIN_START };
  for (const row of db.prepare(`SELECT ${ROW_COLUMNS}, hash FROM audit_log ORDER BY id`).iterate() as IterableIterator<AuditRow & { hash: string | null }>) {
    const broken = (reason: string): AuditChainReport => ({ ok: false, entries, firstBrokenEntry: row.id, reason });
    // Ids are handed out one after the other and entries are never deleted, so a gap is a removal.
    if (row.id !== previous.id + 1) return broken(row.id - 1 === previous.id + 1 ? `entry ${previous.id + 1} before it is missing` : `entries ${previous.id + 1}-${row.id - 1} before it are missing`);
    if (row.hash === null) return broken('it has no hash (written outside Vigil)');
    if (auditEntryHash(previous.hash, row) !== row.hash) return broken('its content does not match its hash: it, or the hash of the entry before it, was changed after it was written');
    previous = { id: row.id, hash: row.hash };
  }
  return { ok: true, entries };
}
