import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';

describe('migration 0004-rollups', () => {
  it('builds the rollups of observations stored before it, from valid values only', () => {
    const db = new Database(join(mkdtempSync(join(tmpdir(), 'vigil-mig4-')), 'station.db'));
    migrate(db, 3);
    db.prepare("INSERT INTO series (param, unit, source, device) VALUES ('hr', '/min', 'serial', 'm')").run();
    const add = db.prepare('INSERT INTO observations (series_id, t_ms, value, status) VALUES (1, ?, ?, ?)');
    add.run(60_000, 70, 0);
    add.run(61_000, 90, 0);
    add.run(62_000, null, 1); // invalid: not rolled up
    add.run(125_000, 80, 0);
    migrate(db, 4);
    expect(db.prepare('SELECT bucket_ms, n, sum, min, max FROM rollup_1m ORDER BY bucket_ms').all()).toEqual([
      { bucket_ms: 60_000, n: 2, sum: 160, min: 70, max: 90 },
      { bucket_ms: 120_000, n: 1, sum: 80, min: 80, max: 80 },
    ]);
    expect(db.prepare('SELECT bucket_ms, n, min, max FROM rollup_10m').all()).toEqual([{ bucket_ms: 0, n: 3, min: 70, max: 90 }]);
  });
});
