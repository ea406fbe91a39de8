// PHDB transmission requests (monitor-protocols.md 3.4; GE-CI Appendix A): what the host sends, and how the simulator reads it.
import type { DecodeResult } from '../types';
import { encodeFrame } from './framing';
import { CLASS_BF, HEADER, MAINTYPE, PHDB_TYPE, REQUEST, SR_TYPE_END } from './layout';
import { decodeHeader } from './record';

export interface GeRequest {
  readonly driLevel: number;
  /** phdb_rcrd_type: 1 DISPL, 2 10-s trend, 3 60-s trend, 4 aux info. */
  readonly recordType: number;
  /** tx_ival: -1 single record, 0 stop, >= 5 periodic (DISPL). */
  readonly intervalSeconds: number;
  /** phdb_class_bf. */
  readonly classes: number;
}

export interface PhdbRequestOptions {
  readonly recordType: number;
  readonly intervalSeconds: number;
  readonly classes?: number;
  readonly driLevel?: number;
}

/** The unframed 49-byte request record: header with one sr_desc {0, type 0} then the 9-byte dri_phdb_req. */
export function encodePhdbRequestRecord({ recordType, intervalSeconds, classes = CLASS_BF.all, driLevel = 0 }: PhdbRequestOptions): Uint8Array {
  const record = new Uint8Array(HEADER.size + REQUEST.bodySize);
  const dv = new DataView(record.buffer);
  dv.setInt16(HEADER.rLen, record.length, true);
  dv.setUint8(HEADER.driLevel, driLevel & 0xff);
  dv.setInt16(HEADER.rMaintype, MAINTYPE.phdb, true);
  // sr_desc[0] = {offset 0, type 0 (transmission request)}; sr_desc[1] ends the list.
  dv.setUint8(HEADER.srDesc + 2, PHDB_TYPE.xmitRequest);
  dv.setUint8(HEADER.srDesc + HEADER.srDescSize + 2, SR_TYPE_END);
  dv.setUint8(HEADER.size + REQUEST.recordType, recordType & 0xff);
  dv.setInt16(HEADER.size + REQUEST.interval, intervalSeconds, true);
  dv.setUint32(HEADER.size + REQUEST.classes, classes >>> 0, true);
  return record;
}

/** Any framed PHDB request (DISPL or trends), byte-identical to GE's examples. */
export function encodePhdbRequest(opts: PhdbRequestOptions): Uint8Array {
  return encodeFrame(encodePhdbRequestRecord(opts));
}

/** The framed DISPL request: every intervalSeconds (>= 5), 0 to stop, -1 for one record. */
export function encodeDisplayRequest({ intervalSeconds, classes = CLASS_BF.all, driLevel = 0 }: { intervalSeconds: number; classes?: number; driLevel?: number }): Uint8Array {
  return encodePhdbRequest({ recordType: PHDB_TYPE.displ, intervalSeconds, classes, driLevel });
}

/** Read a host's PHDB request from an unescaped record. */
export function decodeRequest(record: Uint8Array): DecodeResult<GeRequest> {
  const header = decodeHeader(record);
  if (!header.ok) return header;
  const h = header.value;
  const first = h.srDesc[0];
  if (h.rMaintype !== MAINTYPE.phdb || first?.type !== PHDB_TYPE.xmitRequest) {
    return { ok: false, issue: { kind: 'unsupported', message: `not a PHDB transmission request (maintype ${h.rMaintype}, sr_type ${first?.type ?? 'none'})` } };
  }
  const body = HEADER.size + first.offset;
  if (first.offset < 0 || body + REQUEST.bodySize > record.length) {
    return { ok: false, issue: { kind: 'malformed', message: `request body at offset ${first.offset} does not fit in ${record.length} bytes` } };
  }
  const dv = new DataView(record.buffer, record.byteOffset, record.byteLength);
  return {
    ok: true,
    value: {
      driLevel: h.driLevel,
      recordType: dv.getUint8(body + REQUEST.recordType),
      intervalSeconds: dv.getInt16(body + REQUEST.interval, true),
      classes: dv.getUint32(body + REQUEST.classes, true),
    },
  };
}
