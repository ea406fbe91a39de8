// Properties over random timelines: more signs never lower a grade, less treatment never raises it, a physician's
// attribution never raises it, the monitor alone never gets CRS above grade 2, and a neuro record never lowers an
// ICANS domain it does not re-document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { oxygenLevel } from './crsRules';
import { CONSCIOUSNESS_LEVELS, ICP_SIGNS, IMAGING_FINDINGS, MEDICATION_CLASSES, MEDICATION_INDICATIONS, O2_DEVICES, VASOACTIVE_DRUGS, type ClinicalEvent, type NeuroAssessment, type O2Device } from './events';
import type { GradingResult } from './engine';
import type { IcansResultGrade } from './icans';
import { DOCUMENTS } from './icansDomains';
import { attribution, grade, ice, imaging, med, neuro as neuroRecord, o2, pressor, seizure, vital } from './test-support';

const RUNS = { numRuns: 150 };
const hours = fc.double({ min: 0, max: 72, noNaN: true }).map((x) => Math.round(x * 4) / 4);

const vitals = fc.oneof(
  fc.tuple(hours, fc.double({ min: 35, max: 41, noNaN: true })).map(([t, v]) => vital(t, 'temp', Math.round(v * 10) / 10)),
  fc.tuple(hours, fc.integer({ min: 60, max: 150 })).map(([t, v]) => vital(t, 'sbp', v)),
  fc.tuple(hours, fc.integer({ min: 40, max: 110 })).map(([t, v]) => vital(t, 'map', v)),
  fc.tuple(hours, fc.integer({ min: 80, max: 100 })).map(([t, v]) => vital(t, 'spo2', v)),
);
const oxygen = fc.tuple(hours, fc.constantFrom(...O2_DEVICES), fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined })).map(([t, d, f]) => o2(t, d, f));
const pressors = fc.tuple(hours, fc.constantFrom(...VASOACTIVE_DRUGS), fc.constantFrom('start', 'titrate', 'stop') as fc.Arbitrary<'start' | 'titrate' | 'stop'>).map(([t, d, a]) => pressor(t, d, a));
const meds = fc.tuple(hours, fc.constantFrom(...MEDICATION_CLASSES), fc.constantFrom(...MEDICATION_INDICATIONS)).map(([t, c, i]) => med(t, 'drug', c, i));
const neuro = fc.tuple(hours, fc.integer({ min: 0, max: 10 }), fc.constantFrom(...CONSCIOUSNESS_LEVELS), fc.boolean()).map(([t, total, c, motor]) => ice(t, total, c, motor ? { deepFocalMotorWeakness: true } : {}));
const seizures = fc.tuple(hours, fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined })).map(([t, d]) => seizure(t, d === undefined ? {} : { durationMin: d, resolved: true }));
const attributions = fc.tuple(hours, fc.constantFrom('fever', 'hypotension', 'hypoxia', 'depressed_consciousness') as fc.Arbitrary<'fever'>, fc.boolean(), fc.option(hours, { nil: undefined })).map(([t, target, active, from]) =>
  attribution(t, target, { active, ...(from !== undefined && from <= t ? { fromHours: from } : {}) }),
);

const clinical = fc.array(fc.oneof(vitals, vitals, oxygen, pressors, meds, neuro, seizures), { maxLength: 30 });
const withAttributions = fc.array(fc.oneof(vitals, vitals, oxygen, pressors, meds, neuro, attributions), { maxLength: 30 });
const evalHours = fc.double({ min: 0, max: 96, noNaN: true }).map((x) => Math.round(x * 4) / 4);

const icansRank = (g: IcansResultGrade) => (g === 'not_assessable' ? -1 : g);
function notLower(after: GradingResult, before: GradingResult) {
  expect(after.crs.current).toBeGreaterThanOrEqual(before.crs.current);
  expect(after.crs.max).toBeGreaterThanOrEqual(before.crs.max);
}

