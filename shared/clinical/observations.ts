// The station's canonical observations (shared/observation.ts) as engine vital readings.
import type { Observation } from '../observation';
import type { VitalKind, VitalReading } from './events';

const PARAM_MAP: Partial<Record<Observation['param'], VitalKind>> = {
  temp: 'temp',
  nibp_sys: 'sbp',
  abp_sys: 'sbp',
  nibp_mean: 'map',
  abp_mean: 'map',
  hr: 'hr',
  rr: 'rr',
  spo2: 'spo2',
};

/**
 * A stored observation as a vital reading, or null when it cannot grade: not a graded param, or a status other than
 * 'valid' (the device itself said the value is unusable). Monitor feeds (serial, HL7) are 'monitor'; typed-in
 * values are 'manual'. `confirmed` is for a nurse's validation of a monitor value (§5.1).
 */
export function vitalFromObservation(o: Observation, options: { id?: string; confirmed?: boolean } = {}): VitalReading | null {
  const param = PARAM_MAP[o.param];
  if (!param || o.status !== 'valid' || o.value === null) return null;
  return {
    kind: 'vital',
    time: o.time,
    source: o.source === 'manual' ? 'manual' : 'monitor',
    param,
    value: o.value,
    unit: o.unit,
    device: o.device,
    ...(o.site !== undefined ? { site: o.site } : {}),
    ...(options.id !== undefined ? { id: options.id } : {}),
    ...(options.confirmed !== undefined ? { confirmed: options.confirmed } : {}),
  };
}
