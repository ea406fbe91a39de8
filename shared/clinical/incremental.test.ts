// The incremental re-grade gives the full re-grade's result: random timelines graded at successive times, with
// events documented late, corrected (removed) and given in any input order, against evaluate() on the same input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './engine';
import { CONSCIOUSNESS_LEVELS, MEDICATION_CLASSES, MEDICATION_INDICATIONS, O2_DEVICES, VASOACTIVE_DRUGS, type ClinicalEvent, type VitalKind } from './events';
import { IncrementalGrader } from './incremental';
import { attribution, h, ice, lab, med, o2, pressor, seizure, vital } from './test-support';

const RUNS = { numRuns: 200 };
/** Four gradings per run: a few seconds alone, several times that on a loaded machine. */
const PROPERTY_TIMEOUT_MS = 60_000;
/** Minutes from the infusion, from two hours before it: dense enough for runs of monitor readings to confirm. */
const minute = fc.integer({ min: -120, max: 48 * 60 });
const hoursOf = (m: number) => m / 60;
const VALUES: Record<VitalKind, [number, number]> = { temp: [36, 40], sbp: [70, 130], map: [50, 90], hr: [60, 140], rr: [10, 30], spo2: [85, 99] };
const param = fc.constantFrom(...(Object.keys(VALUES) as VitalKind[]));

const monitorVital = fc
  .tuple(minute, param, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([m, p, x]) => vital(hoursOf(m), p, Math.round(VALUES[p][0] + x * (VALUES[p][1] - VALUES[p][0])), { confirmed: false }));
// Runs of monitor readings a minute apart, abnormal or not, so confirmation by persistence happens and breaks.
const monitorRun = fc
  .tuple(minute, fc.integer({ min: 2, max: 12 }), param, fc.boolean())
  .map(([m, n, p, low]) => Array.from({ length: n }, (_, i) => vital(hoursOf(m + i), p, low ? VALUES[p][0] : VALUES[p][1], { confirmed: false })));
const manualVital = fc.tuple(minute, param, fc.boolean()).map(([m, p, low]) => vital(hoursOf(m), p, low ? VALUES[p][0] : VALUES[p][1], { source: 'manual' }));
const documented = fc.oneof(
  fc.tuple(minute, fc.constantFrom(...O2_DEVICES), fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined })).map(([m, d, f]) => o2(hoursOf(m), d, f)),
  fc.tuple(minute, fc.constantFrom(...VASOACTIVE_DRUGS), fc.constantFrom('start', 'stop') as fc.Arbitrary<'start' | 'stop'>).map(([m, d, a]) => pressor(hoursOf(m), d, a)),
  fc.tuple(minute, fc.constantFrom(...MEDICATION_CLASSES), fc.constantFrom(...MEDICATION_INDICATIONS)).map(([m, c, i]) => med(hoursOf(m), 'drug', c, i)),
  fc.tuple(minute, fc.integer({ min: 0, max: 10 }), fc.constantFrom(...CONSCIOUSNESS_LEVELS)).map(([m, total, c]) => ice(hoursOf(m), total, c)),
  minute.map((m) => seizure(hoursOf(m), { durationMin: 6, resolved: true })),
  fc.tuple(minute, fc.integer({ min: 200, max: 20_000 })).map(([m, v]) => lab(hoursOf(m), 'ferritin', v, 'ng/mL', { uln: 400 })),
  fc
    .tuple(minute, fc.constantFrom('fever', 'hypotension', 'hypoxia', 'depressed_consciousness') as fc.Arbitrary<'fever'>, fc.boolean(), fc.integer({ min: 0, max: 600 }))
    .map(([m, target, active, back]) => attribution(hoursOf(m), target, { active, fromHours: hoursOf(m - back) })),
);

/** Each event with how long after its time it is documented (a late lab, a reading entered afterwards). */
const known = (events: fc.Arbitrary<ClinicalEvent | ClinicalEvent[]>) => fc.tuple(events, fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 600 })));
const timelines = fc.array(fc.oneof(known(monitorVital), known(monitorRun), known(monitorRun), known(manualVital), known(documented)), { maxLength: 40 });

