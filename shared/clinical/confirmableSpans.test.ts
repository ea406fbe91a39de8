import { describe, expect, it } from 'vitest';
import { confirmsPastSpan, coveredSpan, crsConfirmableSpans, icansConfirmableSpans } from './confirmableSpans';

describe('spans a physician may confirm', () => {
  it('lists ended CRS courses from onset to just after the last sign, with their maximum, never one still going on', () => {
    const courses = [
      { onset: 100, resolvedAt: 500, maxGrade: 2 as const, maskedFrom: null },
      { onset: 900, resolvedAt: null, maxGrade: 1 as const, maskedFrom: null },
    ];
    expect(crsConfirmableSpans(courses, 200)).toEqual([{ from: 100, to: 301, maxGrade: 2 }]);
  });

  it('lists ended runs of ICANS ≥ 1 with their maximum; grade 0 ends a run, not assessable does not start one', () => {
    const points = [
      { time: 10, crs: 0, icans: 0 },
      { time: 20, crs: 0, icans: 1 },
      { time: 30, crs: 0, icans: 3 },
      { time: 40, crs: 0, icans: 2 },
      { time: 50, crs: 0, icans: 0 },
      { time: 60, crs: 0, icans: 'not_assessable' as const },
      { time: 70, crs: 0, icans: 1 }, // still going on at the end
    ];
    expect(icansConfirmableSpans(points)).toEqual([{ from: 20, to: 50, maxGrade: 3 }]);
    expect(icansConfirmableSpans([])).toEqual([]);
  });

  it('a confirmation without a span covers the instant it was made; one of an ended span speaks only for that span', () => {
    expect(coveredSpan({ at: 7, covers: null })).toEqual({ from: 7, to: 8 });
    expect(coveredSpan({ at: 900, covers: { from: 100, to: 500 } })).toEqual({ from: 100, to: 500 });
    expect(confirmsPastSpan({ at: 900, covers: { from: 100, to: 500 } })).toBe(true);
    expect(confirmsPastSpan({ at: 500, covers: { from: 100, to: 500 } })).toBe(true);
    expect(confirmsPastSpan({ at: 7, covers: null })).toBe(false);
  });
});
