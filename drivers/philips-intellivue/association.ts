// Association control (monitor-protocols.md 2.3, 2.4): the session/presentation wrapping of the association
// request (CN 0x0D) and result (AC 0x0E), the MDSEUserInfoStd inside them with its PollProfileSupport,
// and the fixed release (FN/DN) and abort (AB) PDUs.
// The presentation bytes are the guide's canned example (VSCaptureMP aarq_msg, vectors file [V4]) and the
// MP70's own association result (2.10: "the canned 0xD0-byte response ... with min_poll_period/MTU patched").
import { ATTR, POLL_PROFILE, SPDU } from './constants';
import { Malformed, Reader, Writer } from './bytes';
import { findAttribute, readAttributeList, writeAttributeList } from './attributes';

/** PollProfileSupport (2.4): the negotiated polling contract. */
export interface PollProfile {
  readonly minPollPeriodTicks: number;
  readonly maxMtuRx: number;
  readonly maxMtuTx: number;
  readonly maxBwTx: number;
  readonly options: number;
  /** Poll Profile Extensions option bits (attr 0xF001); null when the package is absent. */
  readonly extOptions: number | null;
}

/** MDSEUserInfoStd (2.4 step 1). */
export interface UserInfo {
  readonly protocolVersion: number;
  readonly nomenclatureVersion: number;
  readonly functionalUnits: number;
  readonly systemType: number;
  readonly startupMode: number;
  readonly pollProfile: PollProfile | null;
}

/** Session parameters after the SPDU type and length (connect/accept item, session user requirements). */
const SESSION_PARAMS = [0x05, 0x08, 0x13, 0x01, 0x00, 0x16, 0x01, 0x02, 0x80, 0x00, 0x14, 0x02, 0x00, 0x02];
/** Session user-data parameter tag. */
const USER_DATA_TAG = 0xc1;
/** The first 10 of the 12 bytes of the object identifiers in the presentation layer (2.4). */
const OID = [0x2a, 0x86, 0x48, 0xce, 0x14, 0x02, 0x01, 0x00, 0x00, 0x00];
const hexBytes = (s: string): number[] => s.split(' ').map((h) => Number.parseInt(h, 16));

/** Presentation layer of the association request, up to the user-info INTEGER context (2.4, [V4]). */
const REQUEST_PRESENTATION = [
  ...hexBytes('31 80 a0 80 80 01 01 00 00 a2 80 a0 03 00 00 01 a4 80 30 80 02 01 01 06 04 52 01 00 01 30 80 06 02 51 01 00 00 00 00 30 80 02 01 02 06 0c'),
  ...OID,
  ...hexBytes('01 01 30 80 06 0c'),
  ...OID,
  ...hexBytes('02 01 00 00 00 00 00 00 61 80 30 80 02 01 01 a0 80 60 80 a1 80 06 0c'),
  ...OID,
  ...hexBytes('03 01 00 00 be 80 28 80 06 0c'),
  ...OID,
  ...hexBytes('01 01 02 01 02'),
];

/** Presentation layer of the association result (first frame of the MP70 demo capture, [V5]). */
const RESULT_PRESENTATION = [
  ...hexBytes('31 80 a0 80 80 01 01 00 00 a2 80 a0 03 00 00 01 a5 80 30 80 80 01 00 81 02 51 01 00 00 30 80 80 01 00 81 0c'),
  ...OID,
  ...hexBytes('02 01 00 00 00 00 61 80 30 80 02 01 01 a0 80 61 80 a1 80 06 0c'),
  ...OID,
  ...hexBytes('03 01 00 00 a2 03 02 01 00 a3 05 a1 03 02 01 00 be 80 28 80 02 01 02'),
];

/** End-of-contents octets closing the indefinite-length ASN.1 constructs after the user info. */
const TRAILER_ZEROS = 16;

/** Release request / response and abort, as in the guide's examples ([V4] rlrq_msg, rlrq_resp_msg, assoc_abort). */
export const RELEASE_REQUEST = Uint8Array.from(hexBytes('09 18 c1 16 61 80 30 80 02 01 01 a0 80 62 80 80 01 00 00 00 00 00 00 00 00 00'));
export const RELEASE_RESPONSE = Uint8Array.from(hexBytes('0a 18 c1 16 61 80 30 80 02 01 01 a0 80 63 80 80 01 00 00 00 00 00 00 00 00 00'));
export const ABORT = Uint8Array.from(
  hexBytes('19 2e 11 01 03 c1 29 a0 80 a0 80 30 80 02 01 01 06 02 51 01 00 00 00 00 61 80 30 80 02 01 01 a0 80 64 80 80 01 01 00 00 00 00 00 00 00 00 00 00'),
);
/** Refuse SPDU with a reason parameter; clients read only the SPDU type. */
export const REFUSE = Uint8Array.from([SPDU.refuse, 0x03, 0x32, 0x01, 0x00]);

/** What the client asks for: VSCaptureMP's profile (min_poll_period 2500 ticks, MTU rx 2500 / tx 1000, ext 0x8C000000). */
export const CLIENT_POLL_PROFILE: PollProfile = {
  minPollPeriodTicks: 0x09c4,
  maxMtuRx: 0x09c4,
  maxMtuTx: 0x03e8,
  maxBwTx: 0xffffffff,
  options: POLL_PROFILE.options,
  extOptions: 0x8c000000,
};

