import { describe, expect, it } from 'vitest';
import type { ConfirmationView, FlagView } from '../../../../shared/api/methods/clinical';
import type { EntryView } from '../../../../shared/api/methods/episode';
import { ICE_ITEMS } from '../../../../shared/clinical/neuroEvents';
import { thresholdValue } from './evidenceFormat';
import { convertAttribution, convertFluid, convertMedication, convertNote, convertOxygen, convertVasopressor, classOfDrug } from './treatments/eventForms';
import { flagPriority, isEarlierFlag, sortFlags, unacknowledgedCount } from './flags';
import { flagTitle } from './flagTitle';
import { confirmationState, convertConfirmation, gradeChoices, gradeLabel, parseGrade } from './grades';
import { emptyIceItems, iceTotal } from './treatments/ice';
import { convertNeuro, convertSeizure, emptyNeuro } from './treatments/neuroForms';
import { recentEvents } from './treatments/recent';
import { sourceLabel, toSourceMap } from './sources';
import { tocilizumabHint } from './treatments/tocilizumab';
import { toDateTimeLocal } from '../../ui/form/datetime';
import { MINUTE_MS as MIN } from '../../../../shared/time';

const NOW = new Date(2026, 0, 15, 14, 30).getTime();
const at = (minutesAgo: number) => toDateTimeLocal(NOW - minutesAgo * MIN);

function flag(id: number, code: string, raisedAt: number, acked = false): FlagView {
  return {
    id,
    code,
    raisedAt,
    lastSeenAt: raisedAt,
    clearedAt: null,
    ruleSetVersion: '1',
    explanation: '',
    evidence: [],
    acknowledged: acked ? { by: 'Nurse Kim', at: raisedAt + 1, note: null } : null,
  };
}

