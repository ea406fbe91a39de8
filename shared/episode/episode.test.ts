import { describe, expect, it } from 'vitest';
import { BUILTIN_PRODUCTS } from './products';
import { checkDose } from './dose';
import { checkInfusionTiming } from './window';
import { tocilizumabCount, tocilizumabDoseMg } from './tocilizumab';
import { dayNumber, formatDay, localDayKey } from './day';
import { evaluateChecklist, type ChecklistEntries } from './checklist';

const ideCel = BUILTIN_PRODUCTS.find((p) => p.code === 'ide-cel')!;
const ciltaCel = BUILTIN_PRODUCTS.find((p) => p.code === 'cilta-cel')!;
/** Noon local time on a calendar date. */
const day = (iso: string) => new Date(`${iso}T12:00:00`).getTime();

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

  it('cilta-cel above 100 kg, where the per-kg maximum meets the 1 × 10⁸ cap: the range is 50–100 × 10⁶, never a minimum above the maximum', () => {
    expect(checkDose(ciltaCel.dose, 0.75e8, 100)).toMatchObject({ withinRule: true, minCells: 0.5e8, maxCells: 1e8 });
    for (const weightKg of [150, 201, 250, 300]) {
      const range = checkDose(ciltaCel.dose, 0.75e8, weightKg);
      expect(range).toMatchObject({ withinRule: true, minCells: 0.5e8, maxCells: 1e8, message: expect.stringContaining('(50 × 10⁶–100 × 10⁶ CAR+ T cells)') });
      expect(checkDose(ciltaCel.dose, 0.49e8, weightKg).withinRule).toBe(false);
      expect(checkDose(ciltaCel.dose, 1.01e8, weightKg).withinRule).toBe(false);
    }
  });
});