const USER_INFO_VERSIONS = { protocol: 0x80000000, nomenclature: 0x40000000 } as const;
/** SystemType / StartupMode as sent by the guide's client example and by the MP70. */
export const SYSTEM = { client: 0x80000000, server: 0x00800000, coldStart: 0x20000000, hotStart: 0x80000000 } as const;

function pollProfileBytes(p: PollProfile): Uint8Array {
  const w = new Writer().u32(POLL_PROFILE.revision).u32(p.minPollPeriodTicks).u32(p.maxMtuRx).u32(p.maxMtuTx).u32(p.maxBwTx).u32(p.options);
  const ext = p.extOptions === null ? [] : [{ id: ATTR.pollProfileExt, value: new Writer().u32(p.extOptions).u16(0).u16(0).toBytes() }];
  writeAttributeList(w, ext);
  return w.toBytes();
}

export function encodeUserInfo(info: Omit<UserInfo, 'protocolVersion' | 'nomenclatureVersion' | 'functionalUnits'>): Uint8Array {
  const w = new Writer().u32(USER_INFO_VERSIONS.protocol).u32(USER_INFO_VERSIONS.nomenclature).u32(0).u32(info.systemType).u32(info.startupMode);
  writeAttributeList(w, []);
  writeAttributeList(w, info.pollProfile ? [{ id: ATTR.pollProfileSupport, value: pollProfileBytes(info.pollProfile) }] : []);
  return w.toBytes();
}

/** A long-form length when needed: 1 byte, or 0xFF + u16 (2.3). */
function sessionLength(n: number): number[] {
  return n < 0xff ? [n] : [0xff, (n >>> 8) & 0xff, n & 0xff];
}

/** ASN.1 BER definite length of the user info, in the long form the guide's example uses (0x81 LL, or 0x82 LLLL). */
const asnLengthBytes = (n: number): number[] => (n <= 0xff ? [0x81, n] : [0x82, n >>> 8, n & 0xff]);

/** SPDU type + length + session parameters + user data (presentation + ASN.1 user info + end-of-contents). */
function wrapAssociation(spdu: number, presentation: readonly number[], userInfo: Uint8Array): Uint8Array {
  const body = [...presentation, ...asnLengthBytes(userInfo.length), ...userInfo, ...new Array<number>(TRAILER_ZEROS).fill(0)];
  const userData = [USER_DATA_TAG, ...sessionLength(body.length), ...body];
  const rest = [...SESSION_PARAMS, ...userData];
  return Uint8Array.from([spdu, ...sessionLength(rest.length), ...rest]);
}

export function encodeAssociationRequest(profile: PollProfile = CLIENT_POLL_PROFILE): Uint8Array {
  return wrapAssociation(SPDU.connect, REQUEST_PRESENTATION, encodeUserInfo({ systemType: SYSTEM.client, startupMode: SYSTEM.coldStart, pollProfile: profile }));
}

export function encodeAssociationResult(profile: PollProfile): Uint8Array {
  return wrapAssociation(SPDU.accept, RESULT_PRESENTATION, encodeUserInfo({ systemType: SYSTEM.server, startupMode: SYSTEM.hotStart, pollProfile: profile }));
}

function readPollProfile(value: Uint8Array): PollProfile {
  const r = new Reader(value);
  if (r.u32() !== POLL_PROFILE.revision) throw new Malformed('PollProfileSupport revision is not 0x80000000');
  const [minPollPeriodTicks, maxMtuRx, maxMtuTx, maxBwTx, options] = [r.u32(), r.u32(), r.u32(), r.u32(), r.u32()];
  const ext = findAttribute(readAttributeList(r), ATTR.pollProfileExt);
  return { minPollPeriodTicks, maxMtuRx, maxMtuTx, maxBwTx, options, extOptions: ext && ext.length >= 4 ? new Reader(ext).u32() : null };
}

function readUserInfo(r: Reader): UserInfo {
  const [protocolVersion, nomenclatureVersion, functionalUnits, systemType, startupMode] = [r.u32(), r.u32(), r.u32(), r.u32(), r.u32()];
  readAttributeList(r); // option_list
  const profile = findAttribute(readAttributeList(r), ATTR.pollProfileSupport);
  return { protocolVersion, nomenclatureVersion, functionalUnits, systemType, startupMode, pollProfile: profile ? readPollProfile(profile) : null };
}

/** The ASN.1 length at `at`: short form, 0x81 LL or 0x82 LLLL; null when it is none of them. */
function asnLength(pdu: Uint8Array, at: number): { length: number; start: number } | null {
  const b = pdu[at];
  if (b === undefined) return null;
  if (b < 0x80) return { length: b, start: at + 1 };
  if (b === 0x81 && at + 1 < pdu.length) return { length: pdu[at + 1]!, start: at + 2 };
  if (b === 0x82 && at + 2 < pdu.length) return { length: (pdu[at + 1]! << 8) | pdu[at + 2]!, start: at + 3 };
  return null;
}

/** The user info follows the INTEGER presentation-context 2 (02 01 02); try each candidate until one parses. */
export function findUserInfo(pdu: Uint8Array): UserInfo | null {
  for (let i = 0; i + 3 < pdu.length; i++) {
    if (pdu[i] !== 0x02 || pdu[i + 1] !== 0x01 || pdu[i + 2] !== 0x02) continue;
    const len = asnLength(pdu, i + 3);
    if (!len || len.length < 28 || len.start + len.length > pdu.length) continue;
    try {
      return readUserInfo(new Reader(pdu, len.start, len.start + len.length));
    } catch {
      // not the user info: keep looking
    }
  }
  return null;
}
