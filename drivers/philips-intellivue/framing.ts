// IntelliVue MIB/RS-232 frame layer (monitor-protocols.md 2.2): C0 | 11 01 LLLL | data | FCS | C1,
// every C0/C1/7D between BOF and EOF (header, data and FCS) escaped as 7D, b^0x20. Pure; never throws.
import type { DecodeIssue } from '../types';
import { FCS, FRAME, MAX_USER_DATA } from './constants';

export type FrameResult = { readonly ok: true; readonly userData: Uint8Array } | { readonly ok: false; readonly issue: DecodeIssue };

export interface Deframer {
  /** Feed received bytes; returns every frame completed by them, in order. */
  push(chunk: Uint8Array): FrameResult[];
  /** Forget any partial frame (e.g. after reopening the port). */
  reset(): void;
}

const FCS_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let v = n;
    for (let i = 0; i < 8; i++) v = v & 1 ? (v >>> 1) ^ FCS.polynomial : v >>> 1;
    table[n] = v;
  }
  return table;
})();

/** CRC-CCITT as in IrLAP / PPP (2.2): table-driven `fcs = (fcs >> 8) ^ T[(fcs ^ b) & 0xFF]`, before the ones-complement. */
export function crcCcitt(bytes: Uint8Array, initial: number = FCS.initial): number {
  let fcs = initial;
  for (const b of bytes) fcs = (fcs >>> 8) ^ FCS_TABLE[(fcs ^ b) & 0xff]!;
  return fcs;
}

/** The two FCS bytes as sent: ones-complement of the CRC, least significant byte first. */
export function fcsBytes(content: Uint8Array): [number, number] {
  const fcs = ~crcCcitt(content) & 0xffff;
  return [fcs & 0xff, fcs >>> 8];
}

const needsEscape = (b: number): boolean => b === FRAME.bof || b === FRAME.eof || b === FRAME.escape;

/** BOF + escaped(content + FCS) + EOF; `fcs` is only overridden by the simulator to inject a bad checksum. */
export function encodeRawFrame(content: Uint8Array, fcs: readonly [number, number] = fcsBytes(content)): Uint8Array {
  const out: number[] = [FRAME.bof];
  const put = (b: number): void => {
    if (needsEscape(b)) out.push(FRAME.escape, b ^ FRAME.escapeXor);
    else out.push(b);
  };
  for (const b of content) put(b);
  put(fcs[0]);
  put(fcs[1]);
  out.push(FRAME.eof);
  return Uint8Array.from(out);
}

/** The 4-byte header (protocol 0x11, msg type 0x01, unescaped user-data length) and the user data. */
export function frameContent(userData: Uint8Array): Uint8Array {
  const content = new Uint8Array(FRAME.headerSize + userData.length);
  content.set([FRAME.protocolId, FRAME.msgType, (userData.length >>> 8) & 0xff, userData.length & 0xff]);
  content.set(userData, FRAME.headerSize);
  return content;
}

/** A complete serial frame around one user-data PDU. */
export function encodeFrame(userData: Uint8Array): Uint8Array {
  return encodeRawFrame(frameContent(userData));
}

const issue = (kind: DecodeIssue['kind'], message: string): FrameResult => ({ ok: false, issue: { kind, message } });

/** Check an unescaped frame body (header + user data + FCS): FCS first, then header and length. */
function closeFrame(body: readonly number[]): FrameResult {
  const minimum = FRAME.headerSize + FRAME.fcsSize;
  if (body.length < minimum) return issue('truncated', `frame of ${body.length} byte(s) is shorter than header and FCS (${minimum})`);
  const content = Uint8Array.from(body.slice(0, -FRAME.fcsSize));
  const [lo, hi] = fcsBytes(content);
  if (body[body.length - 2] !== lo || body[body.length - 1] !== hi) return issue('checksum', 'frame check sequence (FCS) does not match');
  // PIPG: unknown protocol_id / msg_type must be ignored.
  if (content[0] !== FRAME.protocolId || content[1] !== FRAME.msgType)
    return issue('unsupported', `frame header ${hexByte(content[0]!)} ${hexByte(content[1]!)} is not Data Export (11 01)`);
  const declared = (content[2]! << 8) | content[3]!;
  const actual = content.length - FRAME.headerSize;
  if (declared !== actual) return issue(declared > actual ? 'truncated' : 'malformed', `frame length field says ${declared} bytes, frame holds ${actual}`);
  return { ok: true, userData: content.subarray(FRAME.headerSize) };
}

const hexByte = (b: number): string => b.toString(16).padStart(2, '0');

type State = 'hunt' | 'frame' | 'skip';

/**
 * Streaming deframer. Bytes outside a frame are skipped and reported once when the next frame starts;
 * a BOF inside a frame reports the cut-off frame as truncated; 7D C1 is the sender's frame abort.
 */
export function createDeframer(maxUserData = MAX_USER_DATA): Deframer {
  const maxBody = maxUserData + FRAME.headerSize + FRAME.fcsSize;
  let state: State = 'hunt';
  let body: number[] = [];
  let escaped = false;
  let skipped = 0;

  const onBof = (out: FrameResult[]): void => {
    if (state === 'hunt' && skipped > 0) out.push(issue('malformed', `${skipped} byte(s) outside a frame skipped`));
    if (state === 'frame') out.push(issue('truncated', `frame cut off after ${body.length} byte(s): a new frame began`));
    skipped = 0;
    state = 'frame';
    body = [];
    escaped = false;
  };

  const onEof = (out: FrameResult[]): void => {
    if (state === 'frame') out.push(escaped ? issue('malformed', 'frame aborted by the sender (7D C1)') : closeFrame(body));
    if (state === 'hunt') skipped++;
    state = 'hunt';
    body = [];
    escaped = false;
  };

  const onByte = (b: number, out: FrameResult[]): void => {
    if (state === 'hunt') skipped++;
    if (state !== 'frame') return;
    if (escaped) {
      body.push(b ^ FRAME.escapeXor);
      escaped = false;
    } else if (b === FRAME.escape) {
      escaped = true;
      return;
    } else {
      body.push(b);
    }
    if (body.length > maxBody) {
      out.push(issue('oversize', `frame longer than ${maxUserData} bytes of user data dropped`));
      state = 'skip';
      body = [];
    }
  };

  return {
    push(chunk) {
      const out: FrameResult[] = [];
      for (const b of chunk) {
        if (b === FRAME.bof) onBof(out);
        else if (b === FRAME.eof) onEof(out);
        else onByte(b, out);
      }
      return out;
    },
    reset() {
      state = 'hunt';
      body = [];
      escaped = false;
      skipped = 0;
    },
  };
}
