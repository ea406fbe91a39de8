// CRS through the engine: masked fever, attribution, baseline oxygen, CRS courses, current and maximum, evidence.
import { describe, expect, it } from 'vitest';
import { attribution, bp, codes, fever, grade, h, low, med, o2, paracetamol, pressor, temp, tocilizumab } from './test-support';

describe('the fever criterion', () => {
  it('38.0 °C counts, 37.99 °C does not (V03)', () => {
    expect(grade([temp(10, 38.0)], 10).crs.current).toBe(1);
    expect(grade([temp(10, 37.99)], 10).crs.current).toBe(0);
  });

  it('100.4 °F counts, 100.3 °F does not', () => {
    expect(grade([temp(10, 100.4, { unit: '[degF]' })], 10).crs.current).toBe(1);
    expect(grade([temp(10, 100.3, { unit: '[degF]' })], 10).crs.current).toBe(0);
  });

  it('a fever before the infusion is not CRS', () => {
    const r = grade([temp(-2, 38.5)], 0.5);
    expect(r.crs).toMatchObject({ current: 0, max: 0, onset: null });
  });

  it('a fever counts for the configured look-back only', () => {
    const events = [fever(10), temp(12, 37.2)];
    expect(grade(events, 12, { feverLookbackMs: h(1) }).crs.current).toBe(0);
    expect(grade(events, 12, { feverLookbackMs: h(4) }).crs.current).toBe(1);
    expect(grade(events, 12).crs.current).toBe(1); // default 24 h
  });
});

describe('the masked-fever rule', () => {
  const afterTreatment = (treatment: ReturnType<typeof med>) => grade([fever(10), treatment, temp(20, 37.1), low(20)], 20, { feverLookbackMs: h(4) });

  it('after an antipyretic, anti-IL-6, IL-1 blocker or steroid given for CRS, fever is no longer needed', () => {
    for (const t of [paracetamol(10.5), tocilizumab(10.5), med(10.5, 'anakinra', 'il1_antagonist', 'crs'), med(10.5, 'dexamethasone', 'corticosteroid', 'crs'), med(10.5, 'siltuximab', 'anti_il6', 'crs')]) {
      const r = afterTreatment(t);
      expect(r.crs.current).toBe(2);
      expect(r.crs.domains.feverBasis).toBe('masked');
      expect(codes(r)).toContain('FEVER_MASKED');
    }
  });

  it('premedication never switches it on (V17), even after onset', () => {
    const r = afterTreatment(paracetamol(10.5, 'premedication'));
    expect(r.crs.current).toBe(0);
    expect(codes(r)).toContain('HYPOTENSION_WITHOUT_FEVER');
  });

  it('treatment given before CRS onset does not count', () => {
    const r = grade([med(5, 'dexamethasone', 'corticosteroid', 'icans'), fever(10), temp(20, 37.1), low(20)], 20, { feverLookbackMs: h(4) });
    expect(r.crs.current).toBe(0);
  });

  it('a treatment documented at the same time as the fever counts only when listed after it', () => {
    expect(grade([fever(10), paracetamol(10), temp(20, 37.1), low(20)], 20, { feverLookbackMs: h(4) }).crs.current).toBe(2);
    expect(grade([paracetamol(10), fever(10), temp(20, 37.1), low(20)], 20, { feverLookbackMs: h(4) }).crs.current).toBe(0);
  });

  it('with no hypotension or hypoxia a masked fever is grade 1', () => {
    const r = grade([fever(10), tocilizumab(11), o2(11, 'nasal_cannula', 2), temp(14, 37), o2(15, 'room_air'), temp(36, 37)], 36, { feverLookbackMs: h(1) });
    expect(r.crs).toMatchObject({ current: 1, max: 2 });
    expect(r.crs.domains.feverBasis).toBe('masked');
  });

  it('does not carry into a new CRS course (biphasic CRS)', () => {
    const events = [fever(10), tocilizumab(11), temp(12, 37), fever(60), temp(62, 37.2), low(62)];
    const r = grade(events, 62, { feverLookbackMs: h(1) });
    expect(r.crs.courses).toHaveLength(2);
    expect(r.crs.courses[0]).toMatchObject({ onset: h(10), resolvedAt: h(34), maskedFrom: h(11) });
    expect(r.crs.courses[1]).toMatchObject({ onset: h(60), resolvedAt: null, maskedFrom: null });
    expect(r.crs.current).toBe(0); // 1 h look-back: fever at 60 h has lapsed, and no treatment in this course
    expect(grade(events, 62, { feverLookbackMs: h(4) }).crs.current).toBe(2);
  });
});

