import { afterEach, describe, expect, it } from 'vitest';
import type { EntryView } from '../../../../shared/api/methods/episode';
import { i18n } from '../../i18n';
import { timelineDays, timelineItems } from './timelineItems';

const INFUSION = new Date(2026, 10, 20, 10).getTime();
const at = (day: number, hour: number) => new Date(2026, 10, 20 + day, hour).getTime();
let nextId = 1;

function entry(kind: string, data: unknown, time: number, by = 'Nurse Kim', role = 'nurse'): EntryView {
  return { id: nextId++, kind, data, effectiveAt: time, recordedAt: time, recordedBy: by, recordedByRole: role, supersedes: null, reason: null };
}

const entries = [
  entry('event:medication', { kind: 'medication', drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '8 mg/kg IV (576 mg)', source: 'physician', time: at(1, 14) }, at(1, 14), 'Dr Rao', 'physician'),
  entry('event:neuro', { kind: 'neuro', ice: { form: 'total', total: 7 }, consciousness: 'alert', source: 'staff', time: at(1, 8) }, at(1, 8)),
  entry('event:oxygen', { kind: 'oxygen', device: 'nasal_cannula', flowLMin: 4, source: 'staff', time: at(2, 9) }, at(2, 9)),
  entry('seizure_prophylaxis', { given: true, drug: 'Levetiracetam', doseMg: 500, frequency: 'BID', startDate: '2026-11-20' }, at(-1, 9)),
  entry('handover_note', { from: at(2, 7), to: at(2, 19), severity: 'watcher', situation: 'Fever settling' }, at(2, 18)),
  entry('event:something_new', { kind: 'something_new' }, at(2, 19)),
];
const readings = [{ param: 'temp' as const, value: 38.6, unit: 'Cel', time: at(1, 9), site: 'oral', enteredBy: 'Nurse Kim' }];
const confirmations = [{ kind: 'crs' as const, at: at(2, 10), suggested: 1, confirmed: 2, reason: 'Oxygen need', by: 'Dr Rao', covers: null }];
// A past course (Day +1 – Day +3) confirmed later, on Day +9.
const pastCourse = { kind: 'crs' as const, at: at(9, 10), suggested: 2, confirmed: 2, reason: null, by: 'Dr Rao', covers: { from: at(1, 2), to: at(3, 20) } };

describe('the timeline in words', () => {
  afterEach(() => i18n.changeLanguage('en'));
  const items = () => timelineItems({ entries, readings, confirmations }, 'C', INFUSION);
  const text = () => items().map((i) => `${i.title}: ${i.summary ?? ''}`).join('\n');

  it('says what was given, how much and the ICE score; never an internal kind', () => {
    expect(text()).toMatch(/Medication given: Tocilizumab 8 mg\/kg IV \(576 mg\) — for CRS/);
    expect(text()).toMatch(/Neuro assessment: ICE 7\/10; alert/);
    expect(text()).toMatch(/Oxygen: Oxygen 4 L\/min nasal cannula/);
    expect(text()).toMatch(/Vital sign \(entered by hand\): Temp 38\.6 °C \(oral\)/);
    expect(text()).toMatch(/Grade confirmed by a physician: CRS: grade 2 confirmed \(the station suggested grade 1\)\. Reason: Oxygen need/);
    expect(text()).toMatch(/Handover note: Fever settling/);
    expect(text()).toMatch(/Other entry/);
    expect(text()).not.toMatch(/event:|Entry \(|handover_note|something_new/);
  });

  it('groups by local day, oldest first, and filters by kind', () => {
    const days = timelineDays(items(), 'all', INFUSION);
    expect(days.map((d) => d.day)).toEqual([-1, 1, 2]);
    expect(days[1]!.items.map((i) => i.kind)).toEqual(['event:neuro', 'manual_vital', 'event:medication']);
    expect(timelineDays(items(), 'treatments', INFUSION).flatMap((d) => d.items.map((i) => i.kind))).toEqual(['event:medication', 'event:oxygen']);
    expect(timelineDays(items(), 'neuro', INFUSION).flatMap((d) => d.items.map((i) => i.kind))).toEqual(['event:neuro']);
    expect(timelineDays(items(), 'grades', INFUSION).flatMap((d) => d.items.map((i) => i.kind))).toEqual(['grade_confirmation']);
    expect(timelineDays(items(), 'checklist', INFUSION).flatMap((d) => d.items.map((i) => i.kind))).toEqual(['seizure_prophylaxis']);
  });

  it('names the days a past course covers, not only the day it was confirmed', async () => {
    const past = timelineItems({ entries: [], readings: [], confirmations: [pastCourse] }, 'C', INFUSION)[0]!;
    expect(past.summary).toBe('CRS, Day +1 – Day +3: grade 2 confirmed (the station suggested grade 2 for those days)');
    await i18n.changeLanguage('zh-CN');
    expect(timelineItems({ entries: [], readings: [], confirmations: [pastCourse] }, 'C', INFUSION)[0]!.summary).not.toMatch(/Day|grade/);
  });

  it('in Chinese: drug names by their standard Chinese generic names', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(text()).toMatch(/托珠单抗 8 mg\/kg IV \(576 mg\)/);
    expect(text()).toMatch(/左乙拉西坦/);
    expect(text()).toMatch(/吸氧 4 L\/min 鼻导管/);
    expect(text()).not.toMatch(/Tocilizumab|Levetiracetam|Other entry/);
  });
});
