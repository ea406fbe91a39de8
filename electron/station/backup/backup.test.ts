import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type StationDb } from '../db/open';
import { AuditLog } from '../repositories/audit';
import { backupDatabase } from './backup';
import { restoreDatabase } from './restore';
import { checkDatabaseCopy } from './verify';

const T0 = Date.UTC(2026, 10, 26, 7, 0, 0);

function stationDb(auditEntries = 3): { db: StationDb; dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
  const file = join(dir, 'station.db');
  const db = openDatabase(file);
  const audit = new AuditLog(db, () => T0);
  for (let i = 0; i < auditEntries; i++) audit.append({ staffId: null, action: 'create', entity: 'entry', entityId: i });
  return { db, dir, file };
}

const count = (file: string, table: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('backupDatabase', () => {
  it('copies what is still in the -wal into one self-contained file, and verifies it', async () => {
    const { db, dir, file } = stationDb(5);
    expect(existsSync(`${file}-wal`)).toBe(true); // the entries are not checkpointed into the main file yet
    const out = join(dir, 'copy.db');
    const result = await backupDatabase(db, out, { otherWriters: false });
    expect(result).toEqual({ out, bytes: readFileSync(out).length, integrity: 'ok', auditEntries: 5, auditChain: { ok: true, entries: 5 } });
    expect(['-wal', '-shm', '.partial'].filter((s) => existsSync(`${out}${s}`))).toEqual([]);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    expect(['-wal', '-shm'].filter((s) => existsSync(`${out}${s}`))).toEqual([]); // opening it read-only leaves nothing beside it
    db.close();
  });

  it('never overwrites a file', async () => {
    const { db, dir } = stationDb();
    const out = join(dir, 'taken.db');
    writeFileSync(out, 'keep me');
    await expect(backupDatabase(db, out, { otherWriters: true })).rejects.toThrow(/already exists/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    db.close();
  });
});

describe('restoreDatabase', () => {
  async function backupOf(entries: number): Promise<string> {
    const { db, dir } = stationDb(entries);
    const out = join(dir, 'backup.db');
    await backupDatabase(db, out, { otherWriters: false });
    db.close();
    return out;
  }

  it('puts the backup in place and keeps the database it replaced, -wal folded in', async () => {
    const backup = await backupOf(4);
    const { db, file } = stationDb(9);
    db.close();
    const result = await restoreDatabase({ from: backup, db: file, now: T0 });
    expect(result).toEqual({ db: file, from: backup, bytes: readFileSync(backup).length, auditEntries: 4, previous: `${file}.before-restore-20261126T070000Z` });
    expect(count(file, 'audit_log')).toBe(4);
    expect(count(result.previous!, 'audit_log')).toBe(9);
    expect(existsSync(`${file}.restoring`)).toBe(false);
  });

  it('refuses while another connection has the database open, and changes nothing', async () => {
    const backup = await backupOf(2);
    const { db, file } = stationDb(6);
    await expect(restoreDatabase({ from: backup, db: file, now: T0 })).rejects.toThrow(/open in a running station/);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(6);
    db.close();
    expect(count(file, 'audit_log')).toBe(6);
  });

  it('refuses a damaged backup, and one whose audit chain is broken unless told to', async () => {
    const backup = await backupOf(3);
    const damaged = `${backup}.damaged.db`;
    const source = new Database(backup, { readonly: true });
    const page = (source.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'audit_log'").pluck().get() as number) - 1;
    const pageSize = source.pragma('page_size', { simple: true }) as number;
    source.close();
    const bytes = readFileSync(backup);
    bytes.fill(0xff, page * pageSize + 8, page * pageSize + 200); // the audit log's cell pointers: its rows can no longer be found
    writeFileSync(damaged, bytes);
    expect((await checkDatabaseCopy(damaged).catch((e: Error) => ({ integrity: e.message }))).integrity).not.toBe('ok');
    const target = stationDb(1);
    target.db.close();
    await expect(restoreDatabase({ from: damaged, db: target.file, now: T0 })).rejects.toThrow(/nothing was changed/);

    const tampered = new Database(backup);
    tampered.exec("DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET action = 'x' WHERE id = 2;");
    tampered.close();
    await expect(restoreDatabase({ from: backup, db: target.file, now: T0 })).rejects.toThrow(/audit chain is broken at entry 2/);
    expect(count(target.file, 'audit_log')).toBe(1);
    await restoreDatabase({ from: backup, db: target.file, now: T0, allowBrokenAuditChain: true });
    expect(count(target.file, 'audit_log')).toBe(3);
  });
});
