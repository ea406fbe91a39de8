// The audit trail shows tampering, and backups of a running station are consistent and restorable (issue 14, points
// 5 and 6), run as IT would: `vigil audit verify`, `vigil backup`, `vigil restore` next to a real `vigil station`.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, runVigil, startVigil, type RunningVigil } from '../helpers/cli';
import { openDatabase } from '../../electron/station/db/open';
import { AuditLog } from '../../electron/station/repositories/audit';
import { ObservationRepository } from '../../electron/station/repositories/observations';
import { admitPatient } from '../../electron/station/hl7/test-support';
import { Station } from '../../electron/station/station';

const MRN = 'MRN-0042';
const T0 = Date.UTC(2026, 10, 26, 7, 0, 0);
const running: RunningVigil[] = [];
afterEach(async () => {
  for (const r of running.splice(0)) await r.stop();
});

function start(args: string[]): RunningVigil {
  const r = startVigil(args);
  running.push(r);
  return r;
}

/** A closed station database with 7 audit entries: one from `vigil staff add`, six written as the station does. */
async function recordWithEntries(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-audit-')), 'station.db');
  expect((await runVigil(['staff', 'add', '--db', file, '--name', 'Admin Ward 4', '--role', 'admin', '--pin', '2468'])).code).toBe(0);
  const db = openDatabase(file);
  const audit = new AuditLog(db, () => T0);
  for (let i = 1; i <= 6; i++) audit.append({ staffId: 1, action: 'create', entity: 'entry', entityId: i, after: { note: `entry ${i}` } });
  db.close();
  return file;
}

/** A copy of the record edited as someone with the file could: drop the append-only triggers, edit, put them back. */
function tamperedCopy(original: string, name: string, edit: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vigil-tampered-')), name);
  copyFileSync(original, file);
  const db = new Database(file);
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  db.exec(edit);
  for (const t of triggers) db.exec(t.sql);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok'); // SQLite itself sees nothing wrong
  db.close();
  return file;
}

function counts(file: string): { audit: number; observations: number; accepted: number } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      audit: db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number,
      observations: db.prepare('SELECT count(*) FROM observations').pluck().get() as number,
      accepted: db.prepare("SELECT count(*) FROM hl7_messages WHERE outcome = 'accepted'").pluck().get() as number,
    };
  } finally {
    db.close();
  }
}

describe('vigil audit verify', () => {
  it('passes on an untouched record, and names the first broken entry after a deletion or a change behind the triggers', async () => {
    const original = await recordWithEntries();
    const deleted = tamperedCopy(original, 'deleted.db', 'DELETE FROM audit_log WHERE id = 3');
    const changed = tamperedCopy(original, 'changed.db', `UPDATE audit_log SET after_json = '{"note":"nothing happened"}' WHERE id = 5`);
    const verify = (file: string) => runVigil(['audit', 'verify', '--db', file]);
    const [intact, afterDeletion, afterChange] = await Promise.all([verify(original), verify(deleted), verify(changed)]);
    expect(intact).toMatchObject({ code: 0, stdout: '{"ok":true,"entries":7}\n', stderr: '' });
    expect(afterDeletion.code).toBe(1);
    expect(afterDeletion.stdout.trim().split('\n')).toEqual(['{"ok":false,"entries":6,"firstBrokenEntry":4,"reason":"entry 3 before it is missing"}']);
    expect(afterChange.code).toBe(1);
    expect(JSON.parse(afterChange.stdout)).toEqual({ ok: false, entries: 7, firstBrokenEntry: 5, reason: expect.stringMatching(/does not match its hash/) });
  });

  it('a station started on a tampered record says so loudly, once, and in its status', async () => {
    const changed = tamperedCopy(await recordWithEntries(), 'changed.db', "UPDATE audit_log SET reason = 'x' WHERE id = 2");
    const station = start(['station', '--db', changed]);
    await station.waitFor(/vigil station: database /);
    expect(station.stderr().match(/AUDIT TRAIL TAMPERED WITH: entry 2 of 7 is broken \(.*\).*vigil audit verify --db /g)).toHaveLength(1);
    await station.stop();

    const lines: string[] = [];
    const inProcess = new Station({ dbFile: changed, log: (l) => lines.push(l), now: () => T0, backup: false });
    const status = await inProcess.dispatch('station.status', {}, inProcess.createWindowSession());
    await inProcess.stop();
    expect(status).toMatchObject({ ok: true, result: { auditChain: { ok: false, firstBrokenEntry: 2 } } });
    expect(status.ok && 'backup' in (status.result as object)).toBe(false); // automatic backups off: nothing to report
    expect(lines.filter((l) => l.includes('AUDIT TRAIL TAMPERED WITH'))).toHaveLength(1);
  });
});