describe('CRS courses: onset and resolution', () => {
  it('resolve 24 h after the last sign; a lasting sign holds the course open', () => {
    const r = grade([fever(10), o2(10.5, 'nasal_cannula', 2), tocilizumab(11), temp(14, 37), o2(30, 'room_air')], 60);
    expect(r.crs).toMatchObject({ current: 0, max: 2, onset: h(10), resolution: h(54) });
    const ongoing = grade([fever(10), o2(10.5, 'nasal_cannula', 2), tocilizumab(11), temp(14, 37), o2(30, 'room_air')], 50);
    expect(ongoing.crs).toMatchObject({ current: 1, resolution: null });
  });

  it('a hypotensive reading keeps the course going, a normal one does not', () => {
    expect(grade([fever(10), tocilizumab(10.5), low(30)], 50, { feverLookbackMs: h(1) }).crs.resolution).toBeNull();
    expect(grade([fever(10), tocilizumab(10.5), bp(30, 120, 85)], 50, { feverLookbackMs: h(1) }).crs.resolution).toBe(h(34));
  });
});

describe('hypotension and vasopressors', () => {
  it('fever with hypotension not needing vasopressors is grade 2; the latest reading within 2 h decides', () => {
    expect(grade([fever(10), low(10.2)], 10.5).crs.current).toBe(2);
    expect(grade([fever(10), low(10.2), bp(11, 100, 70)], 11).crs.current).toBe(1);
    expect(grade([fever(10), low(10.2)], 12.5).crs.current).toBe(1); // reading older than 2 h
  });

  it('norepinephrine + vasopressin is 3, norepinephrine + phenylephrine is 4 (V11); stopping one lowers it', () => {
    const start = [fever(10), low(10.2), pressor(11, 'norepinephrine')];
    expect(grade([...start, pressor(12, 'vasopressin')], 12).crs).toMatchObject({ current: 3, domains: { pressorCountExclVasopressin: 1, vasopressinActive: true } });
    expect(grade([...start, pressor(12, 'phenylephrine')], 12).crs.current).toBe(4);
    expect(grade([...start, pressor(12, 'phenylephrine'), pressor(13, 'phenylephrine', 'stop')], 13).crs).toMatchObject({ current: 3, max: 4 });
  });

  it('switching agents at one moment, in timeline order, never counts them as two', () => {
    const r = grade([fever(10), pressor(11, 'norepinephrine'), pressor(12, 'norepinephrine', 'stop'), pressor(12, 'epinephrine')], 13);
    expect(r.crs).toMatchObject({ current: 3, max: 3 });
  });

  it('a vasopressor titrated to dose 0 counts as stopped (V39); titrated up again it runs again', () => {
    const two = [fever(20), low(20), pressor(20.2, 'norepinephrine', 'start', 0.08), pressor(21, 'epinephrine', 'start', 0.05)];
    expect(grade([...two, pressor(26, 'epinephrine', 'titrate', 0)], 26.6).crs).toMatchObject({ current: 3, max: 4, domains: { pressorCountExclVasopressin: 1 } });
    expect(grade([...two, pressor(26, 'epinephrine', 'titrate', 0), pressor(27, 'epinephrine', 'titrate', 0.02)], 27).crs.current).toBe(4);
    expect(grade([...two, pressor(26, 'epinephrine', 'titrate', 0.01)], 26.6).crs.current).toBe(4); // a low dose still runs
  });

  it('vasopressin alone is graded as one vasopressor and flagged for review', () => {
    const r = grade([fever(10), pressor(11, 'vasopressin')], 11);
    expect(r.crs.current).toBe(3);
    expect(codes(r)).toContain('VASOPRESSIN_ONLY_REVIEW');
  });

  it('an inotrope is not a vasopressor (flagged)', () => {
    const r = grade([fever(10), pressor(11, 'dobutamine')], 11);
    expect(r.crs.current).toBe(1);
    expect(codes(r)).toContain('NON_VASOPRESSOR_AGENT');
  });
});

describe('hypoxia and baseline oxygen', () => {
  it('6 L/min nasal cannula is 2, 6.1 L/min is 3, a facemask is 3, BiPAP is 4', () => {
    expect(grade([fever(10), o2(10.5, 'nasal_cannula', 6)], 11).crs.current).toBe(2);
    expect(grade([fever(10), o2(10.5, 'nasal_cannula', 6.1)], 11).crs.current).toBe(3);
    expect(grade([fever(10), o2(10.5, 'simple_face_mask', 5)], 11).crs.current).toBe(3);
    expect(grade([fever(10), o2(10.5, 'bipap')], 11).crs.current).toBe(4);
  });

  it('home oxygen counts only when raised above the baseline', () => {
    const home = { baselineO2: { device: 'nasal_cannula' as const, flowLMin: 2 } };
    expect(grade([fever(10), o2(10.5, 'nasal_cannula', 2)], 11, {}, home).crs.current).toBe(1);
    expect(grade([fever(10)], 11, {}, home).crs.current).toBe(1);
    expect(grade([fever(10), o2(10.5, 'nasal_cannula', 4)], 11, {}, home).crs.current).toBe(2);
    expect(grade([fever(10), o2(10.5, 'nasal_cannula', 8)], 11, {}, home).crs.current).toBe(3);
  });

  it('the more severe domain decides (V13)', () => {
    expect(grade([fever(10), low(10.2), o2(10.3, 'nasal_cannula', 2), pressor(10.5, 'norepinephrine')], 11).crs.current).toBe(3);
  });
});

