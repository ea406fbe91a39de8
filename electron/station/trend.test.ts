import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './db/open';
import { ObservationRepository } from './repositories/observations';
import { bucketStats } from './repositories/rollups';
import { gapStartsFromStates, insertGaps, trendPoints } from './trend';
import type { Observation } from '../../shared/observation';

function fresh() {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'vigil-trend-')), 'station.db'));
  return { db, obs: new ObservationRepository(db) };
}

const spo2 = (time: number, value: number | null, status: Observation['status'] = 'valid'): Observation => ({
  param: 'spo2', value, unit: '%', time, status, source: 'serial', device: 'bed1',
});

/** What the rollups must equal: the raw data's count, sum, min and max per bucket. */
function rawStats(rows: { time: number; value: number }[], bucketMs: number) {
  const map = new Map<number, { n: number; sum: number; min: number; max: number }>();
  for (const r of rows) {
    const b = r.time - (r.time % bucketMs);
    const s = map.get(b) ?? { n: 0, sum: 0, min: Infinity, max: -Infinity };
    s.n += 1;
    s.sum += r.value;
    s.min = Math.min(s.min, r.value);
    s.max = Math.max(s.max, r.value);
    map.set(b, s);
  }
  return [...map.entries()].sort((a, b) => a[0] - b[0]).map(([bucket, s]) => ({ bucket_ms: bucket, ...s }));
}

describe('rollups', () => {
  it('equal the raw data per bucket whatever the order, batching, duplicates, gaps and invalid values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 0, max: 3 * 3600_000 }), value: fc.integer({ min: 50, max: 100 }), valid: fc.boolean() }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        (rows, batchSize) => {
          const { db, obs } = fresh();
          for (let i = 0; i < rows.length; i += batchSize)
            obs.insert(rows.slice(i, i + batchSize).map((r) => spo2(r.time, r.valid ? r.value : null, r.valid ? 'valid' : 'invalid')));
          // The first row stored for a time wins (a repeated series+time is ignored).
          const kept = new Map<number, (typeof rows)[number]>();
          for (const r of rows) if (!kept.has(r.time)) kept.set(r.time, r);
          const valid = [...kept.values()].filter((r) => r.valid).map((r) => ({ time: r.time, value: r.value }));
          for (const [table, bucketMs] of [['rollup_1m', 60_000], ['rollup_10m', 600_000]] as const)
            expect(db.prepare(`SELECT bucket_ms, n, sum, min, max FROM ${table} ORDER BY bucket_ms`).all()).toEqual(rawStats(valid, bucketMs));
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answer a coarse request with the same min and max as the raw rows', () => {
    const { db, obs } = fresh();
    const rows = Array.from({ length: 6 * 3600 }, (_, i) => spo2(i * 1000, 95 + (i % 5)));
    rows[12_345] = spo2(12_345_000, 71); // a short desaturation
    obs.insert(rows);
    const ids = obs.seriesIds('spo2');
    const fromRollups = bucketStats(db, ids, 0, 6 * 3600_000, 600_000);
    const fromRaw = bucketStats(db, ids, 0, 6 * 3600_000, 59_999); // narrower than a minute: raw rows
    expect(fromRollups.map((b) => b.min)).toContain(71);
    const coarse = bucketStats(db, ids, 0, 6 * 3600_000, 1_200_000);
    expect(Math.min(...coarse.map((b) => b.min))).toBe(71);
    expect(Math.max(...fromRaw.map((b) => b.max))).toBe(99);
    db.close();
  });
});

describe('trendPoints', () => {
  it('returns exact rows for a narrow window and keeps every extreme for a wide one, within the point budget', () => {
    const { db, obs } = fresh();
    const day = 24 * 3600;
    const rows = Array.from({ length: day }, (_, i) => spo2(i * 1000, 96 + (i % 3)));
    rows[40_000] = spo2(40_000_000, 70);
    rows[70_000] = spo2(70_000_000, 100);
    obs.insert(rows);
    const ids = obs.seriesIds('spo2');
    const { points: narrow, bucketMs: exact } = trendPoints(db, ids, 39_990_000, 40_010_000, 1400);
    expect(exact).toBe(0);
    expect(narrow).toHaveLength(20);
    expect(narrow.find((p) => p.t === 40_000_000)?.v).toBe(70);
    const { points: wide, bucketMs } = trendPoints(db, ids, 0, day * 1000, 1400);
    expect(bucketMs).toBe(Math.ceil((day * 1000) / 1400));
    expect(wide.length).toBeLessThanOrEqual(2 * 1400);
    expect(Math.min(...wide.map((p) => p.v!))).toBe(70);
    expect(Math.max(...wide.map((p) => p.v!))).toBe(100);
    expect(wide.every((p, i) => i === 0 || p.t >= wide[i - 1]!.t)).toBe(true);
    db.close();
  });
});

describe('gaps', () => {
  it('starts a gap each time a device stops receiving', () => {
    const states = [
      { time: 0, state: 'connecting' },
      { time: 10, state: 'receiving' },
      { time: 50, state: 'silent' },
      { time: 60, state: 'error' },
      { time: 70, state: 'receiving' },
      { time: 90, state: 'stopped' },
    ];
    expect(gapStartsFromStates(states)).toEqual([50, 90]);
  });

  it('puts a null break between the points around a gap', () => {
    expect(insertGaps([{ t: 40, v: 1 }, { t: 80, v: 2 }], [50])).toEqual([
      { t: 40, v: 1 },
      { t: 50, v: null },
      { t: 80, v: 2 },
    ]);
  });
});
