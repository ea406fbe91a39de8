import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import { AuditLog } from '../repositories/audit';
import { BackupSchedule } from './schedule';
import { backupTimeOf } from './names';
import { HOUR_MS } from '../../../shared/time';

const T0 = Date.UTC(2026, 10, 26, 7, 0, 0);

function setup(options: { keep?: number; dir?: string } = {}) {
  const base = mkdtempSync(join(tmpdir(), 'vigil-sched-'));
  const db = openDatabase(join(base, 'station.db'));
  const clock = { now: T0 };
  const lines: string[] = [];
  const dir = options.dir ?? join(base, 'backups');
  const make = () => new BackupSchedule({ db, dir, now: () => clock.now, log: (l) => lines.push(l) }, { keep: options.keep ?? 3 });
  new AuditLog(db, () => clock.now).append({ staffId: null, action: 'create', entity: 'entry' });
  return { db, dir, clock, lines, make, files: () => readdirSync(dir).sort() };
}

describe('BackupSchedule', () => {
  it('makes the first backup at once, then one a day by the station clock, named by that time', async () => {
    const s = setup();
    const schedule = s.make();
    expect(schedule.status()).toEqual({ lastSuccessAt: null });
    await schedule.tick();
    expect(s.files()).toEqual(['vigil-20261126T070000Z.db']);
    expect(schedule.status()).toEqual({ lastSuccessAt: T0 });
    expect(s.lines).toEqual([expect.stringMatching(/^vigil: backup written: .*vigil-20261126T070000Z\.db \(\d+ bytes, 1 audit entries\)$/)]);
    s.clock.now = T0 + 23 * HOUR_MS;
    await schedule.tick();
    expect(s.files()).toHaveLength(1);
    s.clock.now = T0 + 24 * HOUR_MS;
    await schedule.tick();
    expect(s.files()).toEqual(['vigil-20261126T070000Z.db', 'vigil-20261127T070000Z.db']);
    expect(schedule.status().lastSuccessAt).toBe(T0 + 24 * HOUR_MS);
    s.db.close();
  });

  it('keeps the newest N and never touches other files in the folder', async () => {
    const s = setup({ keep: 2 });
    const schedule = s.make();
    await schedule.tick();
    writeFileSync(join(s.dir, 'notes.txt'), 'IT: backups also go to the NAS');
    for (let day = 1; day <= 3; day++) {
      s.clock.now = T0 + day * 24 * HOUR_MS;
      await schedule.tick();
    }
    expect(s.files()).toEqual(['notes.txt', 'vigil-20261128T070000Z.db', 'vigil-20261129T070000Z.db']);
    s.db.close();
  });

  it('after a restart, knows its last backup from the folder and does not make another before it is due', async () => {
    const s = setup();
    await s.make().tick();
    s.clock.now = T0 + 2 * HOUR_MS;
    const restarted = s.make();
    expect(restarted.status()).toEqual({ lastSuccessAt: T0 });
    await restarted.tick();
    expect(s.files()).toHaveLength(1);
    s.db.close();
  });

  it('reports a failure, says so in the log, and clears it with the next success', async () => {
    const base = mkdtempSync(join(tmpdir(), 'vigil-sched-file-'));
    const blocked = join(base, 'not-a-folder');
    writeFileSync(blocked, 'a file where the backup folder should be');
    const s = setup({ dir: blocked });
    const schedule = s.make();
    await schedule.tick();
    expect(schedule.status()).toEqual({ lastSuccessAt: null, lastFailure: { at: T0, message: expect.stringMatching(/EEXIST|ENOTDIR/) } });
    expect(s.lines).toEqual([expect.stringMatching(/^vigil: BACKUP FAILED: /)]);
    s.clock.now = T0 + HOUR_MS;
    await schedule.tick(); // still failing: tried again at the next check
    expect(schedule.status().lastFailure?.at).toBe(T0 + HOUR_MS);
    rmSync(blocked);
    s.clock.now = T0 + 2 * HOUR_MS;
    await schedule.tick();
    expect(schedule.status()).toEqual({ lastSuccessAt: T0 + 2 * HOUR_MS });
    s.db.close();
  });

  it('one tick at a time: a tick while a backup runs waits for that one', async () => {
    const s = setup();
    const schedule = s.make();
    await Promise.all([schedule.tick(), schedule.tick()]);
    expect(s.files()).toHaveLength(1);
    expect(backupTimeOf(s.files()[0]!)).toBe(T0);
    expect(backupTimeOf('vigil-2026.db')).toBeNull();
    s.db.close();
  });
});