// Neuro records that document any subset of the ICANS domains (a missing field documents nothing), from before the
// infusion on (baseline findings), with imaging and physicians' attributions around them.
const neuroHours = fc.double({ min: -24, max: 72, noNaN: true }).map((x) => Math.round(x * 4) / 4);
const neuroFields: fc.Arbitrary<Omit<NeuroAssessment, 'kind' | 'time' | 'source'>> = fc.record(
  {
    ice: fc.integer({ min: 0, max: 10 }).map((total) => ({ form: 'total' as const, total })),
    iceNotAssessableReason: fc.constantFrom('intubated and sedated', 'unarousable', 'refused'),
    consciousness: fc.constantFrom(...CONSCIOUSNESS_LEVELS),
    deepFocalMotorWeakness: fc.boolean(),
    icpSigns: fc.subarray([...ICP_SIGNS]),
    otherFindings: fc.constant(['tremor']),
    newConfusion: fc.boolean(),
  },
  { requiredKeys: [] },
);
const partialNeuro = fc.tuple(neuroHours, neuroFields).map(([t, fields]) => neuroRecord(t, fields));
const scans = fc.tuple(neuroHours, fc.constantFrom(...IMAGING_FINDINGS)).map(([t, finding]) => imaging(t, finding));
const neuroTimeline = fc.array(fc.oneof(partialNeuro, partialNeuro, scans, seizures, attributions, meds), { maxLength: 25 });

/** Each domain's level at the evaluation time; a domain that cannot be assessed ranks below 0. */
function domainLevels(r: GradingResult) {
  const d = r.icans.domains;
  const rank = (level: number | null) => level ?? -1;
  return { ice: rank(d.iceLevel), consciousness: rank(d.consciousnessLevel), seizure: d.seizureLevel, motor: d.motorLevel, icp: d.icpLevel };
}

