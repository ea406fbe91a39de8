// ICANS through the engine: windows, worst domain, ICE 0 awake versus unarousable, sedation, not assessable.
import { describe, expect, it } from 'vitest';
import { attribution, codes, grade, h, ice, imaging, med, neuro, seizure } from './test-support';

describe('ICANS grading', () => {
  it('is not assessable without an assessment within 12 h, a seizure or an imaging finding', () => {
    expect(grade([], 10).icans).toMatchObject({ current: 'not_assessable', max: 'not_assessable' });
    expect(grade([ice(10, 10)], 22.1).icans).toMatchObject({ current: 'not_assessable', max: 0 });
    expect(grade([ice(10, 10)], 22).icans.current).toBe(0); // exactly 12 h
  });

  it('ICE 7–9 is grade 1 (V21), 3–6 grade 2, 0–2 grade 3', () => {
    expect(grade([ice(10, 8)], 10).icans.current).toBe(1);
    expect(grade([ice(10, 6)], 10).icans.current).toBe(2);
    expect(grade([ice(10, 2)], 10).icans.current).toBe(3);
  });

  it('ICE 0 awake is grade 3, ICE 0 unarousable is grade 4 (V23)', () => {
    expect(grade([ice(10, 0, 'alert', { globalAphasia: true })], 10).icans.current).toBe(3);
    expect(grade([ice(10, 0, 'unarousable')], 10).icans.current).toBe(4);
    const notDone = grade([neuro(10, { iceNotAssessableReason: 'unarousable', consciousness: 'unarousable' })], 10);
    expect(notDone.icans.current).toBe(4);
    expect(codes(notDone)).toContain('ICE_NOT_ASSESSABLE');
  });

  it('the worst domain decides: ICE 3 + a brief generalized seizure = 3 (V25); seizures count for 24 h', () => {
    expect(grade([ice(70, 3, 'awakens_to_voice'), seizure(70.5, { durationMin: 1.5, resolved: true })], 71).icans.current).toBe(3);
    expect(grade([seizure(10, { durationMin: 8, resolved: true }), ice(33, 10)], 33).icans.current).toBe(4);
    expect(grade([seizure(10, { durationMin: 8, resolved: true }), ice(34.1, 10)], 34.1).icans).toMatchObject({ current: 0, max: 4 });
  });

  it('deep focal motor weakness is grade 4 whatever the ICE (V19)', () => {
    expect(grade([ice(96, 6, 'alert', { deepFocalMotorWeakness: true })], 96).icans.current).toBe(4);
  });

  it('imaging stands until newer imaging: focal oedema 3, diffuse oedema 4, haemorrhage excluded (CTCAE)', () => {
    expect(grade([imaging(10, 'focal_edema'), ice(40, 10)], 40).icans.current).toBe(3);
    expect(grade([imaging(10, 'diffuse_cerebral_edema'), imaging(30, 'normal'), ice(40, 10)], 40).icans).toMatchObject({ current: 0, max: 4 });
    const bleed = grade([imaging(10, 'intracranial_hemorrhage'), ice(11, 10)], 11);
    expect(bleed.icans.current).toBe(0);
    expect(codes(bleed)).toContain('CTCAE_GRADE_SEPARATELY');
    expect(grade([imaging(10, 'focal_edema')], 40).icans.current).toBe(3); // an imaging finding alone makes it assessable
  });

  it('papilloedema or cranial nerve VI palsy is grade 4 (V27)', () => {
    expect(grade([ice(67, 2, 'awakens_to_tactile', { icpSigns: ['papilledema'] })], 67).icans.current).toBe(4);
  });

  it('depressed consciousness from sedation is excluded only by a physician attribution', () => {
    const sedated = [med(9, 'propofol', 'sedative', 'other'), neuro(10, { iceNotAssessableReason: 'intubated and sedated', consciousness: 'unarousable' })];
    const unattributed = grade(sedated, 10);
    expect(unattributed.icans.current).toBe(4); // a sedative on the chart alone does not exclude it (§6.4)
    const attributed = grade([...sedated, attribution(10.5, 'depressed_consciousness', { fromHours: 9, cause: 'propofol sedation' })], 10.5);
    expect(attributed.icans).toMatchObject({ current: 'not_assessable', max: 'not_assessable' }); // excluded is not assessed, never 0
    expect(codes(attributed)).toEqual(expect.arrayContaining(['ICE_NOT_ASSESSABLE', 'ATTRIBUTED_TO_OTHER_CAUSE']));
  });

  it('an ICE taken while unarousable from a cause a physician named is not an ICANS score', () => {
    const r = grade([ice(10, 0, 'unarousable'), attribution(10.2, 'depressed_consciousness', { fromHours: 9 })], 10.2);
    expect(r.icans.current).toBe('not_assessable');
    expect(r.icans.domains.iceLevel).toBeNull();
  });

  it('tracks the maximum through resolution (V29)', () => {
    const r = grade([ice(100, 5), ice(120, 2), ice(132, 6), ice(156, 9), ice(192, 10)], 192);
    expect(r.icans).toMatchObject({ current: 0, max: 3, maxAt: h(120) });
    expect(r.icans.maxExplanation).toMatch(/^Grade 3: ICE 2\/10/);
  });

  it('an assessment before the infusion does not enter the maximum', () => {
    expect(grade([ice(-20, 8), ice(1, 10)], 1).icans).toMatchObject({ current: 0, max: 0 });
  });
});

