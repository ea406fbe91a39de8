// User data to typed messages (monitor-protocols.md 2.3-2.6): association control, the MDS Create Event,
// poll requests (what the simulator reads) and poll results (what the session reads). Never throws.
import type { DecodeResult } from '../types';
import { ACTION, ATTR, CMD, NOTI_MDS_CREATE, RO_TYPE, SPDU } from './constants';
import { Malformed, Reader, decodeSafely, hex16 } from './bytes';
import { readAttributeList, type Attribute } from './attributes';
import { findUserInfo, type UserInfo } from './association';

export interface ObservationPoll {
  readonly handle: number;
  readonly attributes: readonly Attribute[];
}

export interface PollContext {
  readonly contextId: number;
  readonly objects: readonly ObservationPoll[];
}

/** RORLS fragment: state 1 first, 2 middle, 3 last; count from 1. */
export interface LinkedInfo {
  readonly state: number;
  readonly count: number;
}

export interface PollResult {
  readonly kind: 'pollResult';
  readonly invokeId: number;
  readonly linked: LinkedInfo | null;
  readonly action: number;
  readonly pollNumber: number;
  /** Extended polls only (0 for the immediate answer, then +1 per period). */
  readonly sequenceNo: number | null;
  readonly relTime: number;
  readonly absTime: Uint8Array;
  readonly objClass: number;
  readonly attrGroup: number;
  readonly contexts: readonly PollContext[];
}

export interface PollRequest {
  readonly kind: 'pollRequest';
  readonly invokeId: number;
  readonly action: number;
  readonly pollNumber: number;
  readonly objClass: number;
  readonly attrGroup: number;
  /** NOM_ATTR_TIME_PD_POLL of an extended poll, ticks; null when absent. */
  readonly activePeriodTicks: number | null;
}

export type PhilipsMessage =
  | { readonly kind: 'associationRequest' | 'associationResult'; readonly userInfo: UserInfo | null }
  | { readonly kind: 'refuse' | 'releaseRequest' | 'releaseResponse' | 'abort' | 'connectIndication' }
  | { readonly kind: 'mdsCreate'; readonly invokeId: number; readonly eventTime: number; readonly attributes: readonly Attribute[] }
  | { readonly kind: 'eventReportResult'; readonly invokeId: number; readonly eventType: number; readonly currentTime: number }
  | PollRequest
  | PollResult
  /** Any other invoke (ROIV) or result (RORS/RORLS), kept by type so logs and tests can count them. */
  | { readonly kind: 'invoke' | 'result'; readonly invokeId: number; readonly commandType: number; readonly linked: LinkedInfo | null }
  | { readonly kind: 'error'; readonly invokeId: number; readonly errorValue: number };

type SessionKind = 'refuse' | 'releaseRequest' | 'releaseResponse' | 'abort' | 'connectIndication';

const SESSION_KINDS: Readonly<Record<number, SessionKind>> = {
  [SPDU.refuse]: 'refuse',
  [SPDU.release]: 'releaseRequest',
  [SPDU.releaseResponse]: 'releaseResponse',
  [SPDU.abort]: 'abort',
  [SPDU.connectIndication]: 'connectIndication',
};

const readObject = (r: Reader): { objClass: number; contextId: number; handle: number } => ({ objClass: r.u16(), contextId: r.u16(), handle: r.u16() });

function readPollInfoList(r: Reader): PollContext[] {
  const count = r.u16();
  const list = r.sub(r.u16());
  return Array.from({ length: count }, () => {
    const contextId = list.u16();
    const objectCount = list.u16();
    const objects = list.sub(list.u16());
    return { contextId, objects: Array.from({ length: objectCount }, () => ({ handle: objects.u16(), attributes: readAttributeList(objects) })) };
  });
}

/** ActionResult of a poll (2.6): the offsets there are these fields in order. */
function readPollResult(r: Reader, invokeId: number, linked: LinkedInfo | null): PollResult | null {
  readObject(r);
  const action = r.u16();
  const body = r.sub(r.u16());
  if (action !== ACTION.poll && action !== ACTION.extendedPoll) return null;
  const pollNumber = body.u16();
  const sequenceNo = action === ACTION.extendedPoll ? body.u16() : null;
  const relTime = body.u32();
  const absTime = body.bytes(8);
  body.u16(); // partition
  const objClass = body.u16();
  const attrGroup = body.u16();
  return { kind: 'pollResult', invokeId, linked, action, pollNumber, sequenceNo, relTime, absTime, objClass, attrGroup, contexts: readPollInfoList(body) };
}

