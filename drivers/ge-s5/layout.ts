// Byte layout and constants of the GE Datex-Ohmeda S/5 Computer Interface (../shared/docs/monitor-protocols.md 3.2-3.6).
// All multi-byte fields are little-endian and the structures are byte-packed.
import type { ObservationStatus } from '../../shared/observation';

/** Frame layer (3.2). */
export const FLAG = 0x7e;
export const ESCAPE = 0x7d;
/** Bit 5: cleared when escaping, set again on receipt. */
export const ESCAPE_BIT = 0x20;

/** Record header (3.3): 40 bytes, sr_desc offsets are relative to the end of it. */
export const HEADER = {
  size: 40,
  rLen: 0,
  rNbr: 2,
  driLevel: 3,
  plugId: 4,
  rTime: 6,
  rMaintype: 14,
  srDesc: 16,
  srDescSize: 3,
  srDescCount: 8,
} as const;

/** sr_type 0xFF ends the sr_desc list. */
export const SR_TYPE_END = 0xff;

export const MAINTYPE = { phdb: 0, wave: 1, alarm: 4, network: 5, fo: 8 } as const;

/** PHDB sub-record types (sr_type) and phdb_rcrd_type values (3.4). */
export const PHDB_TYPE = { xmitRequest: 0, displ: 1, trend10s: 2, trend60s: 3, auxInfo: 4 } as const;

/** phdb_class_bf bits (3.4): BASIC is on unless denied. */
export const CLASS_BF = { denyBasic: 0x01, ext1: 0x02, ext2: 0x04, ext3: 0x08, all: 0x0e } as const;

/** dri_phdb request body after the header: rcrd_type u8, tx_ival i16, class_bf u32, reserved i16. */
export const REQUEST = { bodySize: 9, recordType: 0, interval: 1, classes: 3 } as const;

/** tx_ival values with a special meaning (3.4). */
export const TX_IVAL = { single: -1, stop: 0, minPeriodic: 5 } as const;

/** The 278-byte dri_phdb sub-record (3.5). */
export const PHDB = { size: 278, time: 0, marker: 274, clDrilvlSubt: 276 } as const;

/** Class number in bits 8-11 of cl_drilvl_subt. */
export const PHDB_CLASS = { basic: 0, ext1: 1, ext2: 2, ext3: 3 } as const;

/** A 4-class DISPL record: header + basic/ext1/ext2/ext3. */
export const DISPL_RECORD_SIZE = HEADER.size + 4 * PHDB.size;

/** group_hdr: status u32 then label u16; values follow at +6. */
export const GROUP_HEADER_SIZE = 6;
export const GROUP_STATUS = { exists: 0x01, active: 0x02 } as const;

/** Offsets of the basic-class groups from the start of the 278-byte sub-record (3.5 table). */
export const BASIC = {
  ecg: { hdr: 4, hr: 10, impRr: 18 },
  invasive: [20, 34, 48, 62].map((hdr) => ({ hdr, sys: hdr + 6, dia: hdr + 8, mean: hdr + 10 })),
  nibp: { hdr: 76, sys: 82, dia: 84, mean: 86 },
  temps: [90, 98, 106, 114].map((hdr) => ({ hdr, temp: hdr + 6 })),
  spo2: { hdr: 122, spo2: 128, pr: 130 },
  co2: { hdr: 136, et: 142, rr: 146, ambPress: 148 },
} as const;

/** Invasive pressure labels that carry arterial blood pressure: 1 ART, 8 ABP. */
export const ARTERIAL_LABELS: readonly number[] = [1, 8];
export const INVASIVE_LABEL_ART = 1;

/** NIBP label bits (3.5): AUTO mode, and "data older than 60 s". */
export const NIBP_LABEL = { auto: 1 << 3, olderThan60s: 1 << 8 } as const;

/** CO2 label bits 0-2: RR source 1 = CO2, 2 = impedance. */
export const CO2_RR_SOURCE_CO2 = 1;

/** Temperature label codes (3.5) to the lowercase site names Vigil stores. */
export const TEMP_SITES: Readonly<Record<number, string>> = {
  1: 'esophageal',
  2: 'nasopharyngeal',
  3: 'tympanic',
  4: 'rectal',
  5: 'bladder',
  6: 'axillary',
  7: 'skin',
  8: 'airway',
  9: 'room',
  10: 'myocardial',
  11: 't1',
  12: 't2',
  13: 't3',
  14: 't4',
  15: 'core',
  16: 'surface',
  17: 't5',
  18: 't6',
};

/** Label used when encoding a site name GE has no code for: the generic "T1". */
export const TEMP_LABEL_GENERIC = 11;

/** Values at or below this are markers, not measurements (3.6). */
export const SPECIAL_MAX = -32001;
export const SPECIAL = {
  invalid: -32767,
  notUpdated: -32766,
  discont: -32765,
  underRange: -32764,
  overRange: -32763,
  notCalibrated: -32762,
} as const;

/** Marker to Observation status; DISCONT (VSCapture only) is treated as invalid (3.6). */
export const SPECIAL_STATUS: Readonly<Record<number, ObservationStatus>> = {
  [SPECIAL.invalid]: 'invalid',
  [SPECIAL.notUpdated]: 'not_updated',
  [SPECIAL.discont]: 'invalid',
  [SPECIAL.underRange]: 'under_range',
  [SPECIAL.overRange]: 'over_range',
  [SPECIAL.notCalibrated]: 'not_calibrated',
};

/** Largest and smallest encodable measurement (i16, and -32000 is the lowest valid value). */
export const RAW_MAX = 32767;
export const RAW_MIN_VALID = -32000;

/** Scale divisors of the raw i16 values (3.5): value = raw / divisor. */
export const SCALE = { rate: 1, pressure: 100, temp: 100, percent: 100, ambPress: 10 } as const;
