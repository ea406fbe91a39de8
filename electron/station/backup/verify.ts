// What makes a database file a good backup: SQLite's integrity check passes and the audit chain is intact.
import { statSync } from 'node:fs';
import { openDatabase } from '../db/open';
import { verifyAuditChain, type AuditChainReport } from '../repositories/auditChain';
import { integrityCheck } from './integrity';
import { errorMessage } from '../../../shared/errors';

export interface CopyCheck {
  readonly bytes: number;
  /** 'ok' or SQLite's problems. */
  readonly integrity: string;
  readonly auditChain: AuditChainReport;
}

/** A mistake or a failure that the command reports in one line (a bad copy, a file in use). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** `name` is what messages call the file (the backup a temporary copy was made from). */
export async function checkDatabaseCopy(file: string, options: { name?: string; nativeBinding?: string } = {}): Promise<CopyCheck> {
  const { name = file, nativeBinding } = options;
  let integrity: string;
  try {
    integrity = await integrityCheck(file, nativeBinding);
  } catch (error) {
    throw new BackupError(`${name} cannot be read as a database: ${errorMessage(error)}`);
  }
  if (integrity !== 'ok') return { bytes: statSync(file).size, integrity, auditChain: { ok: false, entries: 0, reason: 'not checked: the file is damaged' } };
  const db = openDatabase(file, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return { bytes: statSync(file).size, integrity, auditChain: verifyAuditChain(db) };
  } catch (error) {
    throw new BackupError(`${name} is not a Vigil database with an audit chain: ${errorMessage(error)}`);
  } finally {
    db.close();
  }
}
