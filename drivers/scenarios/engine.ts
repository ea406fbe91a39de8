// The scenario engine: named patient courses sampled at any elapsed time, deterministic for a seed.
import { PARAMS, VITAL_PARAMS, type VitalParam } from '../../shared/params';
import { SCENARIOS, type ParamCourse, type ScenarioDefinition, type ScenarioName, type SimulatedParam } from './catalogue';
import { noise } from './noise';
import type { Scenario, ScenarioOptions, ScenarioSample, VitalValues } from './types';

/** Real monitors refresh displayed numerics about once a second; noise changes at that pace. */
const NOISE_STEP_MS = 1000;
export const DEFAULT_NIBP_INTERVAL_MS = 5 * 60_000;

/** Names accepted by createScenario (for the CLI's error message and --help). */
export function listScenarios(): readonly string[] {
  return Object.keys(SCENARIOS);
}

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(SCENARIOS, name);
}

/** Smoothstep: the course starts and ends gently instead of with a kink. */
const ease = (p: number): number => p * p * (3 - 2 * p);
const clamp = (v: number, min = -Infinity, max = Infinity): number => Math.min(max, Math.max(min, v));

function roundFor(param: VitalParam, value: number): number {
  const f = 10 ** PARAMS[param].decimals;
  return Math.round(value * f) / f;
}

/** Mean arterial pressure from systolic and diastolic: dia + (sys - dia) / 3. */
const meanPressure = (param: VitalParam, sys: number | null, dia: number | null): number | null =>
  sys === null || dia === null ? null : roundFor(param, dia + (sys - dia) / 3);

export function createScenario(name: string, opts: ScenarioOptions = {}): Scenario {
  if (!isScenarioName(name)) throw new Error(`unknown scenario "${name}"; known scenarios: ${listScenarios().join(', ')}`);
  const def: ScenarioDefinition = SCENARIOS[name];
  const seed = opts.seed ?? 1;
  const durationMs = Math.max(1, opts.durationMs ?? def.defaultDurationMs);
  const nibpIntervalMs = Math.max(1, opts.nibpIntervalMs ?? DEFAULT_NIBP_INTERVAL_MS);

  /** The course's value at time t, with the noise of the given step; null when the patient lacks the param. */
  const valueAt = (param: SimulatedParam, t: number, step: number): number | null => {
    const course: ParamCourse | undefined = def.course[param];
    if (!course) return null;
    const trend = course.from + (course.to - course.from) * ease(clamp(t / durationMs, 0, 1));
    const noisy = trend + course.noise * noise(seed, VITAL_PARAMS.indexOf(param), step);
    return roundFor(param, clamp(noisy, course.min, course.max));
  };

  return {
    name,
    description: def.description,
    sample(elapsedMs: number): ScenarioSample {
      const t = Math.max(0, elapsedMs);
      const step = Math.floor(t / NOISE_STEP_MS);
      // NIBP is episodic: the displayed values are those of the last completed cuff cycle.
      const cycle = Math.floor(t / nibpIntervalMs);
      const cuffAt = cycle * nibpIntervalMs;
      const nibpSys = valueAt('nibp_sys', cuffAt, cycle);
      const nibpDia = valueAt('nibp_dia', cuffAt, cycle);
      const abpSys = valueAt('abp_sys', t, step);
      const abpDia = valueAt('abp_dia', t, step);
      const temp = valueAt('temp', t, step);
      const values: VitalValues = {
        hr: valueAt('hr', t, step),
        pr: valueAt('pr', t, step),
        spo2: valueAt('spo2', t, step),
        rr: valueAt('rr', t, step),
        temp,
        nibp_sys: nibpSys,
        nibp_dia: nibpDia,
        nibp_mean: meanPressure('nibp_mean', nibpSys, nibpDia),
        abp_sys: abpSys,
        abp_dia: abpDia,
        abp_mean: meanPressure('abp_mean', abpSys, abpDia),
        etco2: valueAt('etco2', t, step),
      };
      return { values, tempSite: temp === null ? null : def.tempSite, nibpMeasuredAtMs: nibpSys === null ? null : cuffAt };
    },
  };
}

/** One-shot form of createScenario(name, opts).sample(elapsedMs). */
export function scenarioValues(name: string, elapsedMs: number, opts?: ScenarioOptions): ScenarioSample {
  return createScenario(name, opts).sample(elapsedMs);
}
