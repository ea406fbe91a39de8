import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { Station } from '../station';

describe('openDatabase durability', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-open-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens in WAL mode with synchronous=FULL, so a commit is fsynced before anything is acknowledged', () => {
    const db = openDatabase(join(tempDir(), 'vigil.db'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });

  it("is in force on the station's own connection", async () => {
    const station = new Station({ dbFile: join(tempDir(), 'vigil.db'), backup: false, log: () => undefined, now: () => Date.UTC(2026, 10, 1) });
    try {
      expect(station.db.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      await station.stop();
    }
  });
});