describe("a physician's attribution to another cause", () => {
  it('removes a fever attributed from the reading time on, and says so', () => {
    const r = grade([fever(10), attribution(11, 'fever', { fromHours: 9, cause: 'line sepsis' })], 11);
    expect(r.crs).toMatchObject({ current: 0, max: 0 });
    const f = r.flags.find((x) => x.code === 'ATTRIBUTED_TO_OTHER_CAUSE')!;
    expect(f.vocabulary).toBe('ATTRIBUTED_TO_OTHER_CAUSE');
    expect(f.explanation).toMatch(/Fever.*line sepsis/);
  });

  it('without effective_from it applies from the time it was documented (an earlier reading still counts)', () => {
    expect(grade([fever(10), attribution(10.5, 'fever')], 10.6).crs.current).toBe(1);
  });

  it('removes hypoxia while active, retrospectively for the maximum, and stops when withdrawn', () => {
    const events = [fever(10), o2(10.5, 'nasal_cannula', 4), attribution(12, 'hypoxia', { fromHours: 10, cause: 'transfusion-associated circulatory overload' })];
    expect(grade(events, 12).crs).toMatchObject({ current: 1, max: 1 });
    expect(grade(events, 11).crs).toMatchObject({ current: 2, max: 2 }); // before it was documented
    expect(grade([...events, attribution(14, 'hypoxia', { active: false })], 14).crs).toMatchObject({ current: 2, max: 2 });
  });

  it('removes hypotension and vasopressors attributed to another cause', () => {
    const r = grade([fever(10), low(10.2), pressor(10.5, 'norepinephrine'), attribution(11, 'hypotension', { fromHours: 10, cause: 'septic shock' })], 11);
    expect(r.crs).toMatchObject({ current: 1, max: 1 });
    expect(codes(r)).toContain('ATTRIBUTED_TO_OTHER_CAUSE');
  });

  it('only a physician attributes: a staff entry is shown, never applied', () => {
    const r = grade([fever(10), attribution(10.5, 'fever', { fromHours: 9, source: 'staff' })], 11);
    expect(r.crs.current).toBe(1);
    expect(codes(r)).toContain('ATTRIBUTION_NOT_BY_PHYSICIAN');
  });
});

describe('current and maximum, and their evidence', () => {
  it('names the readings, the rule and the threshold behind a grade', () => {
    const r = grade([fever(166, 38.6), low(166.1)], 166.2);
    expect(r.crs.current).toBe(2);
    expect(r.crs.explanation).toMatch(/^Grade 2: Fever: temperature 38\.6 °C \(monitor, confirmed\) at Day \+6, \+166\.0 h/);
    expect(r.crs.explanation).toMatch(/SBP 84 mmHg .*rule ASTCT-CRS-hypotension v1/);
    const hypo = r.crs.evidence.find((e) => e.rule === 'ASTCT-CRS-hypotension')!;
    expect(hypo.thresholds.map((t) => t.key)).toEqual(['hypotensionSbpBelowMmHg', 'hypotensionMapBelowMmHg', 'vitalsWindowMs']);
    expect(hypo.items.map((i) => i.summary)).toEqual(['SBP 84 mmHg (monitor, confirmed)', 'MAP 59 mmHg (monitor, confirmed)']);
  });

  it('keeps the maximum and when it was reached', () => {
    const r = grade([fever(10), o2(11, 'non_rebreather', 15), o2(13, 'nasal_cannula', 2)], 14);
    expect(r.crs).toMatchObject({ current: 2, max: 3, maxAt: h(11) });
    expect(r.crs.maxExplanation).toMatch(/^Grade 3: .*non rebreather 15 L\/min/);
  });

  it('stamps every result with the rule-set version and the config used', () => {
    const r = grade([], 1, { feverLookbackMs: h(4) });
    expect(r.ruleSetVersion).toMatch(/^vigil-clinical-rules \d+\.\d+\.\d+/);
    expect(r.config.feverLookbackMs).toBe(h(4));
  });
});

