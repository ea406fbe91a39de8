// The storage state machine (ok → problem → recovered) with an injected failing write, and the bounded buffer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3';
import type { Observation } from '../../../shared/observation';
import type { StorageStatus } from '../../../shared/api/methods/live';
import { STORAGE_RETRY_MS, StorageHealth, shownConnection, storageErrorCode } from './health';
import { UnstoredValues } from './buffer';

const full = () => new Database.SqliteError('database or disk is full', 'SQLITE_FULL');

function healthWith(resume: () => string) {
  const clock = { now: 1_000 };
  const changes: StorageStatus[] = [];
  const lines: string[] = [];
  const health = new StorageHealth({ now: () => clock.now, log: (l) => lines.push(l), resume, changed: (s) => changes.push(s) });
  return { health, clock, changes, lines };
}

afterEach(() => vi.useRealTimers());

describe('storageErrorCode', () => {
  it('knows a full disk, I/O errors and a read-only file, and nothing else', () => {
    expect(storageErrorCode(full())).toBe('SQLITE_FULL');
    expect(storageErrorCode(new Database.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE'))).toBe('SQLITE_IOERR_WRITE');
    expect(storageErrorCode(new Database.SqliteError('readonly', 'SQLITE_READONLY_DBMOVED'))).toBe('SQLITE_READONLY_DBMOVED');
    expect(storageErrorCode(new Database.SqliteError('UNIQUE constraint failed', 'SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageErrorCode(new Error('database or disk is full'))).toBeNull();
    expect(storageErrorCode(null)).toBeNull();
  });
});

describe('StorageHealth', () => {
  it('goes ok → problem on a storage error, stays there while the retry fails, and back to ok when it succeeds', () => {
    let down = true;
    const t = healthWith(() => {
      if (down) throw full();
      return '3 values stored';
    });
    expect(t.health.status()).toEqual({ ok: true });
    expect(t.health.failed(new Error('a bug'), 'storing')).toBe(false);
    expect(t.health.ok).toBe(true);

    expect(t.health.failed(full(), 'storing 2 observations')).toBe(true);
    t.clock.now = 5_000;
    expect(t.health.failed(full(), 'storing again')).toBe(true); // the first failure's time and reason are kept
    expect(t.health.status()).toEqual({ ok: false, since: 1_000, reason: 'the disk is full (SQLITE_FULL)' });
    expect(t.changes).toEqual([{ ok: false, since: 1_000, reason: 'the disk is full (SQLITE_FULL)' }]);
    expect(t.lines).toHaveLength(1);
    expect(t.lines[0]).toMatch(/STORAGE PROBLEM: the disk is full \(SQLITE_FULL\) while storing 2 observations/);

    expect(t.health.retry()).toBe(false);
    expect(t.health.ok).toBe(false);
    down = false;
    expect(t.health.retry()).toBe(true);
    expect(t.health.status()).toEqual({ ok: true });
    expect(t.changes.at(-1)).toEqual({ ok: true });
    expect(t.lines.at(-1)).toMatch(/storage resumed after the disk is full .*: 3 values stored/);
    t.health.stop();
  });

  it('retries by itself on a timer until storage is back', () => {
    vi.useFakeTimers();
    let attempts = 0;
    const t = healthWith(() => {
      attempts += 1;
      if (attempts < 3) throw full();
      return 'ok';
    });
    t.health.failed(full(), 'storing');
    vi.advanceTimersByTime(STORAGE_RETRY_MS * 2);
    expect(t.health.ok).toBe(false);
    vi.advanceTimersByTime(STORAGE_RETRY_MS);
    expect(t.health.ok).toBe(true);
    vi.advanceTimersByTime(STORAGE_RETRY_MS * 5);
    expect(attempts).toBe(3); // the timer stopped with the recovery
  });
});

describe('shownConnection', () => {
  it('never shows "receiving" while nothing is stored; other states and a healthy store are shown as they are', () => {
    const receiving = { state: 'receiving' as const, since: 1, lastDataAt: 2 };
    const problem = { ok: false, since: 3, reason: 'the disk is full (SQLITE_FULL)' };
    expect(shownConnection(receiving, { ok: true })).toBe(receiving);
    expect(shownConnection(receiving, problem)).toEqual({ ...receiving, state: 'error', reason: 'values arrive but are not stored: the disk is full (SQLITE_FULL)' });
    const silent = { state: 'silent' as const, since: 1, lastDataAt: 2, reason: 'no data' };
    expect(shownConnection(silent, problem)).toBe(silent);
  });
});

describe('UnstoredValues', () => {
  const hr = (time: number, device = 'GE'): Observation => ({ param: 'hr', value: 70, unit: '/min', time, status: 'valid', source: 'serial', device });

  it('keeps each series within its count and age limits and counts what fell out', () => {
    const buffer = new UnstoredValues({ maxAgeMs: 10_000, maxPerSeries: 5, maxSeries: 1 });
    buffer.add([1, 2, 3, 4, 5, 6, 7].map((s) => hr(s * 1_000)));
    expect(buffer.contents().values.map((o) => o.time)).toEqual([3_000, 4_000, 5_000, 6_000, 7_000]);
    buffer.add([hr(16_000)]);
    expect(buffer.contents().values.map((o) => o.time)).toEqual([6_000, 7_000, 16_000]);
    buffer.add([hr(16_000, 'other monitor')]); // a second series is beyond maxSeries: lost, not kept
    expect(buffer.size).toBe(3);
    expect(buffer.contents().lost).toEqual({ count: 6, from: 1_000, to: 16_000 });
    buffer.clear();
    expect(buffer.contents()).toEqual({ values: [], lost: null });
  });
});
