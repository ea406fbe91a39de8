// When a live value is stale, each parameter by its own rhythm (#18): a monitor that stopped sending makes all of its
// values stale at the moment its banner says "No data since …"; an NIBP only once its cuff cycle is missed.
// These are display settings, not clinical rules: the NIBP cycle is the monitor's, configured on the station.
import type { LatestValue } from '../../../../shared/api/contract';
import type { VitalParam } from '../../../../shared/params';
import { MINUTE_MS } from '../../../../shared/time';
import type { DeviceView } from './devices';

/** NIBP is episodic (monitor-protocols.md §3.7 and §8 item 3): one new value per cuff cycle, repeated unchanged in between. */
const EPISODIC: ReadonlySet<VitalParam> = new Set(['nibp_sys', 'nibp_dia', 'nibp_mean']);

/** Used when the station is not told its monitors' NIBP auto cycle (`vigil station --nibp-cycle SECONDS`). */
export const DEFAULT_NIBP_CYCLE_MS = 15 * MINUTE_MS;

/**
 * A continuous value not renewed for this long is stale even while its monitor sends other values (a probe taken
 * off), and so is any value of a feed whose rhythm the window does not know (an HL7 gateway).
 */
export const CONTINUOUS_STALE_AFTER_MS = MINUTE_MS;

/** After a cycle, the cuff still needs to inflate and measure: a quarter of the cycle, at most a minute. */
const CUFF_SLACK_MAX_MS = MINUTE_MS;

export interface StalenessContext {
  /** Station time. */
  readonly now: number;
  readonly devices: readonly DeviceView[];
  readonly nibpCycleMs: number;
}

export type StalenessInput = Pick<LatestValue, 'param' | 'time' | 'source' | 'device'>;

/** How long after its time an NIBP result is still the current one. */
export function nibpFreshForMs(nibpCycleMs: number): number {
  return nibpCycleMs + Math.min(CUFF_SLACK_MAX_MS, nibpCycleMs / 4);
}

/** The one rule for greying a live value. */
export function isStaleValue(value: StalenessInput, context: StalenessContext): boolean {
  // A hand-entered spot reading has no rhythm to miss: its age, always shown, says how old it is.
  if (value.source === 'manual') return false;
  const device = value.source === 'serial' ? context.devices.find((d) => d.name === value.device) : undefined;
  if (device !== undefined && device.connection.state !== 'receiving') return true;
  const age = context.now - value.time;
  return age > (EPISODIC.has(value.param) ? nibpFreshForMs(context.nibpCycleMs) : CONTINUOUS_STALE_AFTER_MS);
}
