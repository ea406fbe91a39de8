// GE Datex-Ohmeda S/5 / CARESCAPE "Computer Interface" codec: the one import for sessions, simulators and tools.
// Pure: no I/O, no timers; malformed input yields a DecodeIssue, never a throw.
export { createDeframer, encodeFrame, recordChecksum, DEFAULT_MAX_RECORD_BYTES } from './framing';
export type { Deframer, DeframerOptions, FrameResult } from './framing';
export { decodeHeader, decodeRecord } from './record';
export type { GeBasicClass, GeGroup, GePhdbSubrecord, GeReading, GeRecord, GeRecordHeader, GeSrDesc } from './record';
export { decodeRequest, encodeDisplayRequest, encodePhdbRequest, encodePhdbRequestRecord } from './request';
export type { GeRequest, PhdbRequestOptions } from './request';
export { encodeDisplayRecord, DEFAULT_DRI_LEVEL, SIM_AMB_PRESS_RAW } from './record-encode';
export type { DisplayRecordInput, DisplayValues } from './record-encode';
export { recordToObservations } from './observations';
export type { ObservationOptions } from './observations';