/** ActionArgument of a poll (2.5): managed object, scope, action, then PollMdibDataReq[Ext]. */
function readPollRequest(r: Reader, invokeId: number): PollRequest | null {
  readObject(r);
  r.u32(); // scope
  const action = r.u16();
  const body = r.sub(r.u16());
  if (action !== ACTION.poll && action !== ACTION.extendedPoll) return null;
  const pollNumber = body.u16();
  body.u16(); // partition
  const objClass = body.u16();
  const attrGroup = body.u16();
  let activePeriodTicks: number | null = null;
  if (action === ACTION.extendedPoll && body.remaining > 0) {
    const period = readAttributeList(body).find((a) => a.id === ATTR.timePdPoll && a.value.length >= 4);
    if (period) activePeriodTicks = new Reader(period.value).u32();
  }
  return { kind: 'pollRequest', invokeId, action, pollNumber, objClass, attrGroup, activePeriodTicks };
}

function readInvoke(r: Reader, invokeId: number, commandType: number): PhilipsMessage {
  if (commandType === CMD.confirmedEventReport || commandType === CMD.eventReport) {
    readObject(r);
    const eventTime = r.u32();
    const eventType = r.u16();
    const info = r.sub(r.u16());
    if (eventType === NOTI_MDS_CREATE) {
      readObject(info);
      return { kind: 'mdsCreate', invokeId, eventTime, attributes: readAttributeList(info) };
    }
  }
  if (commandType === CMD.confirmedAction) return readPollRequest(r, invokeId) ?? { kind: 'invoke', invokeId, commandType, linked: null };
  return { kind: 'invoke', invokeId, commandType, linked: null };
}

function readResult(r: Reader, invokeId: number, commandType: number, linked: LinkedInfo | null): PhilipsMessage {
  if (commandType === CMD.confirmedEventReport && !linked) {
    readObject(r);
    const currentTime = r.u32();
    return { kind: 'eventReportResult', invokeId, eventType: r.u16(), currentTime };
  }
  if (commandType === CMD.confirmedAction) return readPollResult(r, invokeId, linked) ?? { kind: 'result', invokeId, commandType, linked };
  return { kind: 'result', invokeId, commandType, linked };
}

/** SPpdu (E1 00 + context), ROapdus, then ROIV / RORS / RORLS / ROER. */
function readDataExport(r: Reader): PhilipsMessage {
  r.u16(); // E1 00
  r.u16(); // presentation context id
  const roType = r.u16();
  const ro = r.sub(r.u16());
  const linked = roType === RO_TYPE.linkedResult ? { state: ro.u8(), count: ro.u8() } : null;
  const invokeId = ro.u16();
  if (roType === RO_TYPE.error) return { kind: 'error', invokeId, errorValue: ro.u16() };
  const commandType = ro.u16();
  const body = ro.sub(ro.u16());
  if (roType === RO_TYPE.invoke) return readInvoke(body, invokeId, commandType);
  if (roType === RO_TYPE.result || roType === RO_TYPE.linkedResult) return readResult(body, invokeId, commandType, linked);
  throw new Malformed(`unknown ro_type ${roType}`, 'unsupported');
}

/** Decode one user-data PDU (a serial frame's payload or a UDP datagram). */
export function decodeMessage(userData: Uint8Array): DecodeResult<PhilipsMessage> {
  return decodeSafely('message', (): PhilipsMessage => {
    const spdu = userData[0];
    if (spdu === undefined) throw new Malformed('empty message');
    if (spdu === SPDU.dataExport) return readDataExport(new Reader(userData));
    if (spdu === SPDU.connect) return { kind: 'associationRequest', userInfo: findUserInfo(userData) };
    if (spdu === SPDU.accept) return { kind: 'associationResult', userInfo: findUserInfo(userData) };
    const kind = SESSION_KINDS[spdu];
    if (kind) return { kind };
    throw new Malformed(`unknown session PDU ${hex16(spdu)}`, 'unsupported');
  });
}
