// Each account's wrong-PIN count and lock-out, kept in the database so a restart does not clear them.
import type { StationDb } from '../db/open';
import { NO_FAILURES, type BackoffState } from './backoff';

interface LockoutRow {
  failures: number;
  lockouts: number;
  locked_until_ms: number;
}

export class LockoutStore {
  constructor(private readonly db: StationDb) {}

  get(name: string): BackoffState {
    const row = this.db.prepare('SELECT failures, lockouts, locked_until_ms FROM sign_in_lockouts WHERE name_key = ?').get(nameKey(name)) as LockoutRow | undefined;
    return row ? { failures: row.failures, lockouts: row.lockouts, lockedUntil: row.locked_until_ms } : NO_FAILURES;
  }

  set(name: string, state: BackoffState): void {
    this.db
      .prepare(
        `INSERT INTO sign_in_lockouts (name_key, failures, lockouts, locked_until_ms) VALUES (?, ?, ?, ?)
         ON CONFLICT (name_key) DO UPDATE SET failures = excluded.failures, lockouts = excluded.lockouts, locked_until_ms = excluded.locked_until_ms`,
      )
      .run(nameKey(name), state.failures, state.lockouts, state.lockedUntil);
  }

  clear(name: string): void {
    this.db.prepare('DELETE FROM sign_in_lockouts WHERE name_key = ?').run(nameKey(name));
  }
}

/** Names are matched without regard to case, as at sign-in. */
export const nameKey = (name: string): string => name.toLowerCase();
