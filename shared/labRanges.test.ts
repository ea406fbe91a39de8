import { describe, expect, it } from 'vitest';
import { DEFAULT_LAB_RANGES, siteLabRanges } from './labRanges';
import { labTestByCode } from './labs';

const ferritin = (r: ReturnType<typeof siteLabRanges>) => r.ranges.find((x) => x.code === 'ferritin');

describe('site lab reference ranges', () => {
  it('every default names a test of the lab table and its source, low below high', () => {
    for (const r of DEFAULT_LAB_RANGES) {
      expect(labTestByCode(r.code), r.code).toBeDefined();
      expect(r.low).toBeLessThan(r.high);
      expect(r.source).toMatch(/CLIF/);
    }
    expect(new Set(DEFAULT_LAB_RANGES.map((r) => r.code)).size).toBe(DEFAULT_LAB_RANGES.length);
  });

  it('without a site file the defaults are used (ferritin 15–200 ng/mL, CRP 0.08–3.1 mg/L)', () => {
    const ranges = siteLabRanges(null);
    expect(ranges).toMatchObject({ from: 'defaults', problem: null });
    expect(ferritin(ranges)).toMatchObject({ low: 15, high: 200 });
    expect(ranges.ranges.find((r) => r.code === 'crp')).toMatchObject({ low: 0.08, high: 3.1 });
  });

  it("a site's file replaces the defaults it names and keeps the others", () => {
    const ranges = siteLabRanges(JSON.stringify({ ranges: [{ code: 'ferritin', low: 30, high: 400, source: 'Ward 4 lab, 2026' }, { code: 'fib', low: 200, high: 400, source: 'Ward 4 lab, 2026' }] }));
    expect(ranges.from).toBe('file');
    expect(ferritin(ranges)).toEqual({ code: 'ferritin', low: 30, high: 400, source: 'Ward 4 lab, 2026' });
    expect(ranges.ranges.find((r) => r.code === 'fib')).toMatchObject({ low: 200, high: 400 });
    expect(ranges.ranges.find((r) => r.code === 'crp')).toMatchObject({ low: 0.08, high: 3.1 });
  });

  it.each([
    ['{ not json', /lab-ranges\.json is not valid JSON/],
    [JSON.stringify({ ranges: [{ code: 'unobtainium', low: 1, high: 2, source: 'x' }] }), /ranges\.0\.code: is not a test in the lab table/],
    [JSON.stringify({ ranges: [{ code: 'ferritin', low: 400, high: 30, source: 'x' }] }), /ranges\.0\.high: low must be below high/],
    [JSON.stringify({ ranges: [{ code: 'ferritin', low: 15, high: 200 }] }), /ranges\.0\.source/],
    [JSON.stringify({ range: [] }), /lab-ranges\.json/],
  ])('a bad file (%s) is refused with a clear message and the defaults are kept', (text, message) => {
    const ranges = siteLabRanges(text);
    expect(ranges.from).toBe('defaults');
    expect(ranges.problem).toMatch(message);
    expect(ranges.problem).toMatch(/the default ranges are used/);
    expect(ranges.problemMessage?.key).toMatch(/^said\.labRanges\.(notJson|invalid)$/); // the window says it in its language
    expect(ferritin(ranges)).toMatchObject({ low: 15, high: 200 });
  });
});
