// The report's pure parts: ICE due, the next tocilizumab dose by the label limits, confirmations beside the grade
// timeline, labs latest against previous, the print route, and the thresholds drawn on the charts.
import { describe, expect, it } from 'vitest';
import { nextTocilizumab, TOCILIZUMAB } from '../episode/tocilizumab';
import type { ConfirmationView } from '../api/methods/clinical';
import type { LabResult } from '../api/methods/labs';
import { THRESHOLDS } from '../clinical/thresholds';
import { chartThresholds } from './charts';
import { gradeTimelineRows, latestConfirmation } from './grades';
import { labRows } from './labs';
import { DEFAULT_LAB_RANGES } from '../labRanges';
import { isReportHash, parseReportHash, reportHash } from './route';
import { HANDOVER_INTERVALS, nextIceDue } from './schedule';
import { HOUR_MS } from '../time';

const T0 = Date.UTC(2026, 0, 10, 7);

describe('next ICE assessment (clinical-rules.md §5.1: every 8 h)', () => {
  it('is due 8 h after the last one, with its source', () => {
    expect(HANDOVER_INTERVALS.iceIntervalMs.value).toBe(8 * HOUR_MS);
    expect(HANDOVER_INTERVALS.iceIntervalMs.source).toMatch(/§5\.1/);
    expect(nextIceDue({ at: T0, total: 9 }, T0 + HOUR_MS)).toMatchObject({ dueAt: T0 + 8 * HOUR_MS, overdue: false, lastTotal: 9 });
    expect(nextIceDue({ at: T0, total: 9 }, T0 + 9 * HOUR_MS).overdue).toBe(true);
  });
  it('is due now when none was ever recorded', () => {
    expect(nextIceDue(null, T0)).toMatchObject({ dueAt: null, lastAt: null, overdue: true });
  });
});

describe('next tocilizumab dose (clinical-rules.md §4.5: every 8 h at most, ≤ 3 in 24 h, ≤ 4 in total)', () => {
  it('takes its numbers from the one table', () => {
    expect(TOCILIZUMAB).toMatchObject({ repeatIntervalHours: 8, maxDosesIn24h: 3, maxDosesTotal: 4 });
  });
  it('no dose yet: no limit to state', () => {
    expect(nextTocilizumab([], T0)).toMatchObject({ total: 0, in24h: 0, earliestAt: null, totalReached: false });
  });
  it('one dose: 8 h later', () => {
    expect(nextTocilizumab([T0], T0 + HOUR_MS)).toMatchObject({ total: 1, in24h: 1, earliestAt: T0 + 8 * HOUR_MS });
  });
  it('three doses 8 h apart: the fourth waits until the first is 24 h old', () => {
    expect(nextTocilizumab([T0, T0 + 8 * HOUR_MS, T0 + 16 * HOUR_MS], T0 + 17 * HOUR_MS)).toMatchObject({ in24h: 3, earliestAt: T0 + 24 * HOUR_MS });
    // Closer doses (a physician's decision): still 24 h after the third most recent.
    expect(nextTocilizumab([T0, T0 + 2 * HOUR_MS, T0 + 4 * HOUR_MS], T0 + 5 * HOUR_MS).earliestAt).toBe(T0 + 24 * HOUR_MS);
  });
  it('four in total: no further dose', () => {
    expect(nextTocilizumab([T0, T0 + 8 * HOUR_MS, T0 + 30 * HOUR_MS, T0 + 60 * HOUR_MS], T0 + 61 * HOUR_MS)).toMatchObject({ total: 4, totalReached: true, earliestAt: null });
  });
  it('ignores doses recorded after the report time', () => {
    expect(nextTocilizumab([T0, T0 + 10 * HOUR_MS], T0 + HOUR_MS)).toMatchObject({ total: 1, earliestAt: T0 + 8 * HOUR_MS });
  });
});

const confirmation = (kind: 'crs' | 'icans', at: number, suggested: number, confirmed: number): ConfirmationView => ({ kind, at, covers: null, suggested, confirmed, reason: null, by: 'Dr Rao' });

