import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { downsampleMinMax, gapStartsFromStates, insertGaps } from './trend';

describe('downsampleMinMax', () => {
  it('returns every point when there are few', () => {
    expect(downsampleMinMax([{ time: 1, value: 5 }, { time: 2, value: null }, { time: 3, value: 6 }], 0, 10, 10)).toEqual([
      { t: 1, v: 5 },
      { t: 3, v: 6 },
    ]);
  });

  it('keeps the minimum and maximum of every bucket (a short desaturation survives)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 50, maxLength: 2000 }), fc.integer({ min: 1, max: 20 }), (values, buckets) => {
        const rows = values.map((value, i) => ({ time: i * 1000, value }));
        const out = downsampleMinMax(rows, 0, values.length * 1000, buckets);
        expect(out.length).toBeLessThanOrEqual(Math.max(values.length <= buckets * 2 ? values.length : buckets * 2, 1));
        const width = (values.length * 1000) / buckets;
        for (let b = 0; b < buckets; b++) {
          const inBucket = rows.filter((r) => Math.floor(r.time / width) === b);
          if (inBucket.length === 0) continue;
          const kept = out.filter((p) => Math.floor(p.t / width) === b).map((p) => p.v);
          expect(kept).toContain(Math.min(...inBucket.map((r) => r.value)));
          expect(kept).toContain(Math.max(...inBucket.map((r) => r.value)));
        }
      }),
      { numRuns: 100 },
    );
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
