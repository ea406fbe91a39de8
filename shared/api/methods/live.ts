// Methods of the live screen: station status, latest values, trends.
import { z } from 'zod';
import { VITAL_PARAMS, type VitalParam } from '../../params';
import type { ObservationSource, ObservationStatus } from '../../observation';
import type { DeviceInfo } from '../../device';

export interface PatientSummary {
  readonly mrn: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
}

export interface StationStatus {
  readonly stationName: string;
  readonly patient: PatientSummary | null;
  readonly devices: readonly DeviceInfo[];
  /** UTC ms on the station's clock, so a window can compute the age of values. */
  readonly now: number;
}

export interface LatestValue {
  readonly param: VitalParam;
  readonly value: number | null;
  readonly unit: string;
  readonly time: number;
  readonly status: ObservationStatus;
  readonly source: ObservationSource;
  readonly device: string;
  readonly site?: string;
}

/** A point of a trend; value null marks a gap the station detected (the chart draws a break). */
export interface TrendPoint {
  readonly t: number;
  readonly v: number | null;
}

export interface TrendSeries {
  readonly param: VitalParam;
  readonly unit: string;
  readonly points: readonly TrendPoint[];
}

const paramList = z.array(z.enum(VITAL_PARAMS)).min(1).max(VITAL_PARAMS.length);

/** Live numerics and trends. */
export const liveMethods = {
  'station.status': { access: 'public', input: z.object({}).strict() },
  'observations.latest': { access: 'public', input: z.object({}).strict() },
  'observations.trend': {
    access: 'public',
    input: z
      .object({
        params: paramList,
        from: z.number().int(),
        to: z.number().int(),
      })
      .strict()
      .refine((r) => r.to > r.from, { message: 'to must be after from', path: ['to'] }),
  },
} as const;

export interface LiveResults {
  'station.status': StationStatus;
  'observations.latest': readonly LatestValue[];
  'observations.trend': readonly TrendSeries[];
}

