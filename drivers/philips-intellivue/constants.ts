// Protocol constants of the Philips IntelliVue Data Export interface over MIB/RS-232
// (../shared/docs/monitor-protocols.md section 2; PIPG = Philips Data Export Interface Programming Guide).
// All multi-byte fields on the wire are big-endian (2.3).

/** Frame layer (2.2): C0 | 11 01 LLLL | user data | FCS(2, LSB first) | C1, with 0x7D transparency. */
export const FRAME = {
  bof: 0xc0,
  eof: 0xc1,
  escape: 0x7d,
  escapeXor: 0x20,
  protocolId: 0x11,
  msgType: 0x01,
  headerSize: 4,
  fcsSize: 2,
} as const;

/** FCS (2.2): CRC-CCITT, reflected polynomial 0x8408, initial 0xFFFF; a good frame + FCS leaves this residue. */
export const FCS = { polynomial: 0x8408, initial: 0xffff, goodResidue: 0xf0b8 } as const;

/** Serial frames carry at most an MTU of user data (996 bytes negotiated in the MP70 captures, 2.4); 8 KiB leaves room. */
export const MAX_USER_DATA = 8192;

/** First byte of the user data (2.3): association-control SPDUs, a LAN Connect Indication, or a data-export command. */
export const SPDU = {
  connectIndication: 0x00,
  release: 0x09,
  releaseResponse: 0x0a,
  refuse: 0x0c,
  connect: 0x0d,
  accept: 0x0e,
  abort: 0x19,
  dataExport: 0xe1,
} as const;

/** Presentation context id of data-export commands when the association is built as suggested (2.3). */
export const P_CONTEXT_ID = 0x0002;

/** ROapdus ro_type (2.3). */
export const RO_TYPE = { invoke: 1, result: 2, error: 3, linkedResult: 5 } as const;

/** RORLS state (2.3): first, middle, last fragment of a linked result. */
export const LINKED_STATE = { first: 1, middle: 2, last: 3 } as const;

/** ROIV / RORS command_type (2.3). */
export const CMD = { eventReport: 0, confirmedEventReport: 1, get: 3, set: 4, confirmedSet: 5, confirmedAction: 7 } as const;

/** action_type of poll actions (2.3, 2.5). */
export const ACTION = { poll: 0x0c16, extendedPoll: 0xf13b } as const;

/** event_type of the MDS Create Event Report (2.4). */
export const NOTI_MDS_CREATE = 0x0d06;

/** Object classes (2.5). */
export const OBJ_CLASS = { numeric: 6, wave: 9, mds: 33, patientDemographics: 42, alertMonitor: 54 } as const;

/** NOM_PART_OBJ: partition of polled_obj_type (2.5). */
export const PARTITION_OBJ = 1;

/** The MDS managed object {class 33, context 0, handle 0} every poll and event addresses (2.3). */
export const MDS_OBJECT = { objClass: OBJ_CLASS.mds, contextId: 0, handle: 0 } as const;

/** Attribute ids (2.4, 2.5, 2.6). */
export const ATTR = {
  pollProfileSupport: 0x0001,
  idHandle: 0x0921,
  idLabel: 0x0924,
  idLabelString: 0x0927,
  systemModel: 0x0928,
  metricSpec: 0x093f,
  /** NOM_ATTR_MODE_OP: 0x2000 in the demo-mode captures, 0x4000 with the Fluke simulator (observed, PIPG OperatingMode). */
  modeOp: 0x0946,
  nuCompound: 0x094b,
  nuValue: 0x0950,
  timeAbs: 0x0987,
  timeRel: 0x098f,
  timeStampAbs: 0x0990,
  timeStampRel: 0x0991,
  pollProfileExt: 0xf001,
  timePdPoll: 0xf13e,
} as const;

/** Operating mode bits of NOM_ATTR_MODE_OP (observed in the captures, see ATTR.modeOp). */
export const MODE_OP = { monitoring: 0x4000, demo: 0x2000, service: 0x1000 } as const;

