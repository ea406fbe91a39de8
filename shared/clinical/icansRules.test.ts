// Table-driven tests of each ICANS rule at and around its threshold.
import { describe, expect, it } from 'vitest';
import type { ConsciousnessLevel } from './events';
import { consciousnessGrade, iceGrade, icpSignsGrade, imagingGrade, isUnarousable, motorGrade, seizureGrade } from './icansRules';
import { iceScore } from './values';

describe('ICE score (ASTCT-ICANS-ICE)', () => {
  it.each([
    [10, false, 0],
    [9, false, 1],
    [7, false, 1],
    [6, false, 2],
    [3, false, 2],
    [2, false, 3],
    [1, false, 3],
    [0, false, 3], // V23: ICE 0 in an awake patient (global aphasia)
    [0, true, 4], // ICE 0 because unarousable
    [2, true, 3],
  ])('ICE %s (unarousable %s) → grade %s', (total, unarousable, expected) => expect(iceGrade(total, unarousable)).toBe(expected));

  it('adds the ten items and says which were lost', () => {
    const items = { orientationYear: true, orientationMonth: true, orientationCity: true, orientationHospital: true, namesObject1: true, namesObject2: true, namesObject3: true, followsCommands: true, writesSentence: false, countsBackwards: false };
    expect(iceScore({ form: 'items', items })).toEqual({ total: 8, lost: ['writing', 'attention (counting back)'] });
    expect(iceScore({ form: 'domains', orientation: 2, naming: 3, followingCommands: 1, writing: 0, attention: 1 })).toEqual({ total: 7, lost: ['orientation 2/4', 'writing'] });
    expect(iceScore({ form: 'total', total: 6 }).total).toBe(6);
  });
});

describe('level of consciousness (ASTCT-ICANS-consciousness)', () => {
  it.each<[ConsciousnessLevel, number]>([
    ['alert', 0],
    ['awakens_spontaneously', 1],
    ['awakens_to_voice', 2],
    ['awakens_to_tactile', 3],
    ['unarousable', 4],
  ])('%s → %s', (level, expected) => expect(consciousnessGrade(level)).toBe(expected));

  it.each([
    ['unarousable', undefined, true],
    ['alert', 'unarousable', false], // the documented level wins
    [undefined, 'unarousable, GCS 6', true],
    [undefined, 'intubated and sedated', false],
  ] as const)('consciousness %s, reason %s → unarousable %s', (level, reason, expected) => expect(isUnarousable(level, reason)).toBe(expected));
});

describe('seizures (ASTCT-ICANS-seizure)', () => {
  it.each([
    [{ durationMin: 1.5, resolved: true }, 3], // V25
    [{ durationMin: 5, resolved: true }, 3],
    [{ durationMin: 5.1, resolved: true }, 4], // > 5 min: prolonged
    [{ durationMin: 2 }, 3],
    [{ resolved: true }, 4], // §6.4: unknown duration is not "resolves rapidly"
    [{ durationMin: 2, resolved: false }, 4],
    [{ durationMin: 1, resolved: true, repetitiveWithoutReturnToBaseline: true }, 4],
  ])('%o → %s', (s, expected) => expect(seizureGrade(s)).toBe(expected));
});

describe('motor, imaging and ICP signs (ASTCT-ICANS-motor, ASTCT-ICANS-icp)', () => {
  it('deep focal motor weakness is grade 4', () => {
    expect(motorGrade(true)).toBe(4);
    expect(motorGrade(false)).toBe(0);
    expect(motorGrade(undefined)).toBe(0);
  });
  it.each([
    ['normal', 0],
    ['other', 0],
    ['focal_edema', 3],
    ['diffuse_cerebral_edema', 4],
    ['intracranial_hemorrhage', 0], // excluded from ICANS, graded by CTCAE
  ] as const)('imaging %s → %s', (finding, expected) => expect(imagingGrade(finding)).toBe(expected));
  it('any ICP sign is grade 4', () => {
    expect(icpSignsGrade(['papilledema'])).toBe(4);
    expect(icpSignsGrade(['cranial_nerve_vi_palsy'])).toBe(4);
    expect(icpSignsGrade([])).toBe(0);
    expect(icpSignsGrade(undefined)).toBe(0);
  });
});
