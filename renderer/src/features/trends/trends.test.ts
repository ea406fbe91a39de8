import { describe, expect, it } from 'vitest';
import type { EntryView, EpisodeView } from '../../../../shared/api/methods/episode';
import type { TrendPoint } from '../../../../shared/api/contract';
import { THRESHOLDS } from '../../../../shared/clinical/thresholds';
import type { Observation } from '../../../../shared/observation';
import { i18n } from '../../i18n';
import { dim } from '../../charts/palette';
import { addLocalDays } from '../../../../shared/episode/day';
import { axisLabel, timeTicks, dayStarts, episodeTickStepMs } from '../../charts/timeAxis';
import { bucketsForWidth, reducePoints } from './buckets';
import { msPerPixel, nearestPoint, stepCrosshair, timeToX, xToTime } from './crosshair';
import { manualFromObservations, manualFromStation, mergeManual } from './manual';
import { dayAreas, gradeSegments, treatmentMarkers } from './markers';
import { displaySeries, feedOf, readout } from './readout';
import { thresholdLines } from '../../charts/thresholds';
import { customRange, dayRange, daysIn, episodeRange, panRange, resolveZoom } from './zoom';
import { HOUR_MS as HOUR } from '../../../../shared/time';

const at = (d: number, h = 0, m = 0) => new Date(2025, 0, d, h, m).getTime();
const INFUSION = at(10, 10); // Day 0 = 10 Jan 2025 (local)

