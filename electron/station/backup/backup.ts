// A consistent, self-contained copy of a live database through SQLite's online backup API, verified before it
// takes its final name (a half-written or damaged copy never looks like a backup).
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { StationDb } from '../db/open';
import type { AuditChainReport } from '../repositories/auditChain';
import { BackupError, checkDatabaseCopy } from './verify';

export interface BackupResult {
  readonly out: string;
  readonly bytes: number;
  readonly integrity: 'ok';
  readonly auditEntries: number;
  /** Intact or not, the copy holds the chain as the database does; the caller reports a broken one. */
  readonly auditChain: AuditChainReport;
}

export interface BackupOptions {
  /**
   * The connection is another process's database: copy in one step, or each write by that process restarts the copy.
   * The station's own connection copies in slices between its other work (its writes update the copy as it goes).
   */
  readonly otherWriters: boolean;
  readonly nativeBinding?: string;
}

/** About 4 MB of 4 KiB pages per slice: a few milliseconds of the station's thread at a time. */
const PAGES_PER_STEP = 1024;
const ALL_PAGES = 0x7fffffff;

export async function backupDatabase(db: StationDb, out: string, options: BackupOptions): Promise<BackupResult> {
  if (existsSync(out)) throw new BackupError(`${out} already exists; a backup never overwrites a file`);
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.backup(partial, { progress: () => (options.otherWriters ? ALL_PAGES : PAGES_PER_STEP) });
    leaveWalMode(partial, options.nativeBinding);
    const check = await checkDatabaseCopy(partial, { name: out, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    if (check.integrity !== 'ok') throw new BackupError(`the copy failed its integrity check (${check.integrity}); nothing was kept`);
    renameSync(partial, out);
    return { out, bytes: check.bytes, integrity: 'ok', auditEntries: check.auditChain.entries, auditChain: check.auditChain };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** The copy carries the source's WAL flag; a rollback-journal file stays one file even when opened read-only. */
function leaveWalMode(file: string, nativeBinding: string | undefined): void {
  const db = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
