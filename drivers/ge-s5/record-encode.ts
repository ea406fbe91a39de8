// Building DISPL records from canonical values: what the simulator sends (the inverse of record.ts + observations.ts).
import type { VitalParam } from '../../shared/params';
import {
  BASIC,
  CO2_RR_SOURCE_CO2,
  DISPL_RECORD_SIZE,
  GROUP_STATUS,
  HEADER,
  INVASIVE_LABEL_ART,
  MAINTYPE,
  NIBP_LABEL,
  PHDB,
  PHDB_CLASS,
  PHDB_TYPE,
  SCALE,
  SPECIAL,
  SR_TYPE_END,
  TEMP_LABEL_GENERIC,
  TEMP_SITES,
} from './layout';
import { rawEtFromMmHg, toRaw } from './scaling';

export type DisplayValues = Readonly<Partial<Record<VitalParam, number | null>>>;

export interface DisplayRecordInput {
  /** r_nbr; only the low 8 bits are sent. */
  readonly nbr: number;
  /** Monitor clock, Unix seconds: r_time and every sub-record's time (identical on real monitors, 3.9). */
  readonly time: number;
  /** Default 11 (DRI_LEVEL_15, CARESCAPE), as in the real capture. */
  readonly driLevel?: number;
  readonly plugId?: number;
  /** Canonical values in PARAMS units; null or missing = the monitor has no such measurement. */
  readonly values: DisplayValues;
  /** Lowercase site name of the temperature (TEMP_SITES); unknown names are sent as the generic "T1". */
  readonly tempSite?: string | null;
  /** NIBP label bit 8: the displayed NIBP is from a cuff cycle more than 60 s ago. */
  readonly nibpOlderThan60s?: boolean;
}

/** Ambient pressure the simulated CO2 module reports: 760.0 mmHg, in 1/10 mmHg. */
export const SIM_AMB_PRESS_RAW = 7600;
export const DEFAULT_DRI_LEVEL = 11;

const EXT_CLASSES = [PHDB_CLASS.ext1, PHDB_CLASS.ext2, PHDB_CLASS.ext3] as const;
const PRESENT = GROUP_STATUS.exists | GROUP_STATUS.active;
/** Filler after the sr_desc terminator: real records carry garbage there (3.3), so decoders must ignore it. */
const SR_DESC_GARBAGE = 0xa5;

const TEMP_LABEL_BY_SITE: ReadonlyMap<string, number> = new Map(Object.entries(TEMP_SITES).map(([code, site]) => [site, Number(code)]));

const has = (v: number | null | undefined): v is number => v !== null && v !== undefined;

function writeHeader(dv: DataView, input: DisplayRecordInput): void {
  dv.setInt16(HEADER.rLen, DISPL_RECORD_SIZE, true);
  dv.setUint8(HEADER.rNbr, input.nbr & 0xff);
  dv.setUint8(HEADER.driLevel, (input.driLevel ?? DEFAULT_DRI_LEVEL) & 0xff);
  dv.setUint16(HEADER.plugId, (input.plugId ?? 0) & 0xffff, true);
  dv.setUint32(HEADER.rTime, input.time >>> 0, true);
  dv.setInt16(HEADER.rMaintype, MAINTYPE.phdb, true);
  for (let i = 0; i < HEADER.srDescCount; i++) {
    const at = HEADER.srDesc + i * HEADER.srDescSize;
    if (i < 4) {
      dv.setInt16(at, i * PHDB.size, true);
      dv.setUint8(at + 2, PHDB_TYPE.displ);
    } else if (i === 4) {
      dv.setInt16(at, 4 * PHDB.size, true);
      dv.setUint8(at + 2, SR_TYPE_END);
    } else {
      for (let b = 0; b < HEADER.srDescSize; b++) dv.setUint8(at + b, SR_DESC_GARBAGE);
    }
  }
}

