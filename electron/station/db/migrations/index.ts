// Ordered migrations; the schema version lives in SQLite's user_version.
import type { Database } from 'better-sqlite3';
import type { Migration } from './types';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-episode';
import { migration0003 } from './0003-hl7';
import { migration0004 } from './0004-rollups';
import { migration0005 } from './0005-device-setup';
import { migration0006 } from './0006-grading';
import { migration0007 } from './0007-manual-labs';
import { migration0008 } from './0008-tamper-evidence';
import { migration0009 } from './0009-sign-in-lockouts';
import { migration0010 } from './0010-outbox';
import { migration0011 } from './0011-manual-entries';
import { migration0012 } from './0012-confirmed-spans';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012];

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Applies every migration above the current version, up to `target` (default: the latest). */
export function migrate(db: Database, target = LATEST_VERSION): number {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new Error(`This database was written by a newer Vigil (schema ${current}, this version knows ${LATEST_VERSION}); refusing to open it.`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return schemaVersion(db);
}
