// Table-driven tests of each ICANS rule at and around its threshold.
import { describe, expect, it } from 'vitest';
import type { ConsciousnessLevel, ImagingEvent } from './events';
import { consciousnessGrade, iceGrade, icpSignsGrade, imagingGrade, isUnarousable, motorGrade, seizureGrade, standingFinding } from './icansRules';
import { iceScore } from './values';
import { HOUR_MS } from '../time';

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
  const clinical = 'clinical_generalized' as const;
  const eeg = 'nonconvulsive_eeg' as const;
  it.each([
    [{ seizureType: clinical, durationMin: 1.5, resolved: true }, 3], // V25
    [{ seizureType: clinical, durationMin: 5, resolved: true }, 3],
    [{ seizureType: clinical, durationMin: 5.1, resolved: true }, 4], // > 5 min: prolonged
    [{ seizureType: clinical, durationMin: 2 }, 3],
    [{ seizureType: clinical, resolved: true }, 4], // §6.4: unknown duration is not "resolves rapidly"
    [{ seizureType: clinical, durationMin: 2, resolved: false }, 4],
    [{ seizureType: clinical, durationMin: 1, resolved: true, repetitiveWithoutReturnToBaseline: true }, 4],
    [{ seizureType: eeg, resolved: true }, 3], // V37: EEG seizures resolving with intervention, no duration needed
    [{ seizureType: eeg, durationMin: 12, resolved: true }, 3], // whatever their recorded duration
    [{ seizureType: eeg, resolved: true, repetitiveWithoutReturnToBaseline: true }, 4],
    [{ seizureType: eeg, resolved: false }, 4], // not resolved: not the grade-3 wording
    [{ seizureType: eeg }, 4], // resolution not documented: not the grade-3 wording
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

describe('standing findings and the pre-infusion baseline (VIGIL-ICANS-baseline)', () => {
  // Imaging newest first, as the timeline hands it over; the infusion is at 0 h.
  const scans = (...list: [number, ImagingEvent['finding']][]) =>
    list.map(([hours, finding], i) => ({ event: { kind: 'imaging' as const, time: hours * HOUR_MS, source: 'staff' as const, finding }, order: list.length - i }));
  const level = (e: ImagingEvent) => imagingGrade(e.finding);

  it.each<[string, [number, ImagingEvent['finding']][], { level: number; baseline: boolean } | undefined]>([
    ['nothing documented', [], undefined],
    ['the latest imaging is normal', [[30, 'normal'], [10, 'focal_edema']], undefined],
    ['oedema after the infusion grades', [[10, 'focal_edema']], { level: 3, baseline: false }],
    ['oedema before the infusion is baseline', [[-48, 'focal_edema']], { level: 3, baseline: true }],
    ['the same oedema again after the infusion is still baseline', [[30, 'focal_edema'], [-48, 'focal_edema']], { level: 3, baseline: true }],
    ['worse than the baseline grades', [[30, 'diffuse_cerebral_edema'], [-48, 'focal_edema']], { level: 4, baseline: false }],
    ['gone after the infusion, then back: new, so it grades', [[60, 'focal_edema'], [40, 'normal'], [-48, 'focal_edema']], { level: 3, baseline: false }],
  ])('%s', (_name, list, expected) => {
    const f = standingFinding(scans(...list), level, 0);
    expect(f === undefined ? undefined : { level: f.level, baseline: f.baseline }).toEqual(expected);
  });

  it('names the first and the latest documentation of an unbroken run', () => {
    const f = standingFinding(scans([50, 'focal_edema'], [20, 'focal_edema'], [5, 'normal']), level, 0)!;
    expect([f.since.event.time, f.latest.event.time]).toEqual([20 * HOUR_MS, 50 * HOUR_MS]);
  });
});
