// What a simulated patient looks like at one instant, shared by every device simulator.
import type { VitalParam } from '../../shared/params';

/** One canonical value per param, in the param's UCUM unit (PARAMS); null when the patient has no such measurement. */
export type VitalValues = { readonly [P in VitalParam]: number | null };

export interface ScenarioSample {
  readonly values: VitalValues;
  /** Lowercase temperature site ('axillary', 'tympanic', 'core' ...), null when there is no temperature. */
  readonly tempSite: string | null;
  /** Elapsed ms at which the displayed NIBP was measured (last cuff cycle); null when no cycle yet or no NIBP. */
  readonly nibpMeasuredAtMs: number | null;
}

export interface ScenarioOptions {
  /** Seed of the measurement noise: same seed, same values. Default 1. */
  readonly seed?: number;
  /** Length of the scenario's course (start state to end state) in ms; the default is the scenario's own. */
  readonly durationMs?: number;
  /** Period of the simulated NIBP cuff cycles in ms; default 5 min. The first cycle completes at 0. */
  readonly nibpIntervalMs?: number;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** The patient at elapsedMs after the scenario started; pure: same input, same output. */
  sample(elapsedMs: number): ScenarioSample;
}
