// The one typed contract between the station core and any window (Electron IPC or the WebSocket bridge).
import type { z } from 'zod';
import type { Observation } from '../observation';
import type { ConnectionState } from '../device';
import type { EntryProblem } from '../clinical/entryCheck';
import { liveMethods, type LiveResults, type StorageStatus } from './methods/live';
import { authMethods, type AuthResults } from './methods/auth';
import { episodeMethods, type EpisodeResults } from './methods/episode';
import { hl7Methods, type Hl7Results } from './methods/hl7';
import { deviceMethods, type DeviceResults } from './methods/devices';
import { clinicalMethods, type ClinicalResults } from './methods/clinical';
import { labMethods, type LabResults } from './methods/labs';
import { labRangeMethods, type LabRangeResults } from './methods/labRanges';
import { roundsMethods, type RoundsResults } from './methods/rounds';
import { reportMethods, type ReportResults } from './methods/report';
import { outboundMethods, type OutboundResults } from './methods/outbound';
import type { Access } from './access';
import type { Message } from '../messages/message';

export type { PatientSummary, StationStatus, StorageStatus, LatestValue, TrendPoint, TrendSeries } from './methods/live';

/** Every method: its zod input schema and (as a type) its result. Each feature adds its map here. */
export const apiMethods = {
  ...liveMethods,
  ...authMethods,
  ...episodeMethods,
  ...hl7Methods,
  ...deviceMethods,
  ...clinicalMethods,
  ...labMethods,
  ...labRangeMethods,
  ...roundsMethods,
  ...reportMethods,
  ...outboundMethods,
} as const satisfies Record<string, { readonly access: Access; readonly input: z.ZodType }>;

/** Every method's result type, by method name. */
export type ApiResults = LiveResults & AuthResults & EpisodeResults & DeviceResults & ClinicalResults & LabResults & LabRangeResults & RoundsResults & Hl7Results & ReportResults & OutboundResults;

export type ApiMethod = keyof typeof apiMethods;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiMethods)[M]['input']>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

/** Events the station pushes to every window. */
export interface ApiEvents {
  observations: readonly Observation[];
  'device.state': { readonly deviceId: number; readonly name: string; readonly connection: ConnectionState };
  /** The episode record changed: windows fetch it again. */
  'episode.changed': { readonly episodeId: number };
  /** Suggested grades or flags changed: windows fetch clinical.status again. */
  'clinical.changed': { readonly episodeId: number };
  /** The station's storage turned to a problem or back to ok: windows show or clear the banner. */
  'storage.changed': StorageStatus;
}
export type ApiEvent = keyof ApiEvents;

export const API_METHOD_NAMES = Object.keys(apiMethods) as ApiMethod[];
export const API_EVENT_NAMES: readonly ApiEvent[] = ['observations', 'device.state', 'episode.changed', 'clinical.changed', 'storage.changed'];

/** Errors cross the boundary as a code and a message a nurse can read. */
export const API_ERROR_CODES = ['invalid_input', 'unknown_method', 'forbidden', 'not_found', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export interface ApiErrorBody {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** A hand-entered value refused (hard) or questioned (plausibility: send again with the confirmation flag). */
  readonly problems?: readonly EntryProblem[];
  /** The same words as a message the window says in its own language, where the station has one. */
  readonly said?: Message;
}

/** What an error may carry beside its message (both optional). */
export type ApiErrorDetails = Pick<ApiErrorBody, 'problems' | 'said'>;

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
    details: ApiErrorDetails = {},
  ) {
    super(message);
    this.name = 'ApiCallError';
    this.problems = details.problems ?? [];
    this.said = details.said;
  }
  readonly problems: readonly EntryProblem[];
  readonly said: Message | undefined;
}
