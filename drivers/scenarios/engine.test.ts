// The scenario engine: named courses, determinism, episodic NIBP.
import { describe, expect, it } from 'vitest';
import { VITAL_PARAMS } from '../../shared/params';
import { createScenario, listScenarios, scenarioValues } from './index';

const COURSE_MS = 30_000;
const CUFF_MS = 5_000;
const fast = { durationMs: COURSE_MS, nibpIntervalMs: CUFF_MS, seed: 7 };
const seconds = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => (from + i) * 1000);

describe('scenario catalogue', () => {
  it('lists the named scenarios and rejects an unknown one with that list', () => {
    expect(listScenarios()).toEqual(expect.arrayContaining(['stable', 'crs-fever-hypotension', 'desaturation', 'icu-stable']));
    expect(() => createScenario('nope')).toThrow(/known scenarios: .*stable/);
  });

  it('gives a value or null for every canonical param, on every scenario', () => {
    for (const name of listScenarios()) {
      const { values } = scenarioValues(name, 1234);
      expect(Object.keys(values).sort()).toEqual([...VITAL_PARAMS].sort());
    }
  });
});

describe('determinism', () => {
  it('is a pure function of (seed, elapsed): same seed same values, regardless of call order', () => {
    const a = createScenario('stable', { seed: 3 });
    const b = createScenario('stable', { seed: 3 });
    const times = seconds(0, 60);
    const forward = times.map((t) => a.sample(t));
    const backward = [...times].reverse().map((t) => b.sample(t)).reverse();
    expect(backward).toEqual(forward);
  });

  it('another seed gives other noise', () => {
    const a = seconds(0, 30).map((t) => scenarioValues('stable', t, { seed: 1 }).values.hr);
    const b = seconds(0, 30).map((t) => scenarioValues('stable', t, { seed: 2 }).values.hr);
    expect(b).not.toEqual(a);
  });
});

describe('stable', () => {
  it('keeps plausible adult ward vitals, without arterial line or capnography', () => {
    for (const t of seconds(0, 1800).filter((_, i) => i % 7 === 0)) {
      const { values: v, tempSite } = scenarioValues('stable', t);
      expect(v.hr).toBeGreaterThanOrEqual(60);
      expect(v.hr).toBeLessThanOrEqual(85);
      expect(v.spo2).toBeGreaterThanOrEqual(95);
      expect(v.spo2).toBeLessThanOrEqual(100);
      expect(v.temp).toBeGreaterThan(36.5);
      expect(v.temp).toBeLessThan(37.2);
      expect(v.abp_sys).toBeNull();
      expect(v.etco2).toBeNull();
      expect(tempSite).toBe('axillary');
    }
  });

  it('icu-stable adds ABP (with a consistent mean) and etCO2', () => {
    const { values: v } = scenarioValues('icu-stable', 10_000);
    expect(v.abp_sys).not.toBeNull();
    expect(v.abp_mean).toBeGreaterThan(v.abp_dia!);
    expect(v.abp_mean).toBeLessThan(v.abp_sys!);
    expect(v.etco2).toBeGreaterThan(30);
  });
});

describe('crs-fever-hypotension (compressed to 30 s)', () => {
  const crs = createScenario('crs-fever-hypotension', fast);
  const at = (t: number) => crs.sample(t).values;

  it('starts afebrile and normotensive', () => {
    expect(at(0).temp).toBeLessThan(38);
    expect(at(0).nibp_sys).toBeGreaterThan(110);
    expect(at(0).hr).toBeLessThan(90);
  });

  it('ends with temperature above 39 °C, HR up, NIBP systolic below 90', () => {
    const end = at(COURSE_MS + CUFF_MS);
    expect(end.temp).toBeGreaterThan(39);
    expect(end.hr).toBeGreaterThan(at(0).hr! + 30);
    expect(end.nibp_sys).toBeLessThan(90);
  });

  it('keeps SpO2 at or above 94 % throughout', () => {
    for (const t of seconds(0, 40)) expect(at(t).spo2).toBeGreaterThanOrEqual(94);
  });
});

describe('desaturation', () => {
  it('drops SpO2 from the high 90s to the mid 80s', () => {
    const s = createScenario('desaturation', fast);
    expect(s.sample(0).values.spo2).toBeGreaterThanOrEqual(95);
    expect(s.sample(COURSE_MS).values.spo2).toBeLessThanOrEqual(86);
  });
});

describe('NIBP cuff cycles', () => {
  it('changes NIBP only when a cuff cycle completes, and says when it was measured', () => {
    const s = createScenario('crs-fever-hypotension', fast);
    for (let t = 0; t < COURSE_MS; t += 250) {
      const sample = s.sample(t);
      const cycleStart = Math.floor(t / CUFF_MS) * CUFF_MS;
      expect(sample.nibpMeasuredAtMs).toBe(cycleStart);
      const atCycle = s.sample(cycleStart).values;
      expect([sample.values.nibp_sys, sample.values.nibp_dia, sample.values.nibp_mean]).toEqual([atCycle.nibp_sys, atCycle.nibp_dia, atCycle.nibp_mean]);
    }
  });

  it('derives the mean between diastolic and systolic', () => {
    const { nibp_sys: sys, nibp_dia: dia, nibp_mean: mean } = scenarioValues('stable', 0).values;
    expect(mean).toBe(Math.round(dia! + (sys! - dia!) / 3));
  });
});
