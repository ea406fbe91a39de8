// Source priority for one param at one bed: serial is primary, HL7 the fallback (pure; the station keeps the state).
import type { VitalParam } from '../params';

export type VitalSource = 'serial' | 'hl7';

export interface SourceTimes {
  /** Station time (UTC ms) of the last serial observation of this param, null if none in this run. */
  readonly serialLastAt: number | null;
  /** Station time (UTC ms) of the last HL7 observation of this param, null if none in this run. */
  readonly hl7LastAt: number | null;
}

/** Default: the serial link counts as silent for a param after this long without a value. */
export const DEFAULT_FALLBACK_AFTER_MS = 60_000;

/**
 * The source the chart and the rules use: serial while it delivered this param within `fallbackAfterMs`,
 * else HL7 if it delivers, else whichever spoke last (null when neither ever did).
 */
export function selectSource(times: SourceTimes, now: number, fallbackAfterMs: number = DEFAULT_FALLBACK_AFTER_MS): VitalSource | null {
  const { serialLastAt, hl7LastAt } = times;
  if (serialLastAt !== null && now - serialLastAt <= fallbackAfterMs) return 'serial';
  if (hl7LastAt !== null) return 'hl7';
  return serialLastAt !== null ? 'serial' : null;
}

/** What `sources.active` reports per param. */
export interface ActiveSource extends SourceTimes {
  readonly param: VitalParam;
  readonly active: VitalSource | null;
  /** True when both sources delivered this param recently: one of them is kept but marked (not charted). */
  readonly both: boolean;
}

export function describeSource(param: VitalParam, times: SourceTimes, now: number, fallbackAfterMs: number = DEFAULT_FALLBACK_AFTER_MS): ActiveSource {
  const recent = (t: number | null) => t !== null && now - t <= fallbackAfterMs;
  return { param, ...times, active: selectSource(times, now, fallbackAfterMs), both: recent(times.serialLastAt) && recent(times.hl7LastAt) };
}