describe('confirmations beside the grades', () => {
  const confirmations = [confirmation('crs', T0 + HOUR_MS, 1, 1), confirmation('crs', T0 + 5 * HOUR_MS, 2, 2), confirmation('icans', T0 + 2 * HOUR_MS, 0, 0)];
  it('takes the latest confirmation of the kind before a time', () => {
    expect(latestConfirmation(confirmations, 'crs', T0 + 4 * HOUR_MS)?.at).toBe(T0 + HOUR_MS);
    expect(latestConfirmation(confirmations, 'crs', T0)).toBeNull();
  });
  it('gives each change of the timeline the latest confirmation before the next change', () => {
    const rows = gradeTimelineRows(
      [
        { time: T0, crs: 1, icans: 0 },
        { time: T0 + 3 * HOUR_MS, crs: 2, icans: 0 },
      ],
      confirmations,
      T0 + 12 * HOUR_MS,
    );
    expect(rows.map((r) => [r.crsConfirmation?.confirmed ?? null, r.icansConfirmation?.confirmed ?? null])).toEqual([
      [1, 0],
      [2, 0],
    ]);
  });
});

const lab = (id: number, code: string, at: number, value: number): LabResult => ({
  id, code, loinc: null, name: code.toUpperCase(), value, valueText: String(value), comparator: null, unit: 'mg/L', canonicalValue: value, canonicalUnit: 'mg/L',
  refRange: null, refLow: null, refHigh: null, abnormalFlag: null, observedAt: at, receivedAt: at, status: 'final', messageId: null, enteredBy: null,
});

describe('labs: latest against previous', () => {
  it('takes per test the latest before the end of the window and the one before it', () => {
    const rows = labRows([lab(1, 'crp', T0 - 48 * HOUR_MS, 4), lab(2, 'crp', T0 - 24 * HOUR_MS, 80), lab(3, 'crp', T0 + HOUR_MS, 120), lab(4, 'ferritin', T0 - 24 * HOUR_MS, 900)], T0);
    expect(rows.map((r) => [r.code, r.latest.value, r.previous?.value ?? null])).toEqual([
      ['crp', 80, 4],
      ['ferritin', 900, null],
    ]);
    expect(rows.map((r) => r.site)).toEqual([null, null]);
  });
  it('gives each row the site\'s range for its test (the window marks with it where the lab sent none)', () => {
    const rows = labRows([lab(1, 'ferritin', T0 - HOUR_MS, 2600), lab(2, 'il6', T0 - HOUR_MS, 40)], T0, DEFAULT_LAB_RANGES);
    expect(rows.map((r) => [r.code, r.site?.high ?? null])).toEqual([
      ['ferritin', 200],
      ['il6', null],
    ]);
  });
});

describe('print route', () => {
  it('round-trips the window, format, episode and who prints', () => {
    const hash = reportHash({ from: T0, to: T0 + 12 * HOUR_MS, format: 'Letter', episodeId: 3, printedBy: 'Nurse Kim', lang: 'zh-CN' });
    expect(isReportHash(`#${hash}`)).toBe(true);
    expect(parseReportHash(`#${hash}`)).toEqual({ from: T0, to: T0 + 12 * HOUR_MS, format: 'Letter', episodeId: 3, printedBy: 'Nurse Kim', lang: 'zh-CN' });
  });
  it('accepts ISO times and defaults to A4; refuses a bad window or paper size', () => {
    expect(parseReportHash('#/report/handover?from=2026-01-10T07:00:00Z&to=2026-01-10T19:00:00Z')).toMatchObject({ from: T0, to: T0 + 12 * HOUR_MS, format: 'A4', episodeId: null });
    expect(parseReportHash(`#/report/handover?from=${T0}&to=${T0}`)).toBeNull();
    expect(parseReportHash(`#/report/handover?from=${T0}&to=${T0 + HOUR_MS}&format=A3`)).toBeNull();
    expect(isReportHash('#/live')).toBe(false);
  });
});

describe('chart thresholds', () => {
  it('come from THRESHOLDS: fever above, hypotension and low SpO2 below; none for HR', () => {
    expect(chartThresholds('temp')).toEqual([{ key: 'feverC', value: THRESHOLDS.feverC.value, side: 'above' }]);
    expect(chartThresholds('nibp_sys')[0]).toMatchObject({ value: THRESHOLDS.hypotensionSbpBelowMmHg.value, side: 'below' });
    expect(chartThresholds('nibp_mean')[0]?.value).toBe(THRESHOLDS.hypotensionMapBelowMmHg.value);
    expect(chartThresholds('spo2')[0]?.value).toBe(THRESHOLDS.spo2PromptBelowPct.value);
    expect(chartThresholds('hr')).toEqual([]);
  });
});
