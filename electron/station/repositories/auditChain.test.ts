import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type StationDb } from '../db/open';
import { AuditLog } from './audit';
import { AUDIT_CHAIN_START, auditEntryHash, canonicalJson, verifyAuditChain, type AuditRow } from './auditChain';

function logWith(entries: number): { db: StationDb; audit: AuditLog } {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vigil-chain-')), 'station.db'));
  let t = 1_000;
  const audit = new AuditLog(db, () => (t += 1_000));
  for (let i = 1; i <= entries; i++) audit.append({ staffId: null, action: 'create', entity: 'entry', entityId: i, before: i > 1 ? { n: i - 1 } : undefined, after: { n: i, z: [1, 'a'], a: null }, reason: `r${i}` });
  return { db, audit };
}

/** Edits the log the way someone with the file and the sqlite3 tool could: around the append-only triggers. */
function behindTheTriggers(db: StationDb, sql: string): void {
  const triggers = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").pluck().all() as string[];
  db.exec('DROP TRIGGER audit_log_append_only_update; DROP TRIGGER audit_log_append_only_delete;');
  db.exec(sql);
  for (const trigger of triggers) db.exec(trigger);
}

describe('the audit hash chain', () => {
  it('writes canonical JSON: keys sorted at every level, array order kept, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { y: 1, x: undefined, w: 'é' }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"w":"é","y":1}]},"b":1}');
    expect(canonicalJson({ after: { b: 2, a: 1 } })).toBe(canonicalJson({ after: { a: 1, b: 2 } }));
  });

  it('chains each entry to the one before it, over its content', () => {
    const row: AuditRow = { id: 1, t_ms: 5, staff_id: null, action: 'a', entity: 'e', entity_id: null, before_json: null, after_json: '{"b":1,"a":2}', reason: null };
    const first = auditEntryHash(AUDIT_CHAIN_START, row);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(auditEntryHash(AUDIT_CHAIN_START, { ...row, after_json: '{"a":2,"b":1}' })).toBe(first); // same content, other key order
    expect(auditEntryHash(AUDIT_CHAIN_START, { ...row, reason: 'x' })).not.toBe(first);
    expect(auditEntryHash(first, row)).not.toBe(first);
  });

  it('verifies an untouched log, and one that grew across a reopen', () => {
    const { db } = logWith(5);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 5 });
    new AuditLog(db, () => 99_000).append({ staffId: null, action: 'sign_in', entity: 'staff' });
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 6 });
  });

  it('names the entry that was changed behind the triggers', () => {
    const { db } = logWith(5);
    behindTheTriggers(db, `UPDATE audit_log SET after_json = '{"n":30}' WHERE id = 3`);
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, entries: 5, firstBrokenEntry: 3, reason: expect.stringMatching(/content does not match/) });
  });

  it('names the entry after one that was deleted, and a run of deleted ones', () => {
    const one = logWith(5).db;
    behindTheTriggers(one, 'DELETE FROM audit_log WHERE id = 2');
    expect(verifyAuditChain(one)).toEqual({ ok: false, entries: 4, firstBrokenEntry: 3, reason: 'entry 2 before it is missing' });
    const run = logWith(5).db;
    behindTheTriggers(run, 'DELETE FROM audit_log WHERE id IN (1, 2)');
    expect(verifyAuditChain(run)).toMatchObject({ firstBrokenEntry: 3, reason: 'entries 1-2 before it are missing' });
  });

  it('finds a deletion hidden by renumbering the entries after it, and an entry added without a hash', () => {
    const { db } = logWith(4);
    behindTheTriggers(db, 'DELETE FROM audit_log WHERE id = 2; UPDATE audit_log SET id = id - 1 WHERE id > 2');
    // Renumbered and still a gap-free sequence: only the hashes can tell.
    expect(verifyAuditChain(db)).toMatchObject({ ok: false, firstBrokenEntry: 2 });
    const other = logWith(2).db;
    other.prepare("INSERT INTO audit_log (t_ms, action, entity) VALUES (1, 'x', 'y')").run();
    expect(verifyAuditChain(other)).toMatchObject({ ok: false, firstBrokenEntry: 3, reason: expect.stringMatching(/no hash/) });
  });
});