/** The input at a time: what is documented by then, in an order of its own, without the corrected (removed) events. */
function inputAt(events: readonly [ClinicalEvent | ClinicalEvent[], number][], atMinute: number, removed: ReadonlySet<number>, reversed: boolean): ClinicalEvent[] {
  const out = events.flatMap(([e, delay], i) => (removed.has(i) ? [] : [e].flat().filter((x) => x.time + h(hoursOf(delay)) <= h(hoursOf(atMinute)))));
  return reversed ? out.reverse() : out;
}

describe('incremental re-grade', () => {
  it('equals the full re-grade at every step, with late, corrected and reordered events', () => {
    let reused = 0;
    fc.assert(
      fc.property(
        timelines,
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 * 60 }), fc.option(fc.nat(), { nil: undefined }), fc.boolean()), { minLength: 2, maxLength: 4 }),
        minute,
        fc.constantFrom({}, { feverLookbackMs: h(4) }),
        (events, steps, start, config) => {
          const grader = new IncrementalGrader();
          const removed = new Set<number>();
          let at = start;
          for (const [advance, correct, reversed] of steps) {
            if (correct !== undefined && events.length > 0) removed.add(correct % events.length);
            const timeline = { infusionAt: 0, patient: {}, events: inputAt(events, at, removed, reversed) };
            expect(grader.evaluate(timeline, h(hoursOf(at)), config)).toEqual(evaluate(timeline, h(hoursOf(at)), config));
            if (grader.regradedFrom > -Infinity) reused += 1;
            at += advance;
          }
        },
      ),
      RUNS,
    );
    // Most steps after the first reuse the last run (the others changed something up to the infusion).
    expect(reused).toBeGreaterThan(RUNS.numRuns / 2);
  }, PROPERTY_TIMEOUT_MS);

  it('after a new reading, grades again only from it', () => {
    const grader = new IncrementalGrader();
    const readings = Array.from({ length: 600 }, (_, i) => vital(hoursOf(i), 'hr', 80, { confirmed: false }));
    grader.evaluate({ infusionAt: 0, events: readings }, h(hoursOf(599)));
    const next = [...readings, vital(hoursOf(600), 'temp', 38.9, { confirmed: false })];
    expect(grader.evaluate({ infusionAt: 0, events: next }, h(hoursOf(600)))).toEqual(evaluate({ infusionAt: 0, events: next }, h(hoursOf(600))));
    expect(grader.regradedFrom).toBe(h(hoursOf(599)));
  });

  it('a correction before the cached point grades again from the corrected time; a change up to the infusion, everything', () => {
    const grader = new IncrementalGrader();
    const readings = Array.from({ length: 600 }, (_, i) => vital(hoursOf(i - 60), 'sbp', 110, { confirmed: false }));
    grader.evaluate({ infusionAt: 0, events: readings }, h(10));
    const corrected = readings.filter((_, i) => i !== 300);
    expect(grader.evaluate({ infusionAt: 0, events: corrected }, h(10))).toEqual(evaluate({ infusionAt: 0, events: corrected }, h(10)));
    expect(grader.regradedFrom).toBe(h(hoursOf(240)));
    const beforeInfusion = corrected.filter((_, i) => i !== 10);
    expect(grader.evaluate({ infusionAt: 0, events: beforeInfusion }, h(10))).toEqual(evaluate({ infusionAt: 0, events: beforeInfusion }, h(10)));
    expect(grader.regradedFrom).toBe(-Infinity);
  });

  it('invalid input throws the full evaluation error', () => {
    const grader = new IncrementalGrader();
    grader.evaluate({ infusionAt: 0, events: [vital(1, 'hr', 80)] }, h(2));
    const bad = { infusionAt: 0, events: [vital(1, 'hr', 80), { ...vital(1.5, 'hr', 80), value: 'high' } as unknown as ClinicalEvent] };
    expect(() => grader.evaluate(bad, h(2))).toThrow(/value/);
    expect(() => grader.evaluate({ infusionAt: 0, events: 'none' } as never, h(2))).toThrow(/events/);
  });
});
