// Philips IntelliVue Data Export (MIB/RS-232) codec: the one import for sessions, simulators and tools.
// Pure: no I/O, no timers; bytes <-> frames <-> typed messages <-> canonical observations; never throws.
export { createDeframer, encodeFrame, encodeRawFrame, frameContent, fcsBytes, crcCcitt } from './framing';
export type { Deframer, FrameResult } from './framing';
export { decodeFloat, encodeFloat, encodeSpecialFloat } from './float';
export type { FloatValue } from './float';
export { absoluteTimeToUtc, utcToAbsoluteTime, DeviceClock } from './clock';
export type { MonitorZone } from './clock';
export {
  encodeAssociationRequest,
  encodeAssociationResult,
  findUserInfo,
  ABORT,
  REFUSE,
  RELEASE_REQUEST,
  RELEASE_RESPONSE,
  CLIENT_POLL_PROFILE,
} from './association';
export type { PollProfile, UserInfo } from './association';
export { decodeMessage } from './message';
export type { LinkedInfo, ObservationPoll, PhilipsMessage, PollContext, PollRequest, PollResult } from './message';
export { encodeError, encodeKeepAlive, encodeMdsCreateEvent, encodeMdsCreateResult, encodePollRequest, encodePollResult } from './message-encode';
export type { PollRequestInput, PollResultInput } from './message-encode';
export { readAttributeList, readLabelString, readNuValues, labelStringBytes, compoundBytes, nuValueBytes } from './attributes';
export type { Attribute, NuValue } from './attributes';
export { readNumerics, isDemoState, mdsClock, mdsDemoMode } from './numerics';
export type { LabelCache, NumericReading } from './numerics';
export { readingsToObservations, statusOf, mappedParam } from './observations';
export { StreamInterpreter } from './interpreter';
export type { InterpretedResult } from './interpreter';
export { CAPTURE_FORMATS, decodePhilipsCapture, readCapture, splitDicesLog } from './capture';
export type { CaptureFormat, CaptureItem, PhilipsCaptureDecode } from './capture';
