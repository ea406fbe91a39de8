// CAR-HEMATOTOX at and around every cut-off, and its baseline timing.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../engine';
import { h, lab } from '../test-support';
import { ancPoints, carHematotox, crpPoints, ferritinPoints, hemoglobinPoints, plateletPoints } from './hematotox';

describe('CAR-HEMATOTOX (Rejeski 2021, §3.2)', () => {
  it.each([[176, 0], [175.1, 0], [175, 1], [75, 1], [74.9, 2], [20, 2]])('platelets %s ×10⁹/L → %s', (v, p) => expect(plateletPoints(v)).toBe(p));
  it.each([[1.3, 0], [1.2, 0], [1.19, 1]])('ANC %s ×10⁹/L → %s', (v, p) => expect(ancPoints(v)).toBe(p));
  it.each([[9.1, 0], [9.0, 0], [8.9, 1]])('Hb %s g/dL → %s', (v, p) => expect(hemoglobinPoints(v)).toBe(p));
  it.each([[2.9, 0], [3.0, 0], [3.1, 1]])('CRP %s mg/dL → %s', (v, p) => expect(crpPoints(v)).toBe(p));
  it.each([[649, 0], [650, 1], [2000, 1], [2001, 2]])('ferritin %s ng/mL → %s', (v, p) => expect(ferritinPoints(v)).toBe(p));

  it('0–1 is low risk, ≥ 2 high; ≥ 2 is high even with labs missing', () => {
    expect(carHematotox({ platelets: 200, anc: 2, hemoglobin: 12, crp: 1, ferritin: 700 })).toMatchObject({ score: 1, risk: 'low', complete: true });
    expect(carHematotox({ platelets: 60, anc: 2, hemoglobin: 12, crp: 1, ferritin: 300 })).toMatchObject({ score: 2, risk: 'high' });
    expect(carHematotox({ platelets: 60 })).toMatchObject({ score: 2, risk: 'high', complete: false });
    expect(carHematotox({ platelets: 200 })).toMatchObject({ score: 0, risk: null, missing: ['anc', 'hemoglobin', 'crp', 'ferritin'] });
  });

  it('uses the labs before lymphodepletion, converting CRP from mg/L (30 mg/L = 3.0 mg/dL scores 0)', () => {
    const events = [
      lab(-130, 'platelets', 150, '10*9/L'),
      lab(-130, 'anc', 1500, '/uL'),
      lab(-130, 'hemoglobin', 95, 'g/L'),
      lab(-130, 'crp', 30, 'mg/L'),
      lab(-130, 'ferritin', 2500, 'ug/L'),
      lab(-24, 'platelets', 40, '10*9/L'), // after lymphodepletion: not the baseline
    ];
    const r = evaluate({ infusionAt: 0, lymphodepletionStartAt: h(-120), events }, h(1)).secondary.hematotox;
    expect(r).toMatchObject({ score: 1 + 0 + 0 + 0 + 2, risk: 'high', complete: true, timing: 'before_lymphodepletion' });
    expect(evaluate({ infusionAt: 0, events }, h(1)).secondary.hematotox).toMatchObject({ score: 2 + 0 + 0 + 0 + 2, timing: 'before_infusion' });
  });
});
