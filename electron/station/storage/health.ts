// The station's storage state: a full disk, an I/O error or a read-only file turns it to "problem" (shown, never
// fatal); a timer then retries the write path until it succeeds, which records the gap and turns it back to ok.
import type { StorageStatus } from '../../../shared/api/methods/live';
import type { ConnectionState } from '../../../shared/device';
import { errorMessage } from '../../../shared/errors';

/** How often storage is tried again while it has a problem. */
export const STORAGE_RETRY_MS = 5_000;

const STORAGE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN)/;
const FS_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO']);

/** The error's code when it says storage itself failed (not the data, not a constraint); else null. */
export function storageErrorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  return STORAGE_CODES.test(code) || FS_CODES.has(code) ? code : null;
}

/** A storage error in words for the status and the log. */
export function describeStorageError(error: unknown): string {
  const code = storageErrorCode(error) ?? 'error';
  const words = /FULL|ENOSPC|EDQUOT/.test(code)
    ? 'the disk is full'
    : /READONLY|EROFS/.test(code)
      ? 'the database file is read-only'
      : /CANTOPEN/.test(code)
        ? 'the database file cannot be opened'
        : 'the disk reports an input/output error';
  return `${words} (${code})`;
}

export interface StorageProblem {
  /** Station time of the first failed write. */
  readonly since: number;
  readonly reason: string;
}

export interface StorageHealthDeps {
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** The probe: writes what waits and the gap, all in one transaction; throws while storage is still down. Returns what it did, in words. */
  readonly resume: (problem: StorageProblem) => string;
  /** The state changed (either way): tell the windows. */
  readonly changed: (status: StorageStatus) => void;
  readonly retryMs?: number;
}

export class StorageHealth {
  private problem: StorageProblem | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly deps: StorageHealthDeps) {}

  get ok(): boolean {
    return this.problem === null;
  }

  status(): StorageStatus {
    return this.problem ? { ok: false, since: this.problem.since, reason: this.problem.reason } : { ok: true };
  }

  /** True when the error is a storage failure: the station is (now) in the problem state and retries on its own. */
  failed(error: unknown, what: string): boolean {
    if (storageErrorCode(error) === null) return false;
    if (this.problem) return true;
    this.problem = { since: this.deps.now(), reason: describeStorageError(error) };
    this.deps.log(`vigil: STORAGE PROBLEM: ${this.problem.reason} while ${what}; nothing is stored until it is fixed (tried again every ${(this.deps.retryMs ?? STORAGE_RETRY_MS) / 1000} s)`);
    this.deps.changed(this.status());
    if (!this.stopped) {
      this.timer = setInterval(() => this.retry(), this.deps.retryMs ?? STORAGE_RETRY_MS);
      this.timer.unref();
    }
    return true;
  }

  /** One attempt to store again; true when storage is ok afterwards. */
  retry(): boolean {
    const problem = this.problem;
    if (!problem) return true;
    let summary: string;
    try {
      summary = this.deps.resume(problem);
    } catch (error) {
      // Still down (or down in another way): keep the first reason and time, they are what the gap is about.
      if (storageErrorCode(error) === null) this.deps.log(`vigil: storage retry failed: ${errorMessage(error)}`);
      return false;
    }
    this.problem = null;
    this.clearTimer();
    this.deps.log(`vigil: storage resumed after ${problem.reason} since ${new Date(problem.since).toISOString()}: ${summary}`);
    this.deps.changed(this.status());
    return true;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** A device never reads "receiving" while nothing is stored: it reads as an error with the storage reason. */
export function shownConnection(connection: ConnectionState, storage: StorageStatus): ConnectionState {
  if (storage.ok || connection.state !== 'receiving') return connection;
  return { ...connection, state: 'error', reason: `values arrive but are not stored: ${storage.reason ?? 'storage problem'}` };
}
