// GE S/5 frame layer (monitor-protocols.md 3.2): 7E | escaped(record | checksum) | 7E. Pure; never throws.
import type { DecodeIssue } from '../types';
import { ESCAPE, ESCAPE_BIT, FLAG, HEADER } from './layout';

export type FrameResult = { readonly ok: true; readonly record: Uint8Array } | { readonly ok: false; readonly issue: DecodeIssue };

export interface Deframer {
  /** Feed received bytes; returns every frame completed by them, in order. */
  push(chunk: Uint8Array): FrameResult[];
  /** Forget any partial frame and hunt for the next flag again (e.g. after reopening the port). */
  reset(): void;
}

export interface DeframerOptions {
  /** Largest unescaped record accepted; longer frames are dropped with an 'oversize' issue. */
  readonly maxRecordBytes?: number;
}

/** r_len is an i16, but the largest record we expect is a 1152-byte DISPL record; 4 KiB leaves room for waves. */
export const DEFAULT_MAX_RECORD_BYTES = 4096;

/** 8-bit unsigned sum of the unescaped record bytes. */
export function recordChecksum(record: Uint8Array): number {
  let sum = 0;
  for (const b of record) sum = (sum + b) & 0xff;
  return sum;
}

/** Frame a record; `checksum` is only overridden by the simulator to inject a bad checksum. */
export function encodeFrame(record: Uint8Array, checksum: number = recordChecksum(record)): Uint8Array {
  const out: number[] = [FLAG];
  const put = (b: number): void => {
    if (b === FLAG || b === ESCAPE) out.push(ESCAPE, b & ~ESCAPE_BIT);
    else out.push(b);
  };
  for (const b of record) put(b);
  put(checksum & 0xff);
  out.push(FLAG);
  return Uint8Array.from(out);
}

type DeframerState = 'hunt' | 'frame' | 'skip';

const issue = (kind: DecodeIssue['kind'], message: string): FrameResult => ({ ok: false, issue: { kind, message } });

/** Check a complete unescaped frame body (record + checksum byte) and turn it into a result. */
function closeFrame(body: readonly number[]): FrameResult {
  if (body.length < 2) return issue('malformed', `frame of ${body.length} byte(s) has no record before its checksum`);
  const record = Uint8Array.from(body.slice(0, -1));
  // r_len says how long the record should be: a shorter frame was cut off, whatever its checksum says.
  if (record.length >= 2) {
    const declared = record[HEADER.rLen]! | (record[HEADER.rLen + 1]! << 8);
    if (declared > record.length) return issue('truncated', `frame holds ${record.length} record bytes but r_len says ${declared}`);
  }
  const expected = recordChecksum(record);
  const got = body[body.length - 1]!;
  if (expected !== got) return issue('checksum', `checksum 0x${hex(got)} does not match computed 0x${hex(expected)}`);
  return { ok: true, record };
}

const hex = (b: number): string => b.toString(16).padStart(2, '0');

/**
 * Streaming deframer. A closing flag also opens the next frame, so "7E 7E" (an empty frame) is just
 * inter-frame fill and is not reported. Bytes before the first flag are reported once as malformed.
 */
export function createDeframer(opts: DeframerOptions = {}): Deframer {
  const maxBody = (opts.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES) + 1;
  let state: DeframerState = 'hunt';
  let body: number[] = [];
  let escaped = false;
  let skipped = 0;

  const startFrame = (): void => {
    state = 'frame';
    body = [];
    escaped = false;
  };

  const onFlag = (out: FrameResult[]): void => {
    if (state === 'hunt' && skipped > 0) out.push(issue('malformed', `${skipped} byte(s) before the first frame flag skipped`));
    else if (state === 'frame' && escaped) out.push(issue('malformed', 'frame ends with a dangling escape byte'));
    else if (state === 'frame' && body.length > 0) out.push(closeFrame(body));
    skipped = 0;
    startFrame();
  };

  const onByte = (b: number, out: FrameResult[]): void => {
    if (state === 'hunt') skipped++;
    if (state !== 'frame') return;
    if (escaped) {
      // Only a flag or an escape byte is ever escaped: anything else is line corruption, so the frame is dropped.
      if ((b | ESCAPE_BIT) !== FLAG && (b | ESCAPE_BIT) !== ESCAPE) {
        out.push(issue('malformed', `escape byte followed by 0x${hex(b)} (only 0x${hex(FLAG & ~ESCAPE_BIT)} or 0x${hex(ESCAPE & ~ESCAPE_BIT)} may follow it): frame dropped`));
        state = 'skip';
        body = [];
        escaped = false;
        return;
      }
      body.push(b | ESCAPE_BIT);
      escaped = false;
    } else if (b === ESCAPE) {
      escaped = true;
      return;
    } else {
      body.push(b);
    }
    if (body.length > maxBody) {
      out.push(issue('oversize', `frame longer than ${maxBody - 1} record bytes dropped`));
      state = 'skip';
      body = [];
    }
  };

  return {
    push(chunk) {
      const out: FrameResult[] = [];
      for (const b of chunk) {
        if (b === FLAG) onFlag(out);
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
