// Table-driven tests of each CRS rule at and around its threshold.
import { describe, expect, it } from 'vitest';
import { gradingConfig } from './config';
import { crsGrade, isAboveBaseline, isFever, isHypotensiveMap, isHypotensiveSbp, isLowSpo2, masksFever, oxygenLevel, stopsVasopressor, vasopressorLevel } from './crsRules';
import type { MedicationEvent, OxygenState, VasoactiveDrug } from './events';
import { vitalValue } from './values';

describe('fever ≥ 38.0 °C (ASTCT-CRS-fever)', () => {
  it.each([
    [37.9, false],
    [37.99, false],
    [38.0, true],
    [38.01, true],
    [40.5, true],
  ])('%s °C → fever %s', (c, expected) => expect(isFever(c)).toBe(expected));

  it.each([
    [100.3, false], // 37.94 °C: not a fever (§1.2, no early rounding)
    [100.39, false],
    [100.4, true], // exactly 38.0 °C
    [100.5, true],
  ])('%s °F → fever %s (converted without early rounding)', (f, expected) => {
    const c = vitalValue({ kind: 'vital', time: 0, source: 'manual', param: 'temp', value: f, unit: '[degF]' })!;
    expect(isFever(c)).toBe(expected);
  });

  it('an unknown temperature unit gives no value rather than a guess', () => {
    expect(vitalValue({ kind: 'vital', time: 0, source: 'manual', param: 'temp', value: 311, unit: 'K' })).toBeNull();
  });
});

describe('hypotension (ASTCT-CRS-hypotension)', () => {
  const either = gradingConfig();
  const sbpOnly = gradingConfig({ hypotension: { definition: 'sbp' } });
  const mapOnly = gradingConfig({ hypotension: { definition: 'map' } });
  it.each([
    [89, either, true],
    [90, either, false],
    [89.9, sbpOnly, true],
    [89, mapOnly, false],
  ])('SBP %s mmHg → %s', (sbp, config, expected) => expect(isHypotensiveSbp(sbp, config)).toBe(expected));
  it.each([
    [64, either, true],
    [65, either, false],
    [64, sbpOnly, false],
    [64, mapOnly, true],
  ])('MAP %s mmHg → %s', (map, config, expected) => expect(isHypotensiveMap(map, config)).toBe(expected));

  it('the optional fall from the pre-infusion baseline is off unless configured', () => {
    const fall = gradingConfig({ hypotension: { sbpFallFromBaselinePct: 30 } });
    expect(isHypotensiveSbp(95, either, 140)).toBe(false);
    expect(isHypotensiveSbp(97, fall, 140)).toBe(true); // 140 × 0.7 = 98
    expect(isHypotensiveSbp(98, fall, 140)).toBe(false);
  });
});

describe('SpO2 prompt threshold (VIGIL-O2-undocumented)', () => {
  it.each([
    [91, true],
    [91.9, true],
    [92, false],
  ])('SpO2 %s %% → prompt %s', (spo2, expected) => expect(isLowSpo2(spo2, gradingConfig())).toBe(expected));
});

describe('hypoxia by device and flow (ASTCT-CRS-hypoxia)', () => {
  it.each<[OxygenState, number]>([
    [{ device: 'room_air' }, 0],
    [{ device: 'blow_by' }, 2],
    [{ device: 'nasal_cannula' }, 2], // no flow recorded: low-flow (§6.4)
    [{ device: 'nasal_cannula', flowLMin: 1 }, 2],
    [{ device: 'nasal_cannula', flowLMin: 6 }, 2],
    [{ device: 'nasal_cannula', flowLMin: 6.1 }, 3],
    [{ device: 'nasal_cannula', flowLMin: 15 }, 3],
    [{ device: 'hfnc' }, 3],
    [{ device: 'hfnc', flowLMin: 40 }, 3],
    [{ device: 'hfnc', flowLMin: 6 }, 2],
    [{ device: 'simple_face_mask', flowLMin: 5 }, 3], // V07: a facemask is grade 3 regardless of flow
    [{ device: 'venturi_mask' }, 3],
    [{ device: 'non_rebreather', flowLMin: 15 }, 3],
    [{ device: 'cpap' }, 4],
    [{ device: 'bipap', fio2: 0.6 }, 4],
    [{ device: 'invasive_ventilation' }, 4],
  ])('%o → level %s', (state, level) => expect(oxygenLevel(state)).toBe(level));

  it.each<[OxygenState, OxygenState, boolean]>([
    [{ device: 'nasal_cannula', flowLMin: 2 }, { device: 'room_air' }, true],
    [{ device: 'nasal_cannula', flowLMin: 2 }, { device: 'nasal_cannula', flowLMin: 2 }, false], // home oxygen, unchanged
    [{ device: 'nasal_cannula', flowLMin: 3 }, { device: 'nasal_cannula', flowLMin: 2 }, true], // same level, higher flow
    [{ device: 'nasal_cannula', flowLMin: 1 }, { device: 'nasal_cannula', flowLMin: 2 }, false],
    [{ device: 'nasal_cannula', flowLMin: 3 }, { device: 'nasal_cannula' }, false], // baseline flow unknown: not shown to be higher
    [{ device: 'nasal_cannula', flowLMin: 8 }, { device: 'nasal_cannula', flowLMin: 2 }, true], // high-flow above low-flow
    [{ device: 'blow_by' }, { device: 'nasal_cannula', flowLMin: 2 }, false],
    [{ device: 'room_air' }, { device: 'nasal_cannula', flowLMin: 2 }, false],
    [{ device: 'bipap' }, { device: 'cpap' }, true], // home CPAP: BiPAP is more support
    [{ device: 'cpap' }, { device: 'cpap' }, false],
  ])('%o above baseline %o → %s', (state, baseline, expected) => expect(isAboveBaseline(state, baseline)).toBe(expected));
});

