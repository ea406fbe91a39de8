// ICANS domain by domain, each from its own latest documentation (§6.1, §6.4), and the defects of issue 13: a partial
// check that reset other domains, "not assessable" shown as 0, EEG seizures, and pre-infusion baseline findings.
import { describe, expect, it } from 'vitest';
import { attribution, codes, grade, ice, imaging, med, neuro, seizure } from './test-support';

describe('each ICANS domain from its own latest documentation', () => {
  it('a consciousness-only check one hour after ICE 4 leaves the ICE score standing (grade 2, not 0)', () => {
    const r = grade([ice(10, 4), neuro(11, { consciousness: 'alert' })], 11);
    expect(r.icans.current).toBe(2);
    expect(r.icans.domains).toMatchObject({ iceTotal: 4, iceLevel: 2, consciousness: 'alert', consciousnessLevel: 0 });
    expect(codes(r)).not.toContain('ICE_NOT_ASSESSABLE');
  });

  it('an ICE score stands for 12 h, then only a newer ICE or the other domains grade', () => {
    const events = [ice(10, 4), neuro(21, { consciousness: 'awakens_spontaneously' })];
    expect(grade(events, 22).icans.current).toBe(2); // exactly 12 h
    expect(grade(events, 22.1).icans).toMatchObject({ current: 1, domains: { iceTotal: null, consciousnessLevel: 1 } });
    expect(grade([...events, ice(21.5, 10, 'alert')], 21.5).icans.current).toBe(0); // a newer ICE replaces it
  });

  it('an ICE-only check leaves the last level of consciousness standing', () => {
    const r = grade([neuro(10, { consciousness: 'awakens_to_voice' }), neuro(11, { ice: { form: 'total', total: 10 } })], 11);
    expect(r.icans).toMatchObject({ current: 2, domains: { iceLevel: 0, consciousnessLevel: 2 } });
  });

  it('a hemiparesis at 80.5 h stands when an ICE check at 82 h does not tick the motor box again', () => {
    const events = [ice(80.5, 9, 'alert', { deepFocalMotorWeakness: true }), ice(82, 10)];
    const r = grade(events, 82);
    expect(r.icans).toMatchObject({ current: 4, domains: { motorLevel: 4 } });
    expect(r.icans.domains.standing).toEqual([{ finding: 'deep_focal_motor_weakness', documentedAt: 80.5 * 3_600_000, since: 80.5 * 3_600_000, baseline: false }]);
    expect(r.icans.explanation).toMatch(/Deep focal motor weakness documented at Day \+?3, \+80\.5 h → motor domain grade 4/);
    expect(grade(events, 120).icans.current).toBe(4); // no window: it stands until documented absent
  });

  it('deep focal motor weakness ends only when a later record documents it absent', () => {
    const r = grade([ice(80.5, 9, 'alert', { deepFocalMotorWeakness: true }), ice(82, 10), ice(90, 10, 'alert', { deepFocalMotorWeakness: false })], 90);
    expect(r.icans).toMatchObject({ current: 0, max: 4, domains: { motorLevel: 0, standing: [] } });
  });

  it('each raised-ICP sign stands until a later record lists the signs without it (V33)', () => {
    const events = [ice(70, 8, 'alert', { icpSigns: ['papilledema', 'cranial_nerve_vi_palsy'] }), ice(73, 9)];
    expect(grade(events, 73).icans).toMatchObject({ current: 4, domains: { icpLevel: 4 } });
    const fewer = grade([...events, ice(76, 9, 'alert', { icpSigns: ['cranial_nerve_vi_palsy'] })], 76);
    expect(fewer.icans.domains.standing.map((s) => s.finding)).toEqual(['cranial_nerve_vi_palsy']);
    expect(fewer.icans.current).toBe(4);
    expect(grade([...events, ice(80, 9, 'alert', { icpSigns: [] })], 80.1).icans).toMatchObject({ current: 1, max: 4 });
  });

  it('a record that documents no ICANS domain changes nothing', () => {
    const before = grade([ice(10, 5, 'awakens_to_voice', { deepFocalMotorWeakness: true })], 11);
    const after = grade([ice(10, 5, 'awakens_to_voice', { deepFocalMotorWeakness: true }), neuro(11, { otherFindings: ['tremor'] })], 11);
    expect(after.icans.domains).toEqual(before.icans.domains);
  });
});

