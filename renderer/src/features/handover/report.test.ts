// The handover in words: every grade says "suggested (not confirmed)" unless the CRS/ICANS panel's own rule finds it
// confirmed; the lines repeated on every printed page; chart ticks; what Print saves first.
import { describe, expect, it } from 'vitest';
import type { ConfirmationView } from '../../../../shared/api/methods/clinical';
import { gradeTasks, gradeWords, printMeta } from './format';
import { draftChanged } from './print';
import { valueAxisTicks } from '../../charts/valueAxis';
import { printTimeTicks } from './printAxis';
import type { HandoverReport } from '../../../../shared/report/types';
import { HOUR_MS as H } from '../../../../shared/time';

const conf = (suggested: number, confirmed: number, covers: ConfirmationView['covers'] = null): ConfirmationView => ({ kind: 'crs', at: Date.UTC(2026, 0, 10, 9), covers, suggested, confirmed, reason: null, by: 'Dr Rao' });

describe('grades in words', () => {
  it('says "suggested (not confirmed)" without a confirmation, and when the suggestion moved since', () => {
    expect(gradeWords('crs', 2, null)).toMatchObject({ line: 'CRS: Grade 2', status: 'suggested (not confirmed)', confirmed: false });
    expect(gradeWords('crs', 2, conf(1, 1))).toMatchObject({ status: 'suggested (not confirmed)', confirmed: false });
    expect(gradeWords('icans', 'not_assessable', null).line).toBe('ICANS: Not assessable');
  });
  it('names who confirmed and when; a changed grade shows the physician’s grade and the suggestion', () => {
    const agreed = gradeWords('crs', 2, conf(2, 2));
    expect(agreed.confirmed).toBe(true);
    expect(agreed.status).toMatch(/^confirmed by Dr Rao at /);
    const changed = gradeWords('crs', 2, conf(2, 3));
    expect(changed.line).toBe('CRS: Grade 3');
    expect(changed.status).toMatch(/the station suggested Grade 2/);
  });
  it('a confirmed past course is named by its Days and compared with that course’s suggestion, not the grade now', () => {
    const infusion = new Date(2026, 0, 1, 10).getTime();
    const course = { from: new Date(2026, 0, 2, 13).getTime(), to: new Date(2026, 0, 4, 21).getTime() };
    const past = gradeWords('crs', 0, conf(2, 2, course), infusion);
    expect(past.line).toBe('CRS: Grade 0');
    expect(past.confirmed).toBe(false);
    expect(past.status).toMatch(/^suggested \(not confirmed\); Day \+1 – Day \+3 confirmed as Grade 2 by Dr Rao at .* \(the station suggested Grade 2 for those days\)$/);
    expect(gradeWords('crs', 1, conf(2, 3, course), infusion).status).toMatch(/Day \+1 – Day \+3 confirmed as Grade 3 .*suggested Grade 2 for those days/);
    // A confirmation of the grade now (no span) keeps its meaning.
    expect(gradeWords('crs', 2, conf(2, 2), infusion)).toMatchObject({ confirmed: true, line: 'CRS: Grade 2' });
  });
  it('lists unconfirmed non-zero grades as tasks for the physician', () => {
    const grades = { evaluatedAt: 0, news2: null, crs: { kind: 'crs', suggested: 2, confirmation: null, max: 2, maxAt: 0, basis: '' }, icans: { kind: 'icans', suggested: 0, confirmation: null, max: 0, maxAt: null, basis: '' } } as const;
    expect(gradeTasks(grades)).toEqual([{ kind: 'crs', grade: 2 }]);
    expect(gradeTasks({ ...grades, crs: { ...grades.crs, confirmation: conf(2, 2) } })).toEqual([]);
  });
});

describe('the lines on every page', () => {
  it('carry the patient, Day +N, the window, DEMO, who printed and page X of Y', () => {
    const report = {
      generatedAt: Date.UTC(2026, 0, 10, 18, 30),
      window: { from: Date.UTC(2026, 0, 10, 7), to: Date.UTC(2026, 0, 10, 19), isDefaultShift: true, asOf: Date.UTC(2026, 0, 10, 18, 30) },
      isDemo: true,
      patient: { name: 'DEMO Patient', mrn: 'DEMO-R' },
      episode: { day: 13 },
    } as unknown as HandoverReport;
    const meta = printMeta(report, 'Nurse Kim');
    expect(meta.header).toMatch(/^DEMO Patient · MRN DEMO-R · Day \+13 · Handover /);
    expect(meta.demo).toBe('DEMO');
    expect(meta.footer).toMatch(/^Printed by Nurse Kim at /);
    expect(meta.pageOf).toBe('Page [[page]] of [[pages]]');
    expect(printMeta({ ...report, isDemo: false }, null).demo).toBeNull();
  });
});

describe('chart ticks', () => {
  it('are whole local hours, at most about seven across the window', () => {
    const from = new Date(2026, 0, 10, 7).getTime();
    const ticks = printTimeTicks(from, from + 12 * H);
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) expect(new Date(t).getMinutes()).toBe(0);
    expect(printTimeTicks(from, from + 14 * 24 * H).every((t) => new Date(t).getHours() === 0)).toBe(true);
  });
});

describe('Print saves the draft first when it changed', () => {
  it('compares the draft with what is saved for the window', () => {
    expect(draftChanged({ severity: null, situation: 'x' }, null)).toBe(false);
    expect(draftChanged({ severity: 'watcher', situation: '' }, null)).toBe(true);
    expect(draftChanged({ severity: 'watcher', situation: 'a ' }, { severity: 'watcher', situation: 'a' })).toBe(false);
    expect(draftChanged({ severity: 'stable', situation: 'a' }, { severity: 'watcher', situation: 'a' })).toBe(true);
  });
});

describe('value ticks of the small charts', () => {
  it('are round values inside the axis range, at most five', () => {
    expect(valueAxisTicks(52.4, 141.2)).toEqual([60, 80, 100, 120, 140]);
    expect(valueAxisTicks(35.9, 40.3)).toEqual([36, 37, 38, 39, 40]);
    expect(valueAxisTicks(86, 100)).toEqual([90, 95, 100]);
    for (const [lo, hi] of [[0.1, 0.9], [36.2, 38.1], [12, 31], [70, 250], [96.5, 100]] as const) {
      const ticks = valueAxisTicks(lo, hi);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(ticks.length).toBeLessThanOrEqual(5);
      for (const t of ticks) expect(t >= lo && t <= hi).toBe(true);
    }
  });
});