describe('properties of the grading', () => {
  it('the maximum is never below the current grade', () => {
    fc.assert(
      fc.property(withAttributions, evalHours, (events, at) => {
        const r = grade(events, at);
        expect(r.crs.max).toBeGreaterThanOrEqual(r.crs.current);
        expect(icansRank(r.icans.max)).toBeGreaterThanOrEqual(icansRank(r.icans.current));
      }),
      RUNS,
    );
  });

  it('adding a fever never lowers the grade', () => {
    fc.assert(
      fc.property(clinical, hours, fc.double({ min: 38, max: 41, noNaN: true }), evalHours, (events, t, c, at) => {
        notLower(grade([...events, vital(t, 'temp', c)], at), grade(events, at));
      }),
      RUNS,
    );
  });

  it('removing a vasopressor never raises the grade', () => {
    fc.assert(
      fc.property(clinical, fc.constantFrom(...VASOACTIVE_DRUGS), evalHours, (events, drug, at) => {
        const without = events.filter((e) => !(e.kind === 'vasopressor' && e.drug === drug));
        notLower(grade(events, at), grade(without, at));
      }),
      RUNS,
    );
  });

  it('more oxygen support never lowers the grade', () => {
    const rank = (d: O2Device) => O2_DEVICES.indexOf(d);
    fc.assert(
      fc.property(clinical, fc.infiniteStream(fc.nat()), evalHours, (events, picks, at) => {
        const more = events.map((e): ClinicalEvent => {
          if (e.kind !== 'oxygen') return e;
          const candidates = O2_DEVICES.filter((d) => {
            const next = { device: d, ...(e.flowLMin !== undefined ? { flowLMin: e.flowLMin } : {}) };
            return oxygenLevel(next) > oxygenLevel(e) || (oxygenLevel(next) === oxygenLevel(e) && rank(d) >= rank(e.device));
          });
          const device = candidates[picks.next().value % candidates.length]!;
          return { ...e, device, ...(e.flowLMin !== undefined && device === e.device ? { flowLMin: e.flowLMin + 1 } : {}) };
        });
        notLower(grade(more, at), grade(events, at));
      }),
      RUNS,
    );
  });

  it('adding oxygen where none was documented never lowers the grade', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(vitals, pressors, meds), { maxLength: 25 }), oxygen, evalHours, (events, extra, at) => {
        notLower(grade([...events, extra], at), grade(events, at));
      }),
      RUNS,
    );
  });

  it("a physician's attribution never raises a grade", () => {
    fc.assert(
      fc.property(clinical, attributions, evalHours, (events, a, at) => {
        const before = grade(events, at);
        const after = grade([...events, a], at);
        expect(after.crs.current).toBeLessThanOrEqual(before.crs.current);
        expect(after.crs.max).toBeLessThanOrEqual(before.crs.max);
        expect(icansRank(after.icans.current)).toBeLessThanOrEqual(icansRank(before.icans.current));
      }),
      RUNS,
    );
  });

  it('monitor data alone never grades CRS above 2, confirmed or not', () => {
    const monitorOnly = fc.array(
      fc.tuple(vitals, fc.boolean()).map(([e, confirmed]) => ({ ...e, confirmed }) as ClinicalEvent),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(monitorOnly, evalHours, (events, at) => {
        const r = grade(events, at);
        expect(r.crs.max).toBeLessThanOrEqual(2);
        expect(r.flags.every((f) => f.code !== 'FEVER_MASKED')).toBe(true);
      }),
      RUNS,
    );
  });

  it('a lower ICE score never lowers the ICANS grade', () => {
    fc.assert(
      fc.property(withAttributions, hours, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom(...CONSCIOUSNESS_LEVELS), (events, t, a, b, c) => {
        const [lowScore, highScore] = a <= b ? [a, b] : [b, a];
        const worse = grade([...events, ice(t, lowScore, c)], t);
        const better = grade([...events, ice(t, highScore, c)], t);
        expect(icansRank(worse.icans.current)).toBeGreaterThanOrEqual(icansRank(better.icans.current));
      }),
      RUNS,
    );
  });

  it('without attributions the maximum never falls as time goes on', () => {
    fc.assert(
      fc.property(clinical, evalHours, evalHours, (events, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(grade(events, late).crs.max).toBeGreaterThanOrEqual(grade(events, early).crs.max);
        expect(icansRank(grade(events, late).icans.max)).toBeGreaterThanOrEqual(icansRank(grade(events, early).icans.max));
      }),
      RUNS,
    );
  });

  it('adding a documentation event that re-documents nothing never lowers any domain', () => {
    const nothing = fc.tuple(neuroHours, fc.constantFrom<Omit<NeuroAssessment, 'kind' | 'time' | 'source'>>({}, { otherFindings: ['tremor'] }, { newConfusion: true }, { globalAphasia: true }));
    fc.assert(
      fc.property(neuroTimeline, nothing, evalHours, (events, [t, fields], at) => {
        const before = grade(events, at);
        const after = grade([...events, neuroRecord(t, fields)], at);
        const [b, a] = [domainLevels(before), domainLevels(after)];
        for (const domain of Object.keys(b) as (keyof typeof b)[]) expect(a[domain], domain).toBeGreaterThanOrEqual(b[domain]);
        expect(icansRank(after.icans.current)).toBeGreaterThanOrEqual(icansRank(before.icans.current));
        expect(icansRank(after.icans.max)).toBeGreaterThanOrEqual(icansRank(before.icans.max));
      }),
      RUNS,
    );
  });

  it('a neuro record never lowers a domain it does not document', () => {
    fc.assert(
      fc.property(neuroTimeline, partialNeuro, evalHours, (events, extra, at) => {
        const [b, a] = [domainLevels(grade(events, at)), domainLevels(grade([...events, extra], at))];
        const n = extra as NeuroAssessment;
        const documented = { ice: DOCUMENTS.ice(n), consciousness: DOCUMENTS.consciousness(n), seizure: false, motor: DOCUMENTS.motor(n), icp: DOCUMENTS.icp(n) };
        for (const domain of Object.keys(b) as (keyof typeof b)[]) if (!documented[domain]) expect(a[domain], domain).toBeGreaterThanOrEqual(b[domain]);
      }),
      RUNS,
    );
  });

  it('a temperature entered in °F grades exactly like the same temperature in °C', () => {
    fc.assert(
      fc.property(clinical, hours, fc.integer({ min: 970, max: 1050 }), evalHours, (events, t, tenthsF, at) => {
        const f = tenthsF / 10;
        const c = ((f - 32) * 5) / 9;
        const inF = grade([...events, vital(t, 'temp', f, { unit: '[degF]' })], at);
        const inC = grade([...events, vital(t, 'temp', c)], at);
        expect(inF.crs.current).toBe(inC.crs.current);
        expect(inF.crs.max).toBe(inC.crs.max);
      }),
      RUNS,
    );
  });
});