describe('not assessable is not 0', () => {
  const sedatedAfterGrade2 = [
    ice(30, 6),
    med(34, 'midazolam', 'sedative', 'other'),
    neuro(35, { consciousness: 'unarousable', iceNotAssessableReason: 'sedated, intubated' }),
    attribution(35, 'depressed_consciousness', { fromHours: 34, cause: 'midazolam sedation' }),
  ];

  it('a sedated, intubated patient whose depressed consciousness is attributed to sedation after grade-2 ICANS is not assessable (V35)', () => {
    const r = grade(sedatedAfterGrade2, 35.2);
    expect(r.icans).toMatchObject({ current: 'not_assessable', max: 2, domains: { iceLevel: null, consciousnessLevel: null } });
    expect(r.icans.explanation).toMatch(/^Not assessable: No ICANS domain can be assessed: ICE not gradable \(sedated, intubated\), depressed consciousness attributed to another cause/);
    expect(codes(r)).toEqual(expect.arrayContaining(['ICE_NOT_ASSESSABLE', 'ATTRIBUTED_TO_OTHER_CAUSE']));
  });

  it('an ICE marked "not done" with no level of consciousness is not assessable', () => {
    const r = grade([neuro(10, { ice: { form: 'total', total: 4 } }), neuro(11, { iceNotAssessableReason: 'patient refused' })], 11);
    expect(r.icans).toMatchObject({ current: 'not_assessable', max: 2 });
    expect(r.flags.find((f) => f.code === 'ICE_NOT_ASSESSABLE')?.explanation).toMatch(/patient refused\. No other ICANS domain can be assessed/);
  });

  it('a standing finding keeps ICANS assessable while ICE and consciousness cannot be assessed', () => {
    expect(grade([ice(20, 8, 'alert', { deepFocalMotorWeakness: true }), ...sedatedAfterGrade2], 35.2).icans.current).toBe(4);
    expect(grade([seizure(33, { durationMin: 1, resolved: true }), ...sedatedAfterGrade2], 35.2).icans.current).toBe(3);
  });

  it('an alert patient whose ICE could not be done is assessable by consciousness', () => {
    const r = grade([neuro(11, { iceNotAssessableReason: 'no interpreter', consciousness: 'alert' })], 11);
    expect(r.icans.current).toBe(0);
    expect(codes(r)).toContain('ICE_NOT_ASSESSABLE');
  });
});

describe('seizures', () => {
  it('non-convulsive seizures on EEG that resolve with intervention are grade 3 with no duration recorded (V37)', () => {
    const r = grade([ice(190, 7), seizure(191, { seizureType: 'nonconvulsive_eeg', resolved: true }), med(191.2, 'lorazepam', 'antiseizure', 'icans'), ice(193, 8)], 193.1);
    expect(r.icans).toMatchObject({ current: 3, max: 3, domains: { seizureLevel: 3 } });
  });

  it('repetitive EEG seizures without return to baseline are grade 4', () => {
    expect(grade([seizure(191, { seizureType: 'nonconvulsive_eeg', resolved: true, repetitiveWithoutReturnToBaseline: true })], 192).icans.current).toBe(4);
  });
});

describe('findings from before the infusion are baseline', () => {
  it('focal oedema on a pre-infusion MRI (CNS plasmacytoma) does not grade ICANS', () => {
    const r = grade([imaging(-72, 'focal_edema'), ice(30, 10), ice(100, 10)], 100);
    expect(r.icans).toMatchObject({ current: 0, max: 0, domains: { icpLevel: 0 } });
    expect(r.icans.domains.standing).toEqual([expect.objectContaining({ finding: 'focal_edema', baseline: true })]);
    expect(r.icans.explanation).toMatch(/a baseline finding that does not grade ICANS \(rule VIGIL-ICANS-baseline v1\)/);
  });

  it('a baseline finding alone does not make ICANS assessable', () => {
    expect(grade([imaging(-72, 'focal_edema')], 30).icans.current).toBe('not_assessable');
  });

  it('a worse finding after Day 0 grades: focal oedema at baseline, diffuse oedema after the infusion', () => {
    expect(grade([imaging(-72, 'focal_edema'), imaging(50, 'diffuse_cerebral_edema'), ice(50, 9)], 50).icans.current).toBe(4);
  });

  it('a baseline finding that resolves after the infusion and comes back is new', () => {
    expect(grade([imaging(-72, 'focal_edema'), imaging(40, 'normal'), imaging(60, 'focal_edema'), ice(60, 10)], 60).icans.current).toBe(3);
  });

  it('pre-infusion hemiparesis and papilloedema are baseline; a new ICP sign after the infusion grades', () => {
    const baseline = neuro(-24, { deepFocalMotorWeakness: true, icpSigns: ['papilledema'] });
    expect(grade([baseline, ice(30, 10, 'alert', { deepFocalMotorWeakness: true, icpSigns: ['papilledema'] })], 30).icans.current).toBe(0);
    expect(grade([baseline, ice(30, 10, 'alert', { icpSigns: ['papilledema', 'cranial_nerve_vi_palsy'] })], 30).icans.current).toBe(4);
  });
});