describe('axis labels "Day +N, HH:MM"', () => {
  it('names the Day from the infusion and the local time', () => {
    expect(axisLabel(at(13, 14, 5), INFUSION)).toBe('Day +3, 14:05');
    expect(axisLabel(at(10, 0, 0), INFUSION)).toBe('Day 0, 00:00');
    expect(axisLabel(at(7, 23, 30), INFUSION)).toBe('Day −3, 23:30');
  });
  it('shows the date before an infusion is recorded, and follows the language', async () => {
    expect(axisLabel(at(13, 14, 5), null)).toBe('13 Jan 2025, 14:05');
    await i18n.changeLanguage('zh-CN');
    try {
      expect(axisLabel(at(13, 14, 5), INFUSION)).toBe('第 +3 天 14:05');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

describe('ticks', () => {
  it('spaces labels at least ~130 px apart', () => {
    expect(episodeTickStepMs(24 * HOUR, 1300)).toBe(3 * HOUR);
    expect(episodeTickStepMs(12 * HOUR, 1300)).toBe(2 * HOUR);
    expect(episodeTickStepMs(22 * 24 * HOUR, 1300)).toBe(3 * 24 * HOUR);
    expect(episodeTickStepMs(22 * 24 * HOUR, 3000)).toBe(24 * HOUR);
  });
  it('falls on round local times and local midnights', () => {
    const hours = timeTicks(at(12, 8, 17), at(12, 20), 3 * HOUR).map((t) => new Date(t).getHours());
    expect(hours).toEqual([9, 12, 15, 18]);
    const halves = timeTicks(at(12, 8, 17), at(12, 10), 30 * 60_000).map((t) => `${new Date(t).getHours()}:${new Date(t).getMinutes()}`);
    expect(halves).toEqual(['8:30', '9:0', '9:30', '10:0']);
    expect(timeTicks(at(3, 5), at(9, 1), 2 * 24 * HOUR)).toEqual([at(5), at(7), at(9)]);
    expect(timeTicks(at(3, 5), at(9, 1), 2 * 24 * HOUR, INFUSION)).toEqual([at(4), at(6), at(8)]); // Day −6, −4, −2
    expect(dayStarts(at(3, 5), at(5, 0))).toEqual([at(4), at(5)]);
    expect(addLocalDays(at(30, 12), 3)).toBe(new Date(2025, 1, 2, 12).getTime());
  });
});

describe('about two points per pixel', () => {
  it('asks for one bucket per pixel of the plot, within limits', () => {
    expect(bucketsForWidth(1296)).toBe(1296);
    expect(bucketsForWidth(12.4)).toBe(60);
    expect(bucketsForWidth(Number.NaN)).toBe(60);
    expect(bucketsForWidth(9000)).toBe(4000);
  });
  it('reduces a long answer to min and max per bucket, keeping spikes and gaps', () => {
    const points: TrendPoint[] = Array.from({ length: 1000 }, (_, i) => ({ t: i, v: 70 + (i % 7) }));
    points[503] = { t: 503, v: 180 }; // a spike
    points[700] = { t: 700, v: null }; // a gap
    const reduced = reducePoints(points, 0, 1000, 10);
    expect(reduced.length).toBeLessThanOrEqual(2 * 10 + 3);
    expect(reduced.some((p) => p.v === 180)).toBe(true);
    expect(reduced.filter((p) => p.v === null)).toEqual([{ t: 700, v: null }]);
    expect(reduced.map((p) => p.t)).toEqual([...reduced.map((p) => p.t)].sort((a, b) => a - b));
    const short = points.slice(0, 15);
    expect(reducePoints(short, 0, 1000, 10)).toBe(short);
  });
});

describe('zoom ranges', () => {
  const episode = (over: Partial<EpisodeView> = {}) =>
    ({
      admittedAt: at(4, 9),
      infusionTime: INFUSION,
      dischargedAt: null,
      product: { observationDays: 14 },
      checklist: { entries: { lymphodepletion: { data: { days: ['2025-01-05', '2025-01-06', '2025-01-07'] } } } },
      ...over,
    }) as unknown as EpisodeView;

  it('a Day is its local calendar day', () => {
    expect(dayRange(3, INFUSION)).toEqual({ from: at(13), to: at(14) });
    expect(dayRange(-2, INFUSION)).toEqual({ from: at(8), to: at(9) });
  });
  it('the whole episode: from Day −7 or the first record, to the end of the observation period (or now)', () => {
    expect(episodeRange(episode(), at(15))).toEqual({ from: at(4), to: at(25) });
    expect(episodeRange(episode({ admittedAt: at(1) }), at(15))).toEqual({ from: at(3), to: at(25) });
    expect(episodeRange(episode(), at(27, 8))).toEqual({ from: at(4), to: at(27, 8) });
    expect(episodeRange(episode({ product: null }), at(15)).to).toBe(at(25));
    expect(episodeRange(episode({ infusionTime: null }), at(6, 12))).toEqual({ from: at(4), to: at(7) });
    expect(episodeRange(null, at(6, 12))).toEqual({ from: at(5, 12), to: at(6, 12) });
  });
  it('opens on the last 24 h on Day 0 and Day +1 (from local midnight to midnight), else on the whole episode', () => {
    const whole = { from: at(3), to: at(25) };
    const opened = (now: number, infusionTime: number | null = INFUSION) => resolveZoom({ kind: 'default' }, { whole, now, infusionTime });
    const last24h = (now: number) => ({ kind: 'last24h', from: now - 24 * 3_600_000, to: now });
    expect(opened(at(10) - 1)).toEqual({ kind: 'episode', ...whole }); // Day −1, last millisecond
    expect(opened(at(10))).toEqual(last24h(at(10))); // Day 0 starts at local midnight, before the infusion itself
    expect(opened(INFUSION + 60_000)).toEqual(last24h(INFUSION + 60_000));
    expect(opened(at(12) - 1)).toEqual(last24h(at(12) - 1)); // Day +1, last millisecond
    expect(opened(at(12))).toEqual({ kind: 'episode', ...whole }); // Day +2
    expect(opened(at(10, 12), null)).toEqual({ kind: 'episode', ...whole }); // no infusion yet
  });
  it('last 12 hours, pan by half a window, a custom range checked', () => {
    expect(resolveZoom({ kind: 'last12h' }, { whole: { from: 0, to: 1 }, now: at(15, 20), infusionTime: INFUSION })).toEqual({ kind: 'last12h', from: at(15, 8), to: at(15, 20) });
    expect(resolveZoom({ kind: 'day', day: 1 }, { whole: { from: 0, to: 1 }, now: 0, infusionTime: INFUSION })).toEqual({ kind: 'day', day: 1, from: at(11), to: at(12) });
    expect(panRange({ from: at(13), to: at(14) }, -1)).toEqual({ from: at(12, 12), to: at(13, 12) });
    expect(panRange({ from: at(13), to: at(14) }, 1)).toEqual({ from: at(13, 12), to: at(14, 12) });
    expect(customRange('2025-01-13T08:00', '2025-01-13T20:30')).toEqual({ ok: true, value: { from: at(13, 8), to: at(13, 20, 30) } });
    expect(customRange('2025-01-13T08:00', '2025-01-13T07:00')).toEqual({ ok: false, errors: { to: { code: 'endBeforeStart' } } });
    expect(customRange('yesterday', '')).toEqual({ ok: false, errors: { from: { code: 'dateTime' }, to: { code: 'dateTime' } } });
    expect(daysIn({ from: at(8), to: at(11, 6) }, INFUSION)).toEqual([-2, -1, 0, 1]);
  });
});

describe('markers', () => {
  const entry = (kind: string, data: Record<string, unknown>, effectiveAt: number): EntryView => ({ id: effectiveAt, kind, data, effectiveAt, recordedAt: effectiveAt, recordedBy: 'x', recordedByRole: 'nurse', supersedes: null, reason: null });
  it('treatments by kind and lane, in time order; checklist entries and notes ignored', () => {
    const m = treatmentMarkers([
      entry('event:medication', { drug: 'Tocilizumab', drugClass: 'anti_il6', doseText: '8 mg/kg IV', time: at(11, 9) }, at(11, 9)),
      entry('event:oxygen', { device: 'nasal_cannula', flowLMin: 2, time: at(11, 7) }, at(11, 7)),
      entry('event:medication', { drug: 'Dexamethasone', drugClass: 'corticosteroid', time: at(11, 12) }, at(11, 12)),
      entry('event:vasopressor', { drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'ug/kg/min', time: at(11, 13) }, at(11, 13)),
      entry('event:note', { text: 'x', time: at(11, 14) }, at(11, 14)),
      entry('lymphodepletion', { days: [] }, at(5)),
    ]);
    expect(m.map((x) => [x.kind, x.lane, x.label])).toEqual([
      ['oxygen', 'oxygen', 'nasal cannula 2 L/min'],
      ['tocilizumab', 'anti_inflammatory', 'Tocilizumab 8 mg/kg IV'],
      ['steroid', 'anti_inflammatory', 'Dexamethasone'],
      ['vasopressor', 'vasopressor', 'norepinephrine start 0.05 ug/kg/min'],
    ]);
  });
  it('lymphodepletion days merge into one shaded area; grades become segments', () => {
    expect(dayAreas([at(7), at(5), at(6), at(9)])).toEqual([{ from: at(5), to: at(8) }, { from: at(9), to: at(10) }]);
    const points = [
      { time: 10, crs: 0, icans: 0 },
      { time: 20, crs: 1, icans: 0 },
      { time: 30, crs: 1, icans: 'not_assessable' as const },
      { time: 40, crs: 2, icans: 1 },
    ];
    expect(gradeSegments(points, 'crs', 50)).toEqual([
      { from: 10, to: 20, grade: 0 },
      { from: 20, to: 40, grade: 1 },
      { from: 40, to: 50, grade: 2 },
    ]);
    expect(gradeSegments(points, 'icans', 50).map((s) => s.grade)).toEqual([0, 'not_assessable', 1]);
  });
});

describe('crosshair', () => {
  const plot = { left: 100, right: 1100, from: 0, to: 10_000 };
  it('maps pixels and time both ways, clamped to the plot', () => {
    expect(xToTime(600, plot)).toBe(5000);
    expect(xToTime(20, plot)).toBe(0);
    expect(timeToX(2500, plot)).toBe(350);
    expect(msPerPixel(plot)).toBe(10);
  });
  it('finds the nearest reading, never across a gap', () => {
    const pts: TrendPoint[] = [{ t: 100, v: 1 }, { t: 200, v: 2 }, { t: 250, v: null }, { t: 400, v: 4 }];
    expect(nearestPoint(pts, 190, 50)).toEqual({ t: 200, v: 2 });
    expect(nearestPoint(pts, 300, 150)).toEqual({ t: 400, v: 4 }); // 200 is as near, but across the gap
    expect(nearestPoint(pts, 260, 100)).toBeNull(); // the gap is the neighbour on the left
    expect(nearestPoint(pts, 390, 50)).toEqual({ t: 400, v: 4 });
    expect(nearestPoint(pts, 700, 50)).toBeNull();
  });
  it('arrow keys step 1 % (Shift 10 %) of the window and stay inside it', () => {
    expect(stepCrosshair(null, plot, 1, false)).toBe(100);
    expect(stepCrosshair(5000, plot, -1, true)).toBe(4000);
    expect(stepCrosshair(9990, plot, 1, true)).toBe(10_000);
  });
});

describe('manual readings', () => {
  it('come from the station list and the live push, each once', () => {
    const fromAudit = manualFromStation([{ param: 'temp', value: 38.5, unit: 'Cel', time: 1000, site: 'oral', enteredBy: 'Nurse Kim' }]);
    expect(fromAudit).toEqual([{ param: 'temp', time: 1000, value: 38.5, site: 'oral', by: 'Nurse Kim' }]);
    const batch: Observation[] = [
      { param: 'temp', value: 38.5, unit: 'Cel', time: 1000, status: 'valid', source: 'manual', device: 'manual:Nurse Kim', site: 'oral' },
      { param: 'hr', value: 90, unit: '/min', time: 900, status: 'valid', source: 'manual', device: 'manual:Dr Rao' },
      { param: 'hr', value: 91, unit: '/min', time: 950, status: 'valid', source: 'serial', device: 'S5' },
    ];
    const pushed = manualFromObservations(batch);
    expect(pushed.map((r) => r.param)).toEqual(['temp', 'hr']);
    expect(mergeManual(fromAudit, pushed)).toEqual([
      { param: 'hr', time: 900, value: 90, site: null, by: 'Dr Rao' },
      { param: 'temp', time: 1000, value: 38.5, site: 'oral', by: 'Nurse Kim' },
    ]);
  });
  it('the readout prefers a manual reading as near as the line, and names the feed otherwise', () => {
    const series = { temp: [{ t: 1000, v: 38.5 }, { t: 5000, v: 37 }], hr: [{ t: 1100, v: 88 }] };
    const manual = [{ param: 'temp' as const, time: 1000, value: 38.5, site: 'oral', by: 'Nurse Kim' }];
    const rows = readout(1050, series, manual, 'F', 10, [{ param: 'hr', serialLastAt: 1, hl7LastAt: 2, active: 'serial', both: true }]);
    expect(rows.find((r) => r.param === 'temp')).toMatchObject({ source: 'manual', site: 'oral', by: 'Nurse Kim', time: 1000 });
    expect(rows.find((r) => r.param === 'temp')!.value).toBeCloseTo(101.3, 10);
    expect(rows.find((r) => r.param === 'hr')).toMatchObject({ source: 'monitor_or_hl7', value: 88 });
    expect(feedOf('spo2', [])).toBe('monitor');
    // Within 4 pixels the hand-taken reading wins even when a bucket extreme is nearer.
    expect(readout(1040, { temp: [{ t: 1030, v: 37 }] }, manual, 'C', 10, [])[0]).toMatchObject({ source: 'manual', value: 38.5 });
    expect(readout(1100, { temp: [{ t: 1090, v: 37 }] }, manual, 'C', 10, [])[0]).toMatchObject({ source: 'monitor', value: 37 });
  });
  it('draws the monitor series in the display unit (°F converted without rounding)', () => {
    expect(displaySeries({ temp: [{ t: 38.5, v: 38.5 }] }, 'F', 100, 0, 1400 * 10).temp![0]!.v).toBeCloseTo(101.3, 10);
    expect(displaySeries({ hr: [{ t: 1000, v: 72 }] }, 'F', 100, 0, 1400 * 10).hr).toEqual([{ t: 1000, v: 72 }]);
  });
});

describe('thresholds and theme', () => {
  it('reference lines come from THRESHOLDS, converted for °F', () => {
    expect(thresholdLines('C')).toEqual({ fever: THRESHOLDS.feverC.value, sbpBelow: THRESHOLDS.hypotensionSbpBelowMmHg.value, mapBelow: THRESHOLDS.hypotensionMapBelowMmHg.value });
    expect(thresholdLines('F').fever).toBeCloseTo((THRESHOLDS.feverC.value * 9) / 5 + 32, 10);
  });
  it('night dims a colour towards black', () => {
    expect(dim('#ffffff', 0.5)).toBe('#808080');
    expect(dim('#4ade80', 1)).toBe('#4ade80');
    expect(dim('red', 0.5)).toBe('red');
  });
});
