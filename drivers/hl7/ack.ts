// Acknowledgements (hl7.md 1.6): original or enhanced mode per MSH-15/16, built with @medplum/core and corrected where
// it differs from the rules (our app in MSH-3/4, a unique MSH-10, MSH-11 copied, a readable MSA-3 and an ERR segment).
import { Hl7Message, Hl7Segment, type AckCode } from '@medplum/core';
import type { ParsedHl7 } from './adapter';
import { formatHl7Time } from './dtm';
import { DEFAULT_DELIMITERS, escapeText, type Delimiters } from './escape';

/** accept: stored (or a known duplicate); error: content we cannot take; reject: not a message we handle at all. */
export type AckOutcome = 'accept' | 'error' | 'reject';

/** auto: follow MSH-15/16; original: always one AA/AE/AR (for gateways that want it whatever their MSH says). */
export const ACK_MODES = ['auto', 'original'] as const;
export type AckMode = (typeof ACK_MODES)[number];

export interface AckReason {
  readonly text: string;
  /** HL7 table 0357 error code. */
  readonly code: keyof typeof ERROR_TEXT;
  /** Segment^sequence^field the error is about, e.g. PID^1^3. */
  readonly location?: string;
}

const ERROR_TEXT = {
  0: 'Message accepted',
  100: 'Segment sequence error',
  101: 'Required field missing',
  102: 'Data type error',
  103: 'Table value not found',
  200: 'Unsupported message type',
  201: 'Unsupported event code',
  202: 'Unsupported processing id',
  203: 'Unsupported version id',
  204: 'Unknown key identifier',
  205: 'Duplicate key identifier',
  206: 'Application record locked',
  207: 'Application internal error',
} as const;

const APP: Record<AckOutcome, AckCode> = { accept: 'AA', error: 'AE', reject: 'AR' };
const COMMIT: Record<AckOutcome, AckCode> = { accept: 'CA', error: 'CE', reject: 'CR' };

/** Whether an MSH-15/16 value asks for an ACK of this outcome (table 0155); unknown values count as AL. */
function wanted(condition: string | null, outcome: AckOutcome): boolean {
  switch ((condition ?? 'NE').toUpperCase()) {
    case 'NE':
      return false;
    case 'ER':
      return outcome !== 'accept';
    case 'SU':
      return outcome === 'accept';
    default:
      return true;
  }
}

/** The ACK codes to send for a message, in order: commit ACK first, then the application ACK. */
export function planAcks(parsed: Pick<ParsedHl7, 'acceptAck' | 'applicationAck'> | null, outcome: AckOutcome, mode: AckMode = 'auto'): AckCode[] {
  const enhanced = parsed !== null && (parsed.acceptAck !== null || parsed.applicationAck !== null);
  if (mode === 'original' || !enhanced) return [APP[outcome]];
  const codes: AckCode[] = [];
  if (wanted(parsed.acceptAck, outcome)) codes.push(COMMIT[outcome]);
  if (wanted(parsed.applicationAck, outcome)) codes.push(APP[outcome]);
  return codes;
}

export interface AckIdentity {
  readonly application: string;
  readonly facility: string;
  readonly now: number;
  /** A new, unique MSH-10 for this ACK. */
  readonly controlId: string;
}

const olderThan25 = (version: string | null): boolean => /^2\.[0-4](\.|$)/.test(version ?? '');

function errSegment(reason: AckReason, version: string | null, d: Delimiters): string[] {
  const codeText = ERROR_TEXT[reason.code];
  const [seg = '', seq = '', field = ''] = (reason.location ?? '').split('^');
  if (olderThan25(version)) return ['ERR', [seg, seq, field, [reason.code, codeText, 'HL70357'].join(d.subcomponent)].join(d.component)];
  const location = reason.location ? [seg, seq, field].join(d.component) : '';
  return ['ERR', '', location, [reason.code, codeText, 'HL70357'].join(d.component), 'E', '', '', '', escapeText(reason.text, d)];
}

/** One ACK for a parsed message, as text with CR after every segment. */
export function buildAck(parsed: ParsedHl7, code: AckCode, reason: AckReason | null, id: AckIdentity, note?: string): string {
  const d = parsed.delimiters;
  const failed = code !== 'AA' && code !== 'CA';
  const err = failed && reason ? new Hl7Segment(errSegment(reason, parsed.version, d), parsed.message.context) : undefined;
  const ack = parsed.message.buildAck({ ackCode: code, ...(err ? { errSegment: err } : {}) });
  const msh = ack.header;
  msh.setField(3, escapeText(id.application, d));
  msh.setField(4, escapeText(id.facility, d));
  msh.setField(7, formatHl7Time(id.now));
  msh.setField(10, escapeText(id.controlId, d));
  if (parsed.processingId) msh.setField(11, escapeText(parsed.processingId, d));
  const text = reason?.text ?? note ?? (code === 'CA' ? 'Message stored' : 'Message accepted');
  ack.getSegment('MSA')!.setField(3, escapeText(text, d));
  return `${ack.toString()}\r`;
}

/** An AR/CR for bytes whose MSH cannot be read: MSA-2 empty, since there is no control id to echo (hl7.md 1.6). */
export function buildBareReject(reason: AckReason, id: AckIdentity): string {
  const d = DEFAULT_DELIMITERS;
  const msh = ['MSH', '^~\\&', escapeText(id.application, d), escapeText(id.facility, d), '', '', formatHl7Time(id.now), '', 'ACK', escapeText(id.controlId, d), 'P', '2.5.1'];
  const ack = new Hl7Message([
    new Hl7Segment(msh),
    new Hl7Segment(['MSA', 'AR', '', escapeText(reason.text, d)]),
    new Hl7Segment(errSegment(reason, '2.5.1', d)),
  ]);
  return `${ack.toString()}\r`;
}

/** Unique ACK control ids: time plus a counter, well under the 20 characters of older versions. */
export function createAckIdSource(prefix = 'VGL'): () => string {
  let counter = 0;
  return () => `${prefix}${Date.now().toString(36)}${(counter++ % 1296).toString(36).padStart(2, '0')}`.toUpperCase();
}
