// The named patient courses. SIMULATED DATA for tests and demos, not clinical thresholds or reference ranges.
import type { VitalParam } from '../../shared/params';
import { MINUTE_MS } from '../../shared/time';

/** One param's course: from the start value to the end value over the scenario's duration, plus noise. */
export interface ParamCourse {
  readonly from: number;
  readonly to: number;
  /** Peak amplitude of the uniform measurement noise, in the param's unit. */
  readonly noise: number;
  /** Physiological bounds the noisy value is clamped to. */
  readonly min?: number;
  readonly max?: number;
}

/** Params the engine derives instead of simulating: the means come from sys/dia. */
export type DerivedParam = 'nibp_mean' | 'abp_mean';
export type SimulatedParam = Exclude<VitalParam, DerivedParam>;

export interface ScenarioDefinition {
  readonly description: string;
  readonly defaultDurationMs: number;
  readonly tempSite: string;
  /** A param without a course has no measurement on this patient (value null), e.g. no ABP on a ward. */
  readonly course: Readonly<Partial<Record<SimulatedParam, ParamCourse>>>;
}

const steady = (value: number, noise: number, bounds: { min?: number; max?: number } = {}): ParamCourse => ({ from: value, to: value, noise, ...bounds });
const SPO2_BOUNDS = { max: 100 };

const wardStable: ScenarioDefinition['course'] = {
  hr: steady(72, 2),
  pr: steady(72, 2),
  spo2: steady(98, 1, SPO2_BOUNDS),
  rr: steady(15, 1),
  temp: steady(36.8, 0.1),
  nibp_sys: steady(122, 4),
  nibp_dia: steady(76, 3),
};

export const SCENARIOS = {
  stable: {
    description: 'stable adult on a ward: HR, SpO2, impedance RR, axillary temperature, NIBP',
    defaultDurationMs: 10 * MINUTE_MS,
    tempSite: 'axillary',
    course: wardStable,
  },
  'icu-stable': {
    description: 'stable adult in ICU: ward vitals plus arterial line and capnography',
    defaultDurationMs: 10 * MINUTE_MS,
    tempSite: 'core',
    course: { ...wardStable, abp_sys: steady(118, 3), abp_dia: steady(68, 2), etco2: steady(36, 1) },
  },
  // Compressed CRS course: fever > 39 °C, tachycardia, NIBP sys < 90, SpO2 kept >= 94 (simulated data, not clinical thresholds).
  'crs-fever-hypotension': {
    description: 'compressed CRS course: fever above 39 °C, rising HR, falling NIBP (sys < 90), SpO2 stays >= 94 %',
    defaultDurationMs: 20 * MINUTE_MS,
    tempSite: 'tympanic',
    course: {
      hr: { from: 80, to: 128, noise: 2 },
      pr: { from: 80, to: 128, noise: 2 },
      spo2: { from: 98, to: 96, noise: 1, min: 94, max: 100 },
      rr: { from: 16, to: 24, noise: 1 },
      temp: { from: 37.1, to: 39.6, noise: 0.1 },
      nibp_sys: { from: 124, to: 82, noise: 2 },
      nibp_dia: { from: 78, to: 48, noise: 2 },
    },
  },
  desaturation: {
    description: 'SpO2 falls from 97 % to about 84 % with compensatory tachycardia and tachypnoea',
    defaultDurationMs: 10 * MINUTE_MS,
    tempSite: 'axillary',
    course: {
      ...wardStable,
      hr: { from: 76, to: 104, noise: 2 },
      pr: { from: 76, to: 104, noise: 2 },
      spo2: { from: 97, to: 84, noise: 1, max: 100 },
      rr: { from: 16, to: 28, noise: 1 },
    },
  },
} as const satisfies Record<string, ScenarioDefinition>;

export type ScenarioName = keyof typeof SCENARIOS;