describe('flags', () => {
  it('orders by priority (prompt, review, info), unacknowledged first, then newest first', () => {
    const flags = [
      flag(1, 'FEVER_MASKED', 100),
      flag(2, 'HYPOTENSION_WITHOUT_FEVER', 200),
      flag(3, 'MONITOR_VALUE_UNCONFIRMED', 50),
      flag(4, 'ICE_NOT_ASSESSABLE', 300, true),
      flag(5, 'O2_REQUIREMENT_UNDOCUMENTED', 150),
      flag(6, 'SOMETHING_NEW', 400),
    ];
    expect(sortFlags(flags).map((f) => f.id)).toEqual([5, 3, 4, 6, 2, 1]);
    expect(flags.map((f) => f.id)).toEqual([1, 2, 3, 4, 5, 6]); // not sorted in place
    expect(unacknowledgedCount(flags)).toBe(5);
  });

  it('folds a flag once acknowledged or cleared, and only then (#18)', () => {
    expect(isEarlierFlag(flag(1, 'FEVER_MASKED', 100))).toBe(false);
    expect(isEarlierFlag(flag(2, 'FEVER_MASKED', 100, true))).toBe(true);
    expect(isEarlierFlag({ ...flag(3, 'FEVER_MASKED', 100), clearedAt: 200 })).toBe(true);
  });

  it('knows the priority and the title of each code; an unknown code is for review and keeps its code', () => {
    expect(flagPriority('O2_REQUIREMENT_UNDOCUMENTED')).toBe('prompt');
    expect(flagPriority('VASOPRESSIN_ONLY_REVIEW')).toBe('review');
    expect(flagPriority('CTCAE_GRADE_SEPARATELY')).toBe('info');
    expect(flagPriority('toString')).toBe('review');
    expect(flagTitle('FEVER_MASKED')).toBe('Fever masked by treatment');
    expect(flagTitle('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});

describe('grades', () => {
  it('labels grades and not assessable; ICANS may be confirmed as not assessable, CRS not', () => {
    expect(gradeLabel(0)).toBe('Grade 0');
    expect(gradeLabel(3)).toBe('Grade 3');
    expect(gradeLabel('not_assessable')).toBe('Not assessable');
    expect(gradeChoices('crs')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(gradeChoices('icans')).toEqual([0, 1, 2, 3, 4, 5, 'not_assessable']);
    expect(parseGrade('2')).toBe(2);
    expect(parseGrade('not_assessable')).toBe('not_assessable');
    expect(parseGrade('6')).toBeNull();
    expect(parseGrade('')).toBeNull();
  });

  it('lets a physician confirm grade 5 (death due to CRS or ICANS), never suggested, so always with a reason, shown as "Grade 5"', () => {
    expect(parseGrade('5')).toBe(5);
    expect(gradeLabel(5)).toBe('Grade 5');
    expect(convertConfirmation('crs', 4, { grade: '5', reason: '' })).toEqual({ ok: false, errors: { reason: { code: 'required' } } });
    expect(convertConfirmation('icans', 'not_assessable', { grade: '5', reason: 'Death from diffuse cerebral oedema' })).toEqual({
      ok: true,
      value: { kind: 'icans', grade: 5, reason: 'Death from diffuse cerebral oedema' },
    });
  });

  it('says how the confirmation stands against the suggestion now', () => {
    const c = (suggested: number, confirmed: number, covers: ConfirmationView['covers'] = null, at = 1): ConfirmationView => ({ kind: 'crs', at, covers, suggested, confirmed, reason: null, by: 'Dr Rao' });
    expect(confirmationState(1, null)).toBe('none');
    expect(confirmationState(1, c(1, 1))).toBe('agrees');
    expect(confirmationState(1, c(1, 2))).toBe('changed');
    expect(confirmationState(2, c(1, 1))).toBe('outdated');
    // A course that had ended when it was confirmed says nothing of the grade now, whatever the two grades are.
    expect(confirmationState(0, c(2, 2, { from: 10, to: 50 }, 90))).toBe('past');
    expect(confirmationState(2, c(2, 2, { from: 10, to: 50 }, 90))).toBe('past');
  });

  it('a changed grade needs a reason of at least 5 characters; keeping the suggestion does not', () => {
    expect(convertConfirmation('crs', 1, { grade: '1', reason: '' })).toEqual({ ok: true, value: { kind: 'crs', grade: 1 } });
    expect(convertConfirmation('crs', 1, { grade: '2', reason: '' })).toEqual({ ok: false, errors: { reason: { code: 'required' } } });
    expect(convertConfirmation('crs', 1, { grade: '2', reason: 'low' })).toMatchObject({ ok: false, errors: { reason: { code: 'tooShort' } } });
    expect(convertConfirmation('crs', 1, { grade: '2', reason: '  hypoxia on 2 L not documented  ' })).toEqual({
      ok: true,
      value: { kind: 'crs', grade: 2, reason: 'hypoxia on 2 L not documented' },
    });
    expect(convertConfirmation('icans', 'not_assessable', { grade: 'not_assessable', reason: '' })).toEqual({ ok: true, value: { kind: 'icans', grade: 'not_assessable' } });
    expect(convertConfirmation('crs', 1, { grade: '', reason: '' })).toMatchObject({ ok: false, errors: { grade: { code: 'choose' } } });
    // A past course goes with its span; the reason rule compares with the suggestion given (the course's maximum).
    expect(convertConfirmation('crs', 2, { grade: '2', reason: '' }, { from: 10, to: 50 })).toEqual({ ok: true, value: { kind: 'crs', grade: 2, span: { from: 10, to: 50 } } });
  });
});

describe('ICE', () => {
  it('totals the ten items done correctly', () => {
    const none = emptyIceItems();
    expect(Object.keys(none)).toEqual([...ICE_ITEMS]);
    expect(iceTotal(none)).toBe(0);
    expect(iceTotal({ ...none, orientationYear: true, namesObject2: true, countsBackwards: true })).toBe(3);
    expect(iceTotal(Object.fromEntries(ICE_ITEMS.map((i) => [i, true])) as ReturnType<typeof emptyIceItems>)).toBe(10);
  });
});

describe('event forms → events.record input', () => {
  it('oxygen: device and flow (required for nasal cannula), FiO2 typed in %, time from the local clock', () => {
    expect(convertOxygen({ time: at(10), device: 'nasal_cannula', flow: '2', fio2: '' }, NOW)).toEqual({ ok: true, value: { kind: 'oxygen', time: NOW - 10 * MIN, device: 'nasal_cannula', flowLMin: 2 } });
    expect(convertOxygen({ time: at(0), device: 'nasal_cannula', flow: '', fio2: '' }, NOW)).toEqual({ ok: false, errors: { flow: { code: 'required' } } });
    expect(convertOxygen({ time: at(0), device: 'venturi_mask', flow: '', fio2: '40' }, NOW)).toEqual({ ok: true, value: { kind: 'oxygen', time: NOW, device: 'venturi_mask', fio2: 0.4 } });
    expect(convertOxygen({ time: at(0), device: 'room_air', flow: '4', fio2: '30' }, NOW)).toEqual({ ok: true, value: { kind: 'oxygen', time: NOW, device: 'room_air' } });
    expect(convertOxygen({ time: '', device: '', flow: 'abc', fio2: '' }, NOW)).toEqual({ ok: false, errors: { time: { code: 'required' }, device: { code: 'choose' }, flow: { code: 'number' } } });
  });

  it('refuses a time in the future (beyond a few minutes of clock difference)', () => {
    expect(convertNote({ time: at(-3), text: 'ok' }, NOW).ok).toBe(true);
    const future = convertNote({ time: at(-30), text: 'later' }, NOW);
    expect(future.ok).toBe(false);
    expect(!future.ok && future.errors.time).toEqual({ text: 'the time is in the future' });
  });

  it('vasopressor: drug, action and dose (a stop needs no dose)', () => {
    expect(convertVasopressor({ time: at(5), drug: 'norepinephrine', action: 'start', dose: '0,05', doseUnit: 'µg/kg/min' }, NOW)).toEqual({
      ok: true,
      value: { kind: 'vasopressor', time: NOW - 5 * MIN, drug: 'norepinephrine', action: 'start', dose: 0.05, doseUnit: 'µg/kg/min' },
    });
    expect(convertVasopressor({ time: at(5), drug: 'norepinephrine', action: 'stop', dose: '', doseUnit: 'µg/kg/min' }, NOW)).toEqual({
      ok: true,
      value: { kind: 'vasopressor', time: NOW - 5 * MIN, drug: 'norepinephrine', action: 'stop' },
    });
    expect(convertVasopressor({ time: at(5), drug: '', action: '', dose: '', doseUnit: '' }, NOW)).toEqual({
      ok: false,
      errors: { drug: { code: 'choose' }, action: { code: 'choose' }, dose: { code: 'required' } },
    });
  });

  it('medication: the indication is always asked (premedication vs CRS treatment), known drugs give their class', () => {
    expect(classOfDrug(' tocilizumab ')).toBe('anti_il6');
    expect(classOfDrug('Aspirin')).toBeNull();
    expect(convertMedication({ time: at(0), drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '576 mg IV' }, NOW)).toEqual({
      ok: true,
      value: { kind: 'medication', time: NOW, drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs', doseText: '576 mg IV' },
    });
    expect(convertMedication({ time: at(0), drug: 'Paracetamol', drugClass: 'antipyretic', indication: '', doseText: '' }, NOW)).toEqual({ ok: false, errors: { indication: { code: 'choose' } } });
  });

  it('fluid bolus, attribution (a cause is needed to attribute, the effective time may not follow the record)', () => {
    expect(convertFluid({ time: at(0), volume: '500', indication: ' hypotension ' }, NOW)).toEqual({ ok: true, value: { kind: 'fluid_bolus', time: NOW, volumeMl: 500, indication: 'hypotension' } });
    expect(convertFluid({ time: at(0), volume: '0', indication: '' }, NOW)).toMatchObject({ ok: false, errors: { volume: { code: 'tooSmall' } } });
    expect(convertAttribution({ time: at(0), target: 'fever', active: 'attribute', cause: 'line infection', effectiveFrom: at(120) }, NOW)).toEqual({
      ok: true,
      value: { kind: 'attribution', time: NOW, target: 'fever', active: true, cause: 'line infection', effectiveFrom: NOW - 120 * MIN },
    });
    expect(convertAttribution({ time: at(0), target: 'fever', active: 'attribute', cause: '', effectiveFrom: at(-60) }, NOW)).toMatchObject({
      ok: false,
      errors: { cause: { code: 'required' }, effectiveFrom: { text: expect.any(String) } },
    });
    expect(convertAttribution({ time: at(0), target: 'hypoxia', active: 'withdraw', cause: '', effectiveFrom: '' }, NOW)).toEqual({
      ok: true,
      value: { kind: 'attribution', time: NOW, target: 'hypoxia', active: false },
    });
  });

  it('neuro assessment: ICE item by item with the level of consciousness, or why ICE could not be done', () => {
    const v = emptyNeuro(at(0));
    const items = { ...v.items, orientationYear: true, orientationMonth: true, followsCommands: true };
    const done = convertNeuro({ ...v, iceMode: 'items', items, consciousness: 'alert', otherFindings: ['tremor'], otherText: 'micrographia\n\n' }, NOW);
    expect(done).toEqual({
      ok: true,
      value: { kind: 'neuro', time: NOW, ice: { form: 'items', items }, consciousness: 'alert', otherFindings: ['tremor', 'micrographia'] },
    });
    expect(convertNeuro({ ...v, iceMode: 'notAssessable', consciousness: 'unarousable', notAssessableReason: 'intubated' }, NOW)).toEqual({
      ok: true,
      value: { kind: 'neuro', time: NOW, iceNotAssessableReason: 'intubated', consciousness: 'unarousable' },
    });
    expect(convertNeuro(v, NOW)).toEqual({ ok: false, errors: { iceMode: { code: 'choose' }, consciousness: { code: 'choose' } } });
  });

  it('seizure: unknown duration is left out (graded as prolonged), resolved is asked', () => {
    expect(convertSeizure({ time: at(0), seizureType: 'clinical_generalized', duration: '', resolved: 'yes', repetitive: false }, NOW)).toEqual({
      ok: true,
      value: { kind: 'seizure', time: NOW, seizureType: 'clinical_generalized', resolved: true },
    });
    expect(convertSeizure({ time: at(0), seizureType: '', duration: '-2', resolved: '', repetitive: true }, NOW)).toMatchObject({
      ok: false,
      errors: { seizureType: { code: 'choose' }, duration: { code: 'tooSmall' }, resolved: { code: 'choose' } },
    });
  });
});

function entry(id: number, kind: string, data: unknown, effectiveAt: number): EntryView {
  return { id, kind, data, effectiveAt, recordedAt: effectiveAt, recordedBy: 'Nurse Kim', recordedByRole: 'nurse', supersedes: null, reason: null };
}

describe('tocilizumab helper and recent events', () => {
  const timeline = [
    entry(1, 'infusion', {}, NOW - 50 * 3600_000),
    entry(2, 'event:medication', { kind: 'medication', time: NOW - 30 * 3600_000, source: 'staff', drug: 'Tocilizumab', drugClass: 'anti_il6', indication: 'crs' }, NOW - 30 * 3600_000),
    entry(3, 'event:medication', { kind: 'medication', time: NOW - 8 * 3600_000, source: 'staff', drug: 'tocilizumab', drugClass: 'anti_il6', indication: 'crs' }, NOW - 8 * 3600_000),
    entry(4, 'event:oxygen', { kind: 'oxygen', time: NOW - 3600_000, source: 'staff', device: 'nasal_cannula', flowLMin: 2 }, NOW - 3600_000),
  ];

  it('8 mg/kg capped at 800 mg, and which dose this would be', () => {
    expect(tocilizumabHint(72, [], NOW)).toMatchObject({ doseMg: 576, capped: false, count: { in24h: 1, total: 1, warnings: [] } });
    expect(tocilizumabHint(120, [], NOW)).toMatchObject({ doseMg: 800, capped: true });
    expect(tocilizumabHint(null, [], NOW).doseMg).toBeNull();
    const third = tocilizumabHint(80, timeline, NOW);
    expect(third.count).toMatchObject({ in24h: 2, total: 3 });
    const fourth = tocilizumabHint(80, [...timeline, entry(5, 'event:medication', { drug: 'Tocilizumab' }, NOW - 3600_000)], NOW);
    expect(fourth.count.warnings).toHaveLength(2);
  });

  it('lists documented events newest first with a summary', () => {
    const recent = recentEvents(timeline);
    expect(recent.map((e) => e.id)).toEqual([4, 3, 2]);
    expect(recent[0]).toMatchObject({ kind: 'oxygen', summary: 'oxygen: nasal cannula 2 L/min', by: 'Nurse Kim' });
  });
});

describe('evidence and sources', () => {
  it('shows durations in hours or minutes and temperatures in °C', () => {
    expect(thresholdValue({ value: 7_200_000, unit: 'ms' })).toBe('2 h');
    expect(thresholdValue({ value: 300_000, unit: 'ms' })).toBe('5 min');
    expect(thresholdValue({ value: 38, unit: 'Cel' })).toBe('38 °C');
    expect(thresholdValue({ value: 90, unit: 'mmHg' })).toBe('90 mmHg');
  });

  it('labels the active source of a param', () => {
    const map = toSourceMap([
      { param: 'hr', active: 'hl7', both: false, serialLastAt: null, hl7LastAt: 1 },
      { param: 'spo2', active: 'serial', both: true, serialLastAt: 2, hl7LastAt: 1 },
      { param: 'rr', active: null, both: false, serialLastAt: null, hl7LastAt: null },
    ]);
    expect(sourceLabel(map.get('hr'))).toEqual({ source: 'hl7', both: false });
    expect(sourceLabel(map.get('spo2'))).toEqual({ source: 'serial', both: true });
    expect(sourceLabel(map.get('rr'))).toBeNull();
    expect(sourceLabel(map.get('temp'))).toBeNull();
  });
});
