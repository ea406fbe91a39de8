// Puts a verified backup in place of a station's database, keeping the database it replaces beside it.
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BackupError, checkDatabaseCopy, type CopyCheck } from './verify';
import { compactTime } from './names';
import { errorMessage } from '../../../shared/errors';

export interface RestoreOptions {
  readonly from: string;
  readonly db: string;
  /** Station time, for the name the replaced database keeps. */
  readonly now: number;
  /** Restore a copy whose audit chain is broken (it is then shown as broken by the station). */
  readonly allowBrokenAuditChain?: boolean;
  readonly nativeBinding?: string;
}

export interface RestoreResult {
  readonly db: string;
  readonly from: string;
  readonly bytes: number;
  readonly auditEntries: number;
  /** Where the database that was replaced now is; null when there was none. */
  readonly previous: string | null;
}

const SIDE_FILES = ['-wal', '-shm', '-journal'];

export async function restoreDatabase(o: RestoreOptions): Promise<RestoreResult> {
  const incoming = `${o.db}.restoring`;
  rmSync(incoming, { force: true });
  try {
    // The copy is what gets verified: the bytes that go into place, not only the file they came from.
    copyFileSync(o.from, incoming);
    const check = await verifiedCopy(incoming, o);
    // Checked last, right before the swap: verifying a large copy takes a while, and a station may start meanwhile.
    refuseIfOpen(o.db, o.nativeBinding);
    const previous = existsSync(o.db) ? `${o.db}.before-restore-${compactTime(o.now)}` : null;
    if (previous) renameSync(o.db, previous);
    // A -wal left beside the new file would be replayed into it.
    for (const suffix of SIDE_FILES) rmSync(`${o.db}${suffix}`, { force: true });
    syncToDisk(incoming); // a power cut right after the rename must not leave a half-copied database under the real name
    renameSync(incoming, o.db);
    return { db: o.db, from: o.from, bytes: check.bytes, auditEntries: check.auditChain.entries, previous };
  } finally {
    for (const suffix of ['', ...SIDE_FILES]) rmSync(`${incoming}${suffix}`, { force: true });
  }
}

async function verifiedCopy(incoming: string, o: RestoreOptions): Promise<CopyCheck> {
  const unchanged = (problem: string) => new BackupError(`${problem}; nothing was changed`);
  const check = await checkDatabaseCopy(incoming, { name: o.from, ...(o.nativeBinding ? { nativeBinding: o.nativeBinding } : {}) }).catch((error: Error) => {
    throw unchanged(error.message);
  });
  if (check.integrity !== 'ok') throw unchanged(`${o.from} failed its integrity check (${check.integrity})`);
  if (!check.auditChain.ok && !o.allowBrokenAuditChain)
    throw unchanged(`${o.from}: the audit chain is broken at entry ${check.auditChain.firstBrokenEntry} (${check.auditChain.reason}) (--allow-broken-audit-chain restores it anyway)`);
  return check;
}

/**
 * Leaving WAL mode needs the only connection to the file, so SQLite refuses it while a station, a window or another
 * command has the database open; unlike a lock file, nothing goes stale when a station is killed. It also folds the
 * -wal into the file, so the database moved aside is complete on its own.
 */
function refuseIfOpen(file: string, nativeBinding: string | undefined): void {
  if (!existsSync(file)) return;
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    throw new BackupError(`cannot open ${file}: ${errorMessage(error)}`);
  }
  try {
    db.pragma('journal_mode = DELETE');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new BackupError(`${file} is open in a running station (or another program): stop it first; nothing was changed`);
    throw new BackupError(`${file} is not a database (${errorMessage(error)}); move it away first; nothing was changed`);
  } finally {
    db.close();
  }
}

function syncToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
