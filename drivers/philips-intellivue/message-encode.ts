// Typed data-export messages to user data (monitor-protocols.md 2.3-2.6): the client's requests and the
// monitor's MDS Create Event and poll results (for the simulator). The byte layouts mirror message.ts.
import { ACTION, ATTR, ATTR_GROUP, CMD, MDS_OBJECT, NOTI_MDS_CREATE, OBJ_CLASS, P_CONTEXT_ID, PARTITION_OBJ, RO_TYPE, SPDU } from './constants';
import { Writer } from './bytes';
import { u32Bytes, writeAttributeList, type Attribute } from './attributes';
import type { LinkedInfo, PollContext } from './message';

const writeMds = (w: Writer): Writer => w.u16(MDS_OBJECT.objClass).u16(MDS_OBJECT.contextId).u16(MDS_OBJECT.handle);

/** E1 00 + context | ro_type + length | [RORLS state, count] | invoke_id, command_type, length | body. */
function dataExport(roType: number, invokeId: number, commandType: number, body: Uint8Array, linked: LinkedInfo | null = null): Uint8Array {
  const w = new Writer().u8(SPDU.dataExport).u8(0).u16(P_CONTEXT_ID).u16(roType);
  const roDone = w.lengthMark();
  if (linked) w.u8(linked.state).u8(linked.count);
  w.u16(invokeId).u16(commandType).u16(body.length).bytes(body);
  roDone();
  return w.toBytes();
}

/** MDS Create Event Result (2.4 step 4): mirrors the event's invoke_id; current_time is a RelativeTime. */
export function encodeMdsCreateResult(invokeId: number, currentTime: number): Uint8Array {
  const body = writeMds(new Writer()).u32(currentTime).u16(NOTI_MDS_CREATE).u16(0).toBytes();
  return dataExport(RO_TYPE.result, invokeId, CMD.confirmedEventReport, body);
}

export interface PollRequestInput {
  readonly invokeId: number;
  readonly pollNumber: number;
  readonly objClass: number;
  readonly attrGroup?: number;
  /** Extended poll with NOM_ATTR_TIME_PD_POLL (2.5) when set; a single poll otherwise. */
  readonly activePeriodTicks?: number;
}

/** Single (0x0C16) or extended (0xF13B) poll of an object class (2.5). */
export function encodePollRequest(p: PollRequestInput): Uint8Array {
  const extended = p.activePeriodTicks !== undefined;
  const req = new Writer().u16(p.pollNumber).u16(PARTITION_OBJ).u16(p.objClass).u16(p.attrGroup ?? 0);
  if (extended) writeAttributeList(req, [{ id: ATTR.timePdPoll, value: u32Bytes(p.activePeriodTicks!) }]);
  const args = writeMds(new Writer()).u32(0).u16(extended ? ACTION.extendedPoll : ACTION.poll);
  const reqBytes = req.toBytes();
  args.u16(reqBytes.length).bytes(reqBytes);
  return dataExport(RO_TYPE.invoke, p.invokeId, CMD.confirmedAction, args.toBytes());
}

/** The keep-alive (2.4 step 6): a single poll of the Alert Monitor's static attribute group. */
export function encodeKeepAlive(invokeId: number, pollNumber: number): Uint8Array {
  return encodePollRequest({ invokeId, pollNumber, objClass: OBJ_CLASS.alertMonitor, attrGroup: ATTR_GROUP.vmoStatic });
}

/** MDS Create Event Report (2.4 step 3): ROIV confirmed event report on the MDS with its attributes. */
export function encodeMdsCreateEvent(invokeId: number, eventTime: number, attributes: readonly Attribute[]): Uint8Array {
  const info = writeMds(new Writer());
  writeAttributeList(info, attributes);
  const infoBytes = info.toBytes();
  const body = writeMds(new Writer()).u32(eventTime).u16(NOTI_MDS_CREATE).u16(infoBytes.length).bytes(infoBytes).toBytes();
  return dataExport(RO_TYPE.invoke, invokeId, CMD.confirmedEventReport, body);
}

export interface PollResultInput {
  readonly invokeId: number;
  readonly linked?: LinkedInfo | null;
  readonly action: number;
  readonly pollNumber: number;
  readonly sequenceNo?: number;
  readonly relTime: number;
  readonly absTime: Uint8Array;
  readonly objClass: number;
  readonly attrGroup?: number;
  readonly contexts: readonly PollContext[];
}

function writePollInfoList(w: Writer, contexts: readonly PollContext[]): void {
  w.u16(contexts.length);
  const listDone = w.lengthMark();
  for (const c of contexts) {
    w.u16(c.contextId).u16(c.objects.length);
    const objectsDone = w.lengthMark();
    for (const o of c.objects) {
      w.u16(o.handle);
      writeAttributeList(w, o.attributes);
    }
    objectsDone();
  }
  listDone();
}

/** A poll result (2.6): RORS, or one RORLS fragment when `linked` is given. */
export function encodePollResult(p: PollResultInput): Uint8Array {
  const result = new Writer().u16(p.pollNumber);
  if (p.action === ACTION.extendedPoll) result.u16(p.sequenceNo ?? 0);
  result.u32(p.relTime).bytes(p.absTime).u16(PARTITION_OBJ).u16(p.objClass).u16(p.attrGroup ?? 0);
  writePollInfoList(result, p.contexts);
  const resultBytes = result.toBytes();
  const body = writeMds(new Writer()).u16(p.action).u16(resultBytes.length).bytes(resultBytes).toBytes();
  const linked = p.linked ?? null;
  return dataExport(linked ? RO_TYPE.linkedResult : RO_TYPE.result, p.invokeId, CMD.confirmedAction, body, linked);
}

/** ROER (2.3): invoke_id, error_value, length 0; the simulator answers requests it cannot serve with it. */
export function encodeError(invokeId: number, errorValue: number): Uint8Array {
  return new Writer().u8(SPDU.dataExport).u8(0).u16(P_CONTEXT_ID).u16(RO_TYPE.error).u16(6).u16(invokeId).u16(errorValue).u16(0).toBytes();
}