/** Writes one group: present groups get status exists|active, absent ones status 0 and DATA_INVALID values. */
function writeBasic(dv: DataView, base: number, input: DisplayRecordInput): void {
  const v = input.values;
  const group = (hdr: number, present: boolean, label: number): void => {
    dv.setUint32(base + hdr, present ? PRESENT : 0, true);
    dv.setUint16(base + hdr + 4, present ? label : 0, true);
  };
  const put = (off: number, raw: number): void => dv.setInt16(base + off, raw, true);
  const { ecg, nibp, spo2, co2 } = BASIC;
  // A monitor with a CO2 module reports RR from CO2; a ward monitor only by impedance in the ECG group (3.5).
  const withCo2 = has(v.etco2);
  const impRr = withCo2 ? null : v.rr;

  group(ecg.hdr, has(v.hr) || has(impRr), 0);
  put(ecg.hr, toRaw(v.hr, SCALE.rate));
  put(ecg.impRr, toRaw(impRr, SCALE.rate));

  for (const [i, p] of BASIC.invasive.entries()) {
    const abp = i === 0 && (has(v.abp_sys) || has(v.abp_dia) || has(v.abp_mean));
    group(p.hdr, abp, INVASIVE_LABEL_ART);
    put(p.sys, toRaw(abp ? v.abp_sys : null, SCALE.pressure));
    put(p.dia, toRaw(abp ? v.abp_dia : null, SCALE.pressure));
    put(p.mean, toRaw(abp ? v.abp_mean : null, SCALE.pressure));
  }

  const nibpLabel = NIBP_LABEL.auto | (input.nibpOlderThan60s ? NIBP_LABEL.olderThan60s : 0);
  group(nibp.hdr, has(v.nibp_sys) || has(v.nibp_dia) || has(v.nibp_mean), nibpLabel);
  put(nibp.sys, toRaw(v.nibp_sys, SCALE.pressure));
  put(nibp.dia, toRaw(v.nibp_dia, SCALE.pressure));
  put(nibp.mean, toRaw(v.nibp_mean, SCALE.pressure));

  for (const [i, t] of BASIC.temps.entries()) {
    const present = i === 0 && has(v.temp);
    group(t.hdr, present, TEMP_LABEL_BY_SITE.get(input.tempSite ?? '') ?? TEMP_LABEL_GENERIC);
    put(t.temp, toRaw(present ? v.temp : null, SCALE.temp));
  }

  group(spo2.hdr, has(v.spo2) || has(v.pr), 0);
  put(spo2.spo2, toRaw(v.spo2, SCALE.percent));
  put(spo2.pr, toRaw(v.pr, SCALE.rate));

  group(co2.hdr, withCo2, CO2_RR_SOURCE_CO2);
  put(co2.et, rawEtFromMmHg(v.etco2, SIM_AMB_PRESS_RAW));
  put(co2.rr, toRaw(withCo2 ? v.rr : null, SCALE.rate));
  put(co2.ambPress, withCo2 ? SIM_AMB_PRESS_RAW : SPECIAL.invalid);
}

function writePhdb(dv: DataView, index: number, phdbClass: number, input: DisplayRecordInput): void {
  const base = HEADER.size + index * PHDB.size;
  dv.setUint32(base + PHDB.time, input.time >>> 0, true);
  // Only the class bits (8-11) of cl_drilvl_subt are defined for us; the rest stays 0.
  dv.setUint16(base + PHDB.clDrilvlSubt, phdbClass << 8, true);
  if (phdbClass === PHDB_CLASS.basic) writeBasic(dv, base, input);
}

/** A full 1152-byte DISPL record: basic class from the values, ext1-3 zero-filled but with their class bits. */
export function encodeDisplayRecord(input: DisplayRecordInput): Uint8Array {
  const record = new Uint8Array(DISPL_RECORD_SIZE);
  const dv = new DataView(record.buffer);
  writeHeader(dv, input);
  writePhdb(dv, 0, PHDB_CLASS.basic, input);
  for (const [i, cls] of EXT_CLASSES.entries()) writePhdb(dv, i + 1, cls, input);
  return record;
}