describe('vasopressors (ASTCT-CRS-vasopressor)', () => {
  it.each<[VasoactiveDrug[], number, number, boolean]>([
    [[], 0, 0, false],
    [['norepinephrine'], 3, 1, false],
    [['norepinephrine', 'vasopressin'], 3, 1, true], // V11
    [['vasopressin'], 3, 0, true], // §1.2: alone, "a vasopressor", flagged
    [['norepinephrine', 'phenylephrine'], 4, 2, false],
    [['norepinephrine', 'epinephrine'], 4, 2, false],
    [['norepinephrine', 'epinephrine', 'vasopressin'], 4, 2, true],
    [['dopamine'], 3, 1, false],
    [['angiotensin_ii', 'norepinephrine'], 4, 2, false],
    [['dobutamine'], 0, 0, false], // inotrope: not a vasopressor
    [['norepinephrine', 'milrinone'], 3, 1, false],
    [['midodrine'], 0, 0, false],
  ])('%o → level %s (count %s, vasopressin %s)', (drugs, level, count, vasopressin) => {
    expect(vasopressorLevel(drugs)).toEqual({ level, countExclVasopressin: count, vasopressinActive: vasopressin });
  });
});

describe('when a vasopressor stops (ASTCT-CRS-vasopressor)', () => {
  it.each([
    [{ action: 'stop' }, true],
    [{ action: 'titrate', dose: 0 }, true], // §6.4: titrated to dose 0 counts as stopped
    [{ action: 'start', dose: 0 }, true],
    [{ action: 'titrate', dose: 0.01 }, false],
    [{ action: 'titrate' }, false], // no dose documented: still running
    [{ action: 'start' }, false],
  ] as const)('%o → stopped %s', (e, expected) => expect(stopsVasopressor(e)).toBe(expected));
});

describe('what can mask a fever (ASTCT-CRS-masked-fever)', () => {
  const m = (drugClass: MedicationEvent['drugClass'], indication?: MedicationEvent['indication']): MedicationEvent => ({ kind: 'medication', time: 0, source: 'staff', drug: 'x', drugClass, ...(indication ? { indication } : {}) });
  it.each<[MedicationEvent, boolean]>([
    [m('antipyretic', 'premedication'), false], // V17
    [m('antipyretic', 'crs'), true],
    [m('anti_il6', 'crs'), true],
    [m('corticosteroid', 'icans'), true], // §6.4: anything but premedication
    [m('il1_antagonist', 'iec_hs'), true],
    [m('corticosteroid', 'premedication'), false],
    [m('antipyretic'), true], // no indication recorded: not premedication
    [m('antihistamine', 'crs'), false],
    [m('sedative', 'other'), false],
    [m('antiseizure', 'prophylaxis'), false],
  ])('%o → %s', (med, expected) => expect(masksFever(med)).toBe(expected));
});

describe('the grade: fever plus the worse domain (ASTCT-CRS-worst-domain)', () => {
  it.each([
    [false, 4, 4, 0], // no fever, no CRS (V17)
    [true, 0, 0, 1],
    [true, 2, 0, 2],
    [true, 0, 2, 2],
    [true, 3, 2, 3], // V13: one vasopressor and low-flow oxygen
    [true, 2, 4, 4],
  ] as const)('fever %s, hypotension %s, hypoxia %s → %s', (f, hypo, hypox, expected) => expect(crsGrade(f, hypo, hypox)).toBe(expected));
});