describe('the station\'s automatic backups', () => {
  it('makes the first at start-up and reports when it succeeded in the status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-autobackup-'));
    const station = new Station({ dbFile: join(dir, 'station.db'), log: () => {}, now: () => T0, backup: { dir: join(dir, 'elsewhere') } });
    const session = station.createWindowSession();
    try {
      expect(await station.dispatch('station.status', {}, session)).toMatchObject({ ok: true, result: { auditChain: { ok: true }, backup: { lastSuccessAt: null } } });
      station.start();
      await eventually(async () => expect(await station.dispatch('station.status', {}, session)).toMatchObject({ ok: true, result: { backup: { lastSuccessAt: T0 } } }));
      expect(existsSync(join(dir, 'elsewhere', 'vigil-20261126T070000Z.db'))).toBe(true);
    } finally {
      await station.stop();
    }
  });
});

describe('vigil backup and vigil restore next to a running station', () => {
  it('copies every row committed before it started, self-contained and verified; restore waits until the station has stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-backup-'));
    const dbFile = join(dir, 'station.db');
    const seed = openDatabase(dbFile);
    admitPatient(seed, MRN);
    seed.close();
    const station = start(['station', '--db', dbFile, '--hl7-listen', '127.0.0.1:0', '--backup-dir', join(dir, 'automatic')]);
    const port = Number((await station.waitFor(/HL7 listener on 127\.0\.0\.1:(\d+)/))[1]);
    // The station's own first backup, made at start-up into the folder it was given.
    const automatic = (await station.waitFor(/vigil: backup written: (.*automatic.*vigil-\d{8}T\d{6}Z\.db) \(/))[1]!;
    expect((await runVigil(['audit', 'verify', '--db', automatic])).code).toBe(0);

    // The station keeps writing (HL7 vitals every 100 ms) while the backup runs.
    const sim = start(['simulate', '--protocol', 'hl7', '--to', `127.0.0.1:${port}`, '--scenario', 'stable', '--interval', '0.1', '--mrn', MRN]);
    await eventually(() => expect(counts(dbFile).accepted).toBeGreaterThanOrEqual(3));
    // Rows committed by another writer just before the backup: in the station's -wal, not yet in the main file.
    const writer = openDatabase(dbFile);
    const audit = new AuditLog(writer, () => T0);
    for (let i = 0; i < 25; i++) audit.append({ staffId: null, action: 'backup_marker', entity: 'test', entityId: i });
    new ObservationRepository(writer).insert(Array.from({ length: 200 }, (_, i) => ({ param: 'hr' as const, value: 60 + (i % 30), unit: '/min', time: T0 + i * 1000, status: 'valid' as const, source: 'manual' as const, device: 'backup-marker' })));
    writer.close();
    const before = counts(dbFile);

    const out = join(dir, 'copy.db');
    const backup = await runVigil(['backup', '--db', dbFile, '--out', out]);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const line = JSON.parse(backup.stdout) as Record<string, unknown>;
    expect(line).toEqual({ out, bytes: statSync(out).size, integrity: 'ok', auditEntries: expect.any(Number) });
    expect(['-wal', '-shm', '.partial'].filter((s) => existsSync(`${out}${s}`))).toEqual([]);

    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare("SELECT count(*) FROM audit_log WHERE action = 'backup_marker'").pluck().get()).toBe(25);
    expect(copy.prepare("SELECT count(*) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.device = 'backup-marker'").pluck().get()).toBe(200);
    copy.close();
    const copied = counts(out);
    expect(line.auditEntries).toBe(copied.audit);
    expect(copied.audit).toBeGreaterThanOrEqual(before.audit);
    expect(copied.observations).toBeGreaterThanOrEqual(before.observations);
    expect(copied.accepted).toBeGreaterThanOrEqual(before.accepted);
    expect(await runVigil(['audit', 'verify', '--db', out])).toMatchObject({ code: 0, stdout: `{"ok":true,"entries":${copied.audit}}\n` });

    const refused = await runVigil(['restore', '--from', out, '--db', dbFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^vigil restore: .*station\.db is open in a running station .*: stop it first; nothing was changed$/)]);
    const storedBefore = counts(dbFile).accepted;
    await eventually(() => expect(counts(dbFile).accepted).toBeGreaterThan(storedBefore)); // the station never noticed

    expect(await sim.stop()).toBe(0);
    expect(await station.stop()).toBe(0);
    const restored = await runVigil(['restore', '--from', out, '--db', dbFile]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const result = JSON.parse(restored.stdout) as { db: string; from: string; auditEntries: number; previous: string };
    expect(result).toEqual({ db: dbFile, from: out, bytes: statSync(out).size, auditEntries: copied.audit, previous: expect.stringMatching(/station\.db\.before-restore-\d{8}T\d{6}Z$/) });
    expect(counts(dbFile)).toEqual(copied);
    expect(counts(result.previous).accepted).toBeGreaterThan(copied.accepted); // what came after the backup is kept aside
    expect((await runVigil(['audit', 'verify', '--db', dbFile])).code).toBe(0);
  });
});
