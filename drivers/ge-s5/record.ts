// Decoding of Datex-Ohmeda records: header, sr_desc list and the basic class of PHDB sub-records (3.3, 3.5, 3.6).
// Pure; every malformed input becomes a DecodeIssue, never a throw.
import type { ObservationStatus } from '../../shared/observation';
import type { DecodeIssue, DecodeResult } from '../types';
import { BASIC, HEADER, MAINTYPE, PHDB, PHDB_CLASS, PHDB_TYPE, SCALE, SPECIAL_MAX, SPECIAL_STATUS, SR_TYPE_END } from './layout';

export interface GeSrDesc {
  /** Offset of the sub-record from the end of the 40-byte header. */
  readonly offset: number;
  readonly type: number;
}

export interface GeRecordHeader {
  readonly rLen: number;
  readonly rNbr: number;
  readonly driLevel: number;
  readonly plugId: number;
  /** Monitor clock, Unix seconds. */
  readonly rTime: number;
  readonly rMaintype: number;
  readonly srDesc: readonly GeSrDesc[];
}

/** One i16 measurement: its raw value, what the marker says, and the scaled value (null for markers). */
export interface GeReading {
  readonly raw: number;
  readonly status: ObservationStatus;
  readonly value: number | null;
}

export interface GeGroup {
  readonly status: number;
  readonly label: number;
}

export interface GeBasicClass {
  readonly ecg: GeGroup & { readonly hr: GeReading; readonly impRr: GeReading };
  /** P1..P4, pressures in mmHg. */
  readonly invasive: readonly (GeGroup & { readonly sys: GeReading; readonly dia: GeReading; readonly mean: GeReading })[];
  readonly nibp: GeGroup & { readonly sys: GeReading; readonly dia: GeReading; readonly mean: GeReading };
  /** T1..T4 in °C. */
  readonly temps: readonly (GeGroup & { readonly temp: GeReading })[];
  readonly spo2: GeGroup & { readonly spo2: GeReading; readonly pr: GeReading };
  /** et in % of the gas, rr in 1/min, ambPress in mmHg. */
  readonly co2: GeGroup & { readonly et: GeReading; readonly rr: GeReading; readonly ambPress: GeReading };
}

export interface GePhdbSubrecord {
  readonly offset: number;
  /** sr_type: 1 DISPL, 2 10-s trend, 3 60-s trend. */
  readonly type: number;
  /** Monitor clock, Unix seconds. */
  readonly time: number;
  readonly marker: number;
  /** From bits 8-11 of cl_drilvl_subt: 0 basic, 1 ext1, 2 ext2, 3 ext3. */
  readonly phdbClass: number;
  /** Decoded only for the basic class. */
  readonly basic: GeBasicClass | null;
}

export interface GeRecord extends GeRecordHeader {
  /** The PHDB sub-records (DISPL and trends); empty for other main types. */
  readonly phdb: readonly GePhdbSubrecord[];
}

const fail = (kind: DecodeIssue['kind'], message: string): { ok: false; issue: DecodeIssue } => ({ ok: false, issue: { kind, message } });

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** sr_types whose sub-record is a 278-byte dri_phdb. */
const PHDB_SR_TYPES: readonly number[] = [PHDB_TYPE.displ, PHDB_TYPE.trend10s, PHDB_TYPE.trend60s];

/** Read the sr_desc list up to the 0xFF terminator; the bytes after it are garbage in real records (3.3). */
function readSrDesc(dv: DataView): GeSrDesc[] {
  const list: GeSrDesc[] = [];
  for (let i = 0; i < HEADER.srDescCount; i++) {
    const at = HEADER.srDesc + i * HEADER.srDescSize;
    const type = dv.getUint8(at + 2);
    if (type === SR_TYPE_END) break;
    list.push({ offset: dv.getInt16(at, true), type });
  }
  return list;
}

