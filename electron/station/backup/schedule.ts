// The station's automatic backups: one when the newest in the folder is older than the interval (daily by default),
// the last N kept, the outcome reported in the station status.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupStatus } from '../../../shared/api/methods/live';
import type { StationDb } from '../db/open';
import { backupDatabase } from './backup';
import { backupFileName, backupTimeOf } from './names';
import { errorMessage } from '../../../shared/errors';

export interface BackupScheduleOptions {
  /** Default: a `backups` folder beside the database. */
  readonly dir?: string;
  readonly intervalMs?: number;
  readonly keep?: number;
}

export interface BackupScheduleDeps {
  readonly db: StationDb;
  readonly dir: string;
  readonly now: () => number;
  readonly log: (line: string) => void;
  readonly nativeBinding?: string;
}

export const DEFAULT_BACKUP_INTERVAL_MS = 24 * 3600_000;
export const DEFAULT_BACKUPS_KEPT = 7;
/** How often the schedule looks whether one is due: a failed backup is tried again within the hour. */
const CHECK_EVERY_MS = 3600_000;

export class BackupSchedule {
  private readonly intervalMs: number;
  private readonly keep: number;
  private lastSuccessAt: number | null;
  private lastFailure: { at: number; message: string } | null = null;
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: BackupScheduleDeps,
    options: BackupScheduleOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? DEFAULT_BACKUP_INTERVAL_MS;
    this.keep = Math.max(1, options.keep ?? DEFAULT_BACKUPS_KEPT);
    const times = this.backups().map((b) => b.time);
    this.lastSuccessAt = times.length > 0 ? Math.max(...times) : null;
  }

  /** Looks now (a new station gets its first backup at once), then every hour; the timer never keeps the process alive. */
  start(): void {
    void this.tick();
    this.timer = setInterval(() => void this.tick(), Math.min(CHECK_EVERY_MS, this.intervalMs));
    this.timer.unref();
  }

  /** Makes a backup if one is due; resolves when it (or the one already running) is done. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    const now = this.deps.now();
    const last = this.lastSuccessAt;
    // A clock set back (training) also makes one due, rather than none until it catches up.
    if (last !== null && now - last < this.intervalMs && now >= last) return Promise.resolve();
    this.running = this.backUp(now).finally(() => (this.running = null));
    return this.running;
  }

  status(): BackupStatus {
    return { lastSuccessAt: this.lastSuccessAt, ...(this.lastFailure ? { lastFailure: this.lastFailure } : {}) };
  }

  /** Stops the timer and waits for a backup under way (the database closes after it). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async backUp(now: number): Promise<void> {
    const out = join(this.deps.dir, backupFileName(now));
    try {
      mkdirSync(this.deps.dir, { recursive: true });
      const result = await backupDatabase(this.deps.db, out, { otherWriters: false, ...(this.deps.nativeBinding ? { nativeBinding: this.deps.nativeBinding } : {}) });
      this.lastSuccessAt = now;
      this.lastFailure = null;
      this.deps.log(`vigil: backup written: ${out} (${result.bytes} bytes, ${result.auditEntries} audit entries)`);
      this.prune(out);
    } catch (error) {
      const message = errorMessage(error);
      this.lastFailure = { at: now, message };
      this.deps.log(`vigil: BACKUP FAILED: ${message} (tried again within the hour)`);
    }
  }

  /** Keeps the newest N backups (and always the one just written); other files in the folder are never touched. */
  private prune(justWritten: string): void {
    const old = this.backups()
      .sort((a, b) => b.time - a.time)
      .slice(this.keep)
      .filter((b) => b.path !== justWritten);
    for (const b of old) rmSync(b.path, { force: true });
  }

  private backups(): { path: string; time: number }[] {
    let names: string[];
    try {
      names = readdirSync(this.deps.dir);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const time = backupTimeOf(name);
      return time === null ? [] : [{ path: join(this.deps.dir, name), time }];
    });
  }
}