/** Attribute group NOM_ATTR_GRP_VMO_STATIC, polled on the Alert Monitor as keep-alive (2.4 step 6); 0 = all groups. */
export const ATTR_GROUP = { all: 0x0000, vmoStatic: 0x0811 } as const;

/** PollProfileSupport revision and option bits (2.4). */
export const POLL_PROFILE = {
  revision: 0x80000000,
  options: 0x60000000,
  extNumerics1s: 0x80000000,
  extWaves: 0x08000000,
  extEnum: 0x04000000,
} as const;

/** MeasurementState bits (2.7). Valid when the first (high) octet is 0. */
export const MEAS_STATE = {
  invalid: 0x8000,
  questionable: 0x4000,
  unavailable: 0x2000,
  calibrationOngoing: 0x1000,
  testData: 0x0800,
  demoData: 0x0400,
  validated: 0x0080,
  earlyIndication: 0x0040,
  msmtOngoing: 0x0020,
  inAlarm: 0x0002,
  alarmInhibited: 0x0001,
  invalidatingOctet: 0xff00,
} as const;

/** FLOAT-Type special mantissas, whatever the exponent (2.7). */
export const FLOAT_SPECIAL = { nan: 0x7fffff, nres: 0x800000, positiveInfinity: 0x7ffffe, negativeInfinity: 0x800002, reserved: 0x800001 } as const;

/** Unit codes seen or documented (2.7). */
export const UNIT = {
  dimensionless: 0x0200,
  percent: 0x0220,
  bpm: 0x0aa0,
  rpm: 0x0ae0,
  kPa: 0x0f03,
  mmHg: 0x0f20,
  degF: 0x1140,
  degC: 0x17a0,
} as const;

/** physio_id of the numerics Vigil maps (2.7; ART 0x4A1x follows the same 11073 pattern as ABP 0x4A15-17). */
export const PHYSIO = {
  ecgHeartRate: 0x4182,
  pulseRate: 0x480a,
  plethPulseRate: 0x4822,
  nbpSys: 0x4a05,
  nbpDia: 0x4a06,
  nbpMean: 0x4a07,
  nbp: 0x4a04,
  artSys: 0x4a11,
  artDia: 0x4a12,
  artMean: 0x4a13,
  abp: 0x4a14,
  abpSys: 0x4a15,
  abpDia: 0x4a16,
  abpMean: 0x4a17,
  nbpPulseRate: 0xf0e5,
  spo2: 0x4bb8,
  respRate: 0x500a,
  awayRespRate: 0x5012,
  /** NOM_AWAY_CO2_ET: inside the "CO2" compound (label 0x50AC) of the MP70 captures. */
  etco2: 0x50b0,
  co2: 0x50ac,
  temp: 0x4b48,
  tempCore: 0x4b60,
  tempEsoph: 0x4b64,
  tempSkin: 0x4b74,
  tempTymp: 0x4b78,
  tempRect: 0xe004,
  tempBlood: 0xe014,
  tempOral: 0xf108,
  tempAxil: 0xf10c,
} as const;

/** Relative time (2.8): u32 in 1/8 ms, wraps after 2^32 ticks (about 6.2 days). */
export const TICKS_PER_MS = 8;
export const REL_TIME_WRAP = 2 ** 32;
/** Real-time numerics arrive every 8192 ticks = 1.024 s of monitor time (2.5, verified on the captures). */
export const NUMERIC_PERIOD_TICKS = 8192;

/** Association timeout (2.4 step 6): 3 x min_poll_period, clamped to 10 s .. 130 s. */
export const ASSOCIATION_TIMEOUT = { factor: 3, minMs: 10_000, maxMs: 130_000 } as const;

/** Input limit of the monitor (2.1): at most 4 frames per 128 ms from the client. */
export const INPUT_LIMIT = { frames: 4, windowMs: 128 } as const;

/** MDS Create Event: resent about every 3 s, association aborted after 3 unanswered sends (2.4 step 3). */
export const MDS_CREATE_RETRY = { intervalMs: 3000, sends: 3 } as const;