/** Decode and check the 40-byte header: r_len must equal the record's length. */
export function decodeHeader(record: Uint8Array): DecodeResult<GeRecordHeader> {
  if (record.length < HEADER.size) return fail('truncated', `record of ${record.length} bytes is shorter than the ${HEADER.size}-byte header`);
  const dv = view(record);
  const rLen = dv.getInt16(HEADER.rLen, true);
  if (rLen > record.length) return fail('truncated', `record holds ${record.length} bytes but r_len says ${rLen}`);
  if (rLen !== record.length) return fail('malformed', `record holds ${record.length} bytes but r_len says ${rLen}`);
  return {
    ok: true,
    value: {
      rLen,
      rNbr: dv.getUint8(HEADER.rNbr),
      driLevel: dv.getUint8(HEADER.driLevel),
      plugId: dv.getUint16(HEADER.plugId, true),
      rTime: dv.getUint32(HEADER.rTime, true),
      rMaintype: dv.getInt16(HEADER.rMaintype, true),
      srDesc: readSrDesc(dv),
    },
  };
}

/** Interpret one raw i16: markers (<= -32001) become a status with a null value (3.6). */
function reading(raw: number, divisor: number): GeReading {
  if (raw <= SPECIAL_MAX) return { raw, status: SPECIAL_STATUS[raw] ?? 'invalid', value: null };
  return { raw, status: 'valid', value: raw / divisor };
}

function decodeBasic(dv: DataView, base: number): GeBasicClass {
  const read = (off: number, divisor: number): GeReading => reading(dv.getInt16(base + off, true), divisor);
  const group = (hdr: number): GeGroup => ({ status: dv.getUint32(base + hdr, true), label: dv.getUint16(base + hdr + 4, true) });
  const { ecg, nibp, spo2, co2 } = BASIC;
  return {
    ecg: { ...group(ecg.hdr), hr: read(ecg.hr, SCALE.rate), impRr: read(ecg.impRr, SCALE.rate) },
    invasive: BASIC.invasive.map((p) => ({
      ...group(p.hdr),
      sys: read(p.sys, SCALE.pressure),
      dia: read(p.dia, SCALE.pressure),
      mean: read(p.mean, SCALE.pressure),
    })),
    nibp: { ...group(nibp.hdr), sys: read(nibp.sys, SCALE.pressure), dia: read(nibp.dia, SCALE.pressure), mean: read(nibp.mean, SCALE.pressure) },
    temps: BASIC.temps.map((t) => ({ ...group(t.hdr), temp: read(t.temp, SCALE.temp) })),
    spo2: { ...group(spo2.hdr), spo2: read(spo2.spo2, SCALE.percent), pr: read(spo2.pr, SCALE.rate) },
    co2: { ...group(co2.hdr), et: read(co2.et, SCALE.percent), rr: read(co2.rr, SCALE.rate), ambPress: read(co2.ambPress, SCALE.ambPress) },
  };
}

function decodePhdb(dv: DataView, desc: GeSrDesc): GePhdbSubrecord {
  const base = HEADER.size + desc.offset;
  const phdbClass = (dv.getUint16(base + PHDB.clDrilvlSubt, true) >> 8) & 0x0f;
  return {
    offset: desc.offset,
    type: desc.type,
    time: dv.getUint32(base + PHDB.time, true),
    marker: dv.getUint8(base + PHDB.marker),
    phdbClass,
    basic: phdbClass === PHDB_CLASS.basic ? decodeBasic(dv, base) : null,
  };
}

/** Size a sub-record must have inside the data area; other kinds only need to start inside it. */
const subrecordSize = (maintype: number, type: number): number => (maintype === MAINTYPE.phdb && PHDB_SR_TYPES.includes(type) ? PHDB.size : 0);

/** Decode a whole unescaped record (the deframer's output, or an unframed record from a file). */
export function decodeRecord(record: Uint8Array): DecodeResult<GeRecord> {
  const header = decodeHeader(record);
  if (!header.ok) return header;
  const h = header.value;
  const dataLen = h.rLen - HEADER.size;
  for (const [i, d] of h.srDesc.entries()) {
    const size = subrecordSize(h.rMaintype, d.type);
    if (d.offset < 0 || d.offset + size > dataLen) {
      return fail('malformed', `sub-record ${i} (type ${d.type}) at offset ${d.offset} does not fit in ${dataLen} data bytes`);
    }
  }
  const dv = view(record);
  const phdb = h.srDesc.filter((d) => subrecordSize(h.rMaintype, d.type) > 0).map((d) => decodePhdb(dv, d));
  return { ok: true, value: { ...h, phdb } };
}