describe('infusion window (rules §4.4: d = calendar days from the last lymphodepletion date to the infusion date)', () => {
  // Infusion at 10:00 local on 22 November; the last lymphodepletion dose `d` calendar days earlier.
  const infusion = new Date(2026, 10, 22, 10).getTime();
  const lastDoseDaysBefore = (d: number) => localDayKey(new Date(2026, 10, 22 - d, 12).getTime());
  const check = (product: (typeof BUILTIN_PRODUCTS)[number] | null, d: number) => checkInfusionTiming(product, lastDoseDaysBefore(d), infusion)!;

  it.each([
    ['ide-cel', ideCel, 1, 'too_early'],
    ['ide-cel', ideCel, 2, 'in_window'],
    ['ide-cel', ideCel, 3, 'in_window'],
    ['ide-cel', ideCel, 4, 'late_needs_reason'],
    ['ide-cel', ideCel, 10, 'late_needs_reason'],
    ['ide-cel', ideCel, 11, 'too_late'],
    ['cilta-cel', ciltaCel, 1, 'too_early'],
    ['cilta-cel', ciltaCel, 2, 'in_window'],
    ['cilta-cel', ciltaCel, 5, 'in_window'],
    ['cilta-cel', ciltaCel, 6, 'late_needs_reason'],
    ['cilta-cel', ciltaCel, 14, 'late_needs_reason'],
    ['cilta-cel', ciltaCel, 15, 'too_late'],
    ['no product rule (guide)', null, 0, 'too_early'],
    ['no product rule (guide)', null, 1, 'in_window'],
    ['no product rule (guide)', null, 3, 'in_window'],
    ['no product rule (guide)', null, 4, 'late_needs_reason'],
    ['no product rule (guide)', null, 7, 'late_needs_reason'],
    ['no product rule (guide)', null, 8, 'too_late'],
  ] as const)('%s: d = %i is %s', (_name, product, d, verdict) => {
    expect(check(product, d)).toMatchObject({ verdict, daysSinceLymphodepletion: d, overridable: verdict === 'late_needs_reason' });
  });

  it("the labels' own schedule (last dose on Day −3, infusion on Day 0) is d = 3 with 2 rest days, in window for both products", () => {
    const lastDose = localDayKey(new Date(2026, 10, 19, 9).getTime());
    expect(formatDay(dayNumber(new Date(2026, 10, 19, 9).getTime(), infusion))).toBe('Day −3');
    expect(checkInfusionTiming(ideCel, lastDose, infusion)).toMatchObject({
      verdict: 'in_window',
      daysSinceLymphodepletion: 3,
      restDays: 2,
      message: "Infusion 3 days after the last lymphodepletion dose (2 rest days): within the product window (ide-cel: 2–3 days).",
    });
    expect(checkInfusionTiming(ciltaCel, lastDose, infusion)!.message).toBe('Infusion 3 days after the last lymphodepletion dose (2 rest days): within the product window (cilta-cel: 2–5 days).');
  });

  it('says d and the rest days in words, and what a late or blocked infusion needs', () => {
    expect(check(ideCel, 2).message).toMatch(/^Infusion 2 days after the last lymphodepletion dose \(1 rest day\): within/);
    expect(check(ideCel, 1).message).toBe('Infusion 1 day after the last lymphodepletion dose (no rest day): earlier than the product window (ide-cel: 2–3 days); blocked until 2 days after the last dose.');
    expect(check(ideCel, 0).message).toMatch(/^Infusion on the day of the last lymphodepletion dose \(no rest day\): earlier/);
    expect(check(ideCel, 4)).toMatchObject({ restDays: 3, message: "Infusion 4 days after the last lymphodepletion dose (3 rest days): after the window (ide-cel: 2–3 days); up to 10 days needs a physician's documented reason." });
    expect(check(ciltaCel, 15).message).toBe('Infusion 15 days after the last lymphodepletion dose (14 rest days): later than the product allows (cilta-cel: 2–5 days, up to 14 days with a reason); blocked: repeat lymphodepletion or stop.');
  });

  it('counts local calendar dates, not 24-hour periods: an infusion just after midnight is a day later than one just before', () => {
    const lastDose = '2026-11-19';
    expect(checkInfusionTiming(ideCel, lastDose, new Date(2026, 10, 22, 23, 59).getTime())!.daysSinceLymphodepletion).toBe(3);
    expect(checkInfusionTiming(ideCel, lastDose, new Date(2026, 10, 23, 0, 1).getTime())).toMatchObject({ daysSinceLymphodepletion: 4, verdict: 'late_needs_reason' });
    expect(checkInfusionTiming(ideCel, lastDose, new Date(2026, 10, 21, 0, 0).getTime())!.daysSinceLymphodepletion).toBe(2);
  });

  it('a lymphodepletion date that is not a calendar date gives no count', () => {
    expect(checkInfusionTiming(ideCel, '2026-02-30', infusion)).toBeNull();
  });

  it('uses the product\'s own window, a per-product setting', () => {
    const site = { ...ideCel, code: 'trial-cel', infusionWindowDays: { min: 4, max: 6 }, latestDayWithReason: null };
    expect([3, 4, 6, 7].map((d) => check(site, d).verdict)).toEqual(['too_early', 'in_window', 'in_window', 'too_late']);
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

  it("is ready on the labels' own schedule (lymphodepletion Days −5 to −3) for both products with no override", () => {
    const labelSchedule = { ...complete, lymphodepletion: { ...complete.lymphodepletion!, days: ['2026-11-17', '2026-11-18', '2026-11-19'] } };
    for (const product of [ideCel, ciltaCel]) {
      expect(evaluateChecklist(labelSchedule, product, day('2026-11-22'))).toMatchObject({ blockers: [], readyForSignOff: true, timing: { verdict: 'in_window', daysSinceLymphodepletion: 3 } });
    }
  });

  it('stays blocked too early or too late even with an override: §4.4 says repeat lymphodepletion or stop', () => {
    const overridden = { ...complete, timing_override: { reason: 'Product arrived late from manufacturing' } };
    const tooLate = evaluateChecklist(overridden, ideCel, day('2026-12-01')); // d = 11
    expect(tooLate).toMatchObject({ readyForSignOff: false, blockers: [expect.stringMatching(/later than the product allows .*repeat lymphodepletion or stop/)] });
    expect(evaluateChecklist(overridden, ideCel, day('2026-11-21')).blockers).toEqual([expect.stringMatching(/earlier than the product window/)]);
  });

  it('holds the infusion for a baseline outside the thresholds (39.7 °C, BP 81/46) until a physician acknowledges each finding', () => {
    const feverish = { ...complete, baseline: { ...complete.baseline!, source: 'monitor' as const, tempC: 39.7, sbp: 81, dbp: 46, hr: 126 } };
    const held = evaluateChecklist(feverish, ideCel, day('2026-11-22'));
    expect(held).toMatchObject({ missing: [], warnings: [], readyForSignOff: false });
    expect(held.blockers).toEqual([
      'Baseline temperature 39.7 °C: fever (≥ 38.0 °C). Measure the baseline again, or a physician acknowledges it with a reason.',
      'Baseline systolic blood pressure 81 mmHg: hypotension (< 90 mmHg). Measure the baseline again, or a physician acknowledges it with a reason.',
    ]);
    // Acknowledging only the fever leaves the hypotension holding the infusion.
    const feverOnly = evaluateChecklist({ ...feverish, baseline_acknowledgement: { findings: ['fever'], reason: 'Neutropenic fever treated, cultures negative' } }, ideCel, day('2026-11-22'));
    expect(feverOnly).toMatchObject({ readyForSignOff: false, blockers: [expect.stringMatching(/^Baseline systolic blood pressure 81 mmHg/)] });
    expect(feverOnly.warnings).toEqual(['Baseline temperature 39.7 °C: fever (≥ 38.0 °C), acknowledged by a physician: Neutropenic fever treated, cultures negative']);
    const both = evaluateChecklist({ ...feverish, baseline_acknowledgement: { findings: ['fever', 'hypotension'], reason: 'Reviewed at the bedside' } }, ideCel, day('2026-11-22'));
    expect(both).toMatchObject({ blockers: [], readyForSignOff: true });
    expect(both.warnings).toHaveLength(2);
  });

  it('reads the baseline at the thresholds exactly: 38.0 °C is fever, SBP 90 is not hypotension, SpO2 91 % is low', () => {
    const at = (over: Partial<NonNullable<ChecklistEntries['baseline']>>) => evaluateChecklist({ ...complete, baseline: { ...complete.baseline!, ...over } }, ideCel, day('2026-11-22'));
    expect(at({ tempC: 37.9, sbp: 90, spo2: 92 })).toMatchObject({ blockers: [], readyForSignOff: true });
    expect(at({ tempC: 38.0 }).blockers).toEqual([expect.stringMatching(/^Baseline temperature 38.0 °C: fever/)]);
    expect(at({ sbp: 89 }).blockers).toEqual([expect.stringMatching(/^Baseline systolic blood pressure 89 mmHg: hypotension/)]);
    expect(at({ spo2: 91 }).blockers).toEqual([expect.stringMatching(/^Baseline SpO₂ 91 %: below 92 %/)]);
    // A value not measured is not a finding (the baseline form names what is missing).
    expect(at({ tempC: null, sbp: null, spo2: null })).toMatchObject({ blockers: [], readyForSignOff: true });
  });

  it('warns, without holding the infusion, when the infection screen is positive but not marked active', () => {
    const positive = { ...complete, infection_screening: { ...complete.infection_screening!, result: 'positive' as const, notes: 'Rhinovirus PCR' } };
    expect(evaluateChecklist(positive, ideCel, day('2026-11-22'))).toMatchObject({
      blockers: [],
      warnings: [expect.stringMatching(/positive but not marked as an active infection/)],
      readyForSignOff: true,
    });
    expect(evaluateChecklist(complete, ideCel, day('2026-11-22')).warnings).toEqual([]);
    const active = evaluateChecklist({ ...positive, infection_screening: { ...positive.infection_screening, activeInfection: true } }, ideCel, day('2026-11-22'));
    expect(active).toMatchObject({ blockers: [expect.stringMatching(/Active infection/)], warnings: [] });
  });
});
