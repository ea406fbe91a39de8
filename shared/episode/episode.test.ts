import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from './products';
import { checkDose } from './dose';
import { checkInfusionTiming } from './window';
import { tocilizumabCount, tocilizumabDoseMg } from './tocilizumab';
import { dayNumber, formatDay } from './day';
import { evaluateChecklist, type ChecklistEntries } from './checklist';

const ideCel = BUILTIN_PRODUCTS.find((p) => p.code === 'ide-cel')!;
const ciltaCel = BUILTIN_PRODUCTS.find((p) => p.code === 'cilta-cel')!;
const day = (iso: string) => new Date(`${iso}T12:00:00`);

describe('dose rules per product', () => {
  it.each([
    [299e6, false],
    [300e6, true],
    [450e6, true],
    [510e6, true],
    [511e6, false],
  ])('ide-cel flat 300–510 × 10⁶: %d cells → %s', (cells, ok) => {
    expect(checkDose(ideCel.dose, cells, 70).withinRule).toBe(ok);
  });

  it('cilta-cel is 0.5–1.0 × 10⁶/kg, capped at 1 × 10⁸', () => {
    expect(checkDose(ciltaCel.dose, 0.75e6 * 70, 70).withinRule).toBe(true);
    expect(checkDose(ciltaCel.dose, 0.49e6 * 70, 70).withinRule).toBe(false);
    expect(checkDose(ciltaCel.dose, 1.01e6 * 70, 70).withinRule).toBe(false);
    // 120 kg: 1.0 × 10⁶/kg would be 1.2 × 10⁸, but the cap is 1 × 10⁸.
    expect(checkDose(ciltaCel.dose, 1.1e8, 120)).toMatchObject({ withinRule: false, maxCells: 1e8 });
    expect(checkDose(ciltaCel.dose, 1e8, 120).withinRule).toBe(true);
    expect(checkDose(ciltaCel.dose, 5e7, null)).toMatchObject({ withinRule: false, message: expect.stringMatching(/weight is missing/) });
  });
});

describe('infusion window', () => {
  it('ide-cel: day 2 in window, day 3–7 with a reason, day 8 too late, day 1 too early', () => {
    const ld = day('2026-11-20');
    expect(checkInfusionTiming(ideCel, ld, day('2026-11-21')).verdict).toBe('too_early');
    expect(checkInfusionTiming(ideCel, ld, day('2026-11-22')).verdict).toBe('in_window');
    expect(checkInfusionTiming(ideCel, ld, day('2026-11-23')).verdict).toBe('late_needs_reason');
    expect(checkInfusionTiming(ideCel, ld, day('2026-11-27')).verdict).toBe('late_needs_reason');
    expect(checkInfusionTiming(ideCel, ld, day('2026-11-28')).verdict).toBe('too_late');
  });

  it('cilta-cel: days 2–4 in window', () => {
    const ld = day('2026-11-20');
    expect(checkInfusionTiming(ciltaCel, ld, day('2026-11-24')).verdict).toBe('in_window');
    expect(checkInfusionTiming(ciltaCel, ld, day('2026-11-25')).verdict).toBe('late_needs_reason');
  });

  it('a product without a rule uses the guide: 1–2 days, never later than 7', () => {
    const ld = day('2026-11-20');
    expect(checkInfusionTiming(null, ld, day('2026-11-21')).verdict).toBe('in_window');
    expect(checkInfusionTiming(null, ld, day('2026-11-27')).verdict).toBe('late_needs_reason');
    expect(checkInfusionTiming(null, ld, day('2026-11-28')).verdict).toBe('too_late');
  });
});

describe('tocilizumab', () => {
  it('is 8 mg/kg with a maximum of 800 mg', () => {
    expect(tocilizumabDoseMg(70)).toBe(560);
    expect(tocilizumabDoseMg(100)).toBe(800);
    expect(tocilizumabDoseMg(120)).toBe(800);
  });

  it('warns at the third dose in 24 h and at the fourth in total', () => {
    const h = 3600_000;
    expect(tocilizumabCount([], 0).warnings).toEqual([]);
    expect(tocilizumabCount([0], 8 * h).warnings).toEqual([]);
    expect(tocilizumabCount([0, 8 * h], 16 * h).warnings).toEqual([expect.stringMatching(/dose 3 within 24 h/)]);
    expect(tocilizumabCount([0, 8 * h], 30 * h)).toMatchObject({ in24h: 2, total: 3, warnings: [] });
    expect(tocilizumabCount([0, 8 * h, 30 * h], 60 * h).warnings).toEqual([expect.stringMatching(/dose 4 in total/)]);
  });
});

describe('Day +N', () => {
  it('counts calendar days from the infusion day', () => {
    const infusion = new Date('2026-11-22T15:00:00').getTime();
    expect(dayNumber(new Date('2026-11-22T23:59:00').getTime(), infusion)).toBe(0);
    expect(dayNumber(new Date('2026-11-23T00:01:00').getTime(), infusion)).toBe(1);
    expect(dayNumber(new Date('2026-11-19T08:00:00').getTime(), infusion)).toBe(-3);
    expect([formatDay(3), formatDay(0), formatDay(-2), formatDay(null)]).toEqual(['Day +3', 'Day 0', 'Day −2', 'Day —']);
  });
});

describe('checklist', () => {
  const complete: ChecklistEntries = {
    lymphodepletion: { regimen: 'Flu/Cy', fludarabineMgPerM2: 30, cyclophosphamideMgPerM2: 300, days: ['2026-11-18', '2026-11-19', '2026-11-20'] },
    infection_screening: { result: 'negative', date: '2026-11-17', activeInfection: false, notes: '' },
    cns_evaluation: { historyOfCnsDisease: false, assessmentDone: true, decision: 'proceed', physicianName: 'Dr Rao', notes: '' },
    seizure_prophylaxis: { given: true, drug: 'Levetiracetam', doseMg: 500, frequency: 'BID', startDate: '2026-11-22' },
    baseline: { time: 1, source: 'manual', hr: 80, sbp: 120, dbp: 70, spo2: 98, rr: 14, tempC: 36.8, iceScore: 10 },
  };

  it('lists every missing item and assumes nothing', () => {
    const state = evaluateChecklist({}, ideCel, day('2026-11-22'));
    expect(state.missing).toHaveLength(5);
    expect(state.readyForSignOff).toBe(false);
  });

  it('is ready when complete and in the window', () => {
    expect(evaluateChecklist(complete, ideCel, day('2026-11-22'))).toMatchObject({ missing: [], blockers: [], readyForSignOff: true });
  });

  it('is blocked by an active infection, a postponing CNS decision, or timing outside the window without an override', () => {
    expect(evaluateChecklist({ ...complete, infection_screening: { ...complete.infection_screening!, activeInfection: true } }, ideCel, day('2026-11-22')).blockers[0]).toMatch(/Active infection/);
    expect(evaluateChecklist({ ...complete, cns_evaluation: { ...complete.cns_evaluation!, decision: 'postpone' } }, ideCel, day('2026-11-22')).blockers[0]).toMatch(/postponed by Dr Rao/);
    const late = evaluateChecklist(complete, ideCel, day('2026-11-24'));
    expect(late.blockers[0]).toMatch(/after the window .* override/);
    expect(evaluateChecklist({ ...complete, timing_override: { reason: 'Grade 2 diarrhoea resolving' } }, ideCel, day('2026-11-24')).readyForSignOff).toBe(true);
  });
});
