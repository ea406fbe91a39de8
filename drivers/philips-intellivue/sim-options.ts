// Options of the simulated IntelliVue (see simulator.ts), and what it reports for every result it sends.
import type { Scenario, ScenarioOptions, ScenarioSample } from '../scenarios';
import type { MonitorZone } from './clock';
import type { SimulatorConfig } from '../types';
import { REL_TIME_WRAP, TICKS_PER_MS } from './constants';
import type { PhilipsFaults, WireFault } from './sim-wire';

export interface SentResult {
  readonly relTime: number;
  /** The monitor's wall clock when it sent the result (UTC ms). */
  readonly wallMs: number;
  /** The synthetic values sent (null in replay mode). */
  readonly sample: ScenarioSample | null;
  readonly fault: WireFault | null;
}

export interface PhilipsSimulatorOptions {
  readonly scenario: string | Scenario;
  readonly scenarioOptions?: ScenarioOptions;
  /** 'synthetic' (default) builds values from the scenario; 'replay' streams the numerics of `replayLog`. */
  readonly mode?: 'synthetic' | 'replay';
  /** A DICES log or raw frame stream, read at run time (never copied into the repository). */
  readonly replayLog?: Uint8Array;
  /** Demo mode: MDS operating mode DEMO and DEMO_DATA on every value (synthetic). */
  readonly demo?: boolean;
  /** Relative time at start, ticks (e.g. just below 2^32 to test the wrap). */
  readonly relTimeStart?: number;
  /** Monitor wall clock minus host clock, ms. */
  readonly clockOffsetMs?: number;
  readonly zone?: MonitorZone;
  /** Test speed-up only: the numerics period (default 1024 ms = 8192 ticks, 2.5). */
  readonly numericPeriodMs?: number;
  /** Override of 3 x min_poll_period clamped to 10..130 s (2.4 step 6), for tests. */
  readonly associationTimeoutMs?: number;
  readonly mdsCreateRetryMs?: number;
  /** Answer association requests with a refuse. */
  readonly refuseAssociation?: boolean;
  readonly faults?: PhilipsFaults;
  readonly now?: () => number;
  readonly onResultSent?: (sent: SentResult) => void;
}

/** The registry's generic simulator config in this simulator's terms (--mode, --log, --demo, --wrap-in). */
export function philipsSimulatorOptions(config: SimulatorConfig): PhilipsSimulatorOptions {
  const wrapTicks = config.wrapInSeconds === undefined ? null : Math.round(config.wrapInSeconds * 1000 * TICKS_PER_MS);
  return {
    scenario: config.scenario,
    ...(config.mode ? { mode: config.mode } : {}),
    ...(config.replayLog ? { replayLog: config.replayLog } : {}),
    ...(config.demo ? { demo: true } : {}),
    ...(wrapTicks !== null ? { relTimeStart: (REL_TIME_WRAP - (wrapTicks % REL_TIME_WRAP)) % REL_TIME_WRAP } : {}),
  };
}
