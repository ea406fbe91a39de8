// The canonical observation: every value from every source becomes one of these.
import { z } from 'zod';
import { VITAL_PARAMS } from './params';

/**
 * What the device said about a value. Only 'valid' values are numbers a rule may use;
 * every other status is kept (with a null value where the device sent no number).
 */
export const OBSERVATION_STATUSES = [
  'valid',
  'invalid',
  'not_updated',
  'under_range',
  'over_range',
  'not_calibrated',
  'questionable',
  'unavailable',
  'demo',
] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];

export const OBSERVATION_SOURCES = ['serial', 'hl7', 'manual'] as const;
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];

/** A hand-entered reading's device is 'manual:<name of who entered it>'. */
export const MANUAL_DEVICE_PREFIX = 'manual:';
export const manualDevice = (name: string): string => `${MANUAL_DEVICE_PREFIX}${name}`;
/** Who entered a manual reading, from its device; null for any other device. */
export const manualEntrant = (device: string): string | null => (device.startsWith(MANUAL_DEVICE_PREFIX) ? device.slice(MANUAL_DEVICE_PREFIX.length) : null);

export const observationSchema = z.object({
  param: z.enum(VITAL_PARAMS),
  /** In the param's canonical UCUM unit; null when the device sent no usable number. */
  value: z.number().finite().nullable(),
  unit: z.string().min(1),
  /** UTC milliseconds: the station's receive time (or the record's own time when decoding a file). */
  time: z.number().int(),
  status: z.enum(OBSERVATION_STATUSES),
  source: z.enum(OBSERVATION_SOURCES),
  device: z.string().min(1),
  /** Measurement site where the device names one (temperature: 'axillary', 'core', …). */
  site: z.string().optional(),
  /** The device's own clock for this value, UTC ms, when the device sends one. */
  deviceTime: z.number().int().optional(),
});

export type Observation = z.infer<typeof observationSchema>;

/** The canonical JSON line printed by `vigil decode` and `vigil export` (time as ISO-8601 UTC). */
export interface ObservationLine {
  param: string;
  value: number | null;
  unit: string;
  time: string;
  status: ObservationStatus;
  source: ObservationSource;
  device: string;
  site?: string;
  deviceTime?: string;
}

export function toObservationLine(o: Observation): ObservationLine {
  const line: ObservationLine = {
    param: o.param,
    value: o.value,
    unit: o.unit,
    time: new Date(o.time).toISOString(),
    status: o.status,
    source: o.source,
    device: o.device,
  };
  if (o.site !== undefined) line.site = o.site;
  if (o.deviceTime !== undefined) line.deviceTime = new Date(o.deviceTime).toISOString();
  return line;
}
