// Capture files to messages and observations: raw frame streams (the wire bytes) and DICES logger files
// (fixtures README: a 23-byte ASCII host time stamp `YYYY/MM/DDTHH:MM:SS,mmm` before each received
// message; after it a complete serial frame, or for UDP logs the raw datagram).
import type { Observation } from '../../shared/observation';
import type { DecodeIssue, DecodeResult } from '../types';
import { FRAME } from './constants';
import type { MonitorZone } from './clock';
import { createDeframer } from './framing';
import { decodeMessage, type PhilipsMessage } from './message';
import { StreamInterpreter } from './interpreter';

export type CaptureFormat = 'raw' | 'dices-log';
export const CAPTURE_FORMATS: readonly CaptureFormat[] = ['raw', 'dices-log'];

export interface CaptureItem {
  /** The logger's host time (UTC ms) for DICES logs; null in raw streams. */
  readonly hostTime: number | null;
  /** One frame or datagram: its message, or why it is not one. */
  readonly result: DecodeResult<PhilipsMessage>;
}

const STAMP = /\d{4}\/\d{2}\/\d{2}T\d{2}:\d{2}:\d{2},\d{3}/g;
const STAMP_LENGTH = 23;

/** The logger's stamp as UTC ms (the stamp has no zone; DICES hosts logged UTC, see 2.8). */
function stampToUtc(stamp: string): number {
  const [y, mo, d, h, mi, s, ms] = stamp.split(/[/T:,]/).map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s, ms);
}

/** Split a DICES log into its records; bytes before the first stamp are reported. */
export function splitDicesLog(bytes: Uint8Array): { records: { hostTime: number; bytes: Uint8Array }[]; issues: DecodeIssue[] } {
  // latin1 keeps one character per byte, so string indices are byte offsets.
  const text = new TextDecoder('latin1').decode(bytes);
  const starts = [...text.matchAll(STAMP)].map((m) => m.index);
  const issues: DecodeIssue[] = [];
  const first = starts[0] ?? bytes.length;
  if (first > 0) issues.push({ kind: 'malformed', message: `${first} byte(s) before the first logger time stamp skipped` });
  const records = starts.map((start, i) => ({
    hostTime: stampToUtc(text.slice(start, start + STAMP_LENGTH)),
    bytes: bytes.subarray(start + STAMP_LENGTH, starts[i + 1] ?? bytes.length),
  }));
  return { records, issues };
}

const failed = (issue: DecodeIssue): DecodeResult<PhilipsMessage> => ({ ok: false, issue });

/** Every frame (raw) or logged message (dices-log) in order, decoded or with its issue. */
export function readCapture(bytes: Uint8Array, format: CaptureFormat): { items: CaptureItem[]; issues: DecodeIssue[] } {
  if (format === 'raw') {
    const items = createDeframer()
      .push(bytes)
      .map((frame): CaptureItem => ({ hostTime: null, result: frame.ok ? decodeMessage(frame.userData) : failed(frame.issue) }));
    return { items, issues: [] };
  }
  const { records, issues } = splitDicesLog(bytes);
  const items = records.flatMap(({ hostTime, bytes: record }): CaptureItem[] => {
    // Serial logs hold one frame per record; UDP logs the datagram itself (no serial framing).
    if (record[0] !== FRAME.bof) return [{ hostTime, result: decodeMessage(record) }];
    const frames = createDeframer().push(record);
    if (frames.length === 0) return [{ hostTime, result: failed({ kind: 'truncated', message: 'logged frame has no end (C1)' }) }];
    return frames.map((frame) => ({ hostTime, result: frame.ok ? decodeMessage(frame.userData) : failed(frame.issue) }));
  });
  return { items, issues };
}

export interface PhilipsCaptureDecode {
  readonly observations: Observation[];
  readonly issues: DecodeIssue[];
  readonly frames: number;
}

/** A capture to canonical observations: time is the logger's stamp when there is one, else the monitor's clock. */
export function decodePhilipsCapture(bytes: Uint8Array, device: string, format: CaptureFormat = 'raw', zone: MonitorZone = 'local'): PhilipsCaptureDecode {
  const { items, issues } = readCapture(bytes, format);
  const interpreter = new StreamInterpreter(zone);
  const observations: Observation[] = [];
  for (const item of items) {
    if (!item.result.ok) {
      issues.push(item.result.issue);
      continue;
    }
    const result = interpreter.interpret(item.result.value, { device, ...(item.hostTime !== null ? { time: item.hostTime } : {}) });
    if (result) observations.push(...result.observations);
  }
  return { observations, issues, frames: items.length };
}
