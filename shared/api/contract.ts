// The one typed contract between the station core and any window (Electron IPC or the WebSocket bridge).
import { z } from 'zod';
import { VITAL_PARAMS, type VitalParam } from '../params';
import type { Observation, ObservationSource, ObservationStatus } from '../observation';
import type { ConnectionState, DeviceInfo } from '../device';

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

/** Every method: its zod input schema and (as a type) its result. */
export const apiMethods = {
  'station.status': { input: z.object({}).strict() },
  'observations.latest': { input: z.object({}).strict() },
  'observations.trend': {
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

export interface ApiResults {
  'station.status': StationStatus;
  'observations.latest': readonly LatestValue[];
  'observations.trend': readonly TrendSeries[];
}

export type ApiMethod = keyof typeof apiMethods;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiMethods)[M]['input']>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** Events the station pushes to every window. */
export interface ApiEvents {
  observations: readonly Observation[];
  'device.state': { readonly deviceId: number; readonly name: string; readonly connection: ConnectionState };
}
export type ApiEvent = keyof ApiEvents;

export const API_METHOD_NAMES = Object.keys(apiMethods) as ApiMethod[];
export const API_EVENT_NAMES: readonly ApiEvent[] = ['observations', 'device.state'];

/** Errors cross the boundary as a code and a message a nurse can read. */
export const API_ERROR_CODES = ['invalid_input', 'unknown_method', 'forbidden', 'not_found', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export interface ApiErrorBody {
  readonly code: ApiErrorCode;
  readonly message: string;
}

export type ApiReply<M extends ApiMethod> =
  | { readonly ok: true; readonly result: ApiResult<M> }
  | { readonly ok: false; readonly error: ApiErrorBody };

/** What a window holds: the same shape whether it talks over IPC or the bridge. */
export interface VigilApi {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** Thrown on the window side when the station answered with an error. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}
