// An HL7 message as text a person can read safely: one segment per line, control characters made visible.
// (React escapes the text; nothing here is ever interpreted as markup.)
import type { Hl7MessageSummary, Hl7Outcome } from '../../../../shared/api/methods/hl7';

/** The segments of a raw message: HL7 separates them with CR; senders also use LF or CR LF. Empty lines dropped. */
export function segments(raw: string): string[] {
  return raw.split(/\r\n|\r|\n/).filter((line) => line !== '');
}

/** Control characters (MLLP framing, stray bytes) as their visible Unicode pictures, e.g. VT → ␋. Tabs stay. */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));
}

/** The segment id (MSH, PID, OBX…) and the rest, for showing the id in bold. */
export function splitSegment(line: string): { readonly id: string; readonly rest: string } {
  const m = /^([A-Z][A-Z0-9]{2})(.*)$/s.exec(line);
  return m === null ? { id: '', rest: line } : { id: m[1]!, rest: m[2]! };
}

/** The ACK codes sent back, as shown: '' (none asked for) → null. */
export function ackCodes(m: Pick<Hl7MessageSummary, 'acks'>): string[] {
  return (m.acks ?? '').split(/[\s,]+/).filter(Boolean);
}

export function outcomeTone(outcome: Hl7Outcome): 'ok' | 'info' | 'bad' {
  if (outcome === 'accepted') return 'ok';
  if (outcome === 'rejected' || outcome === 'error') return 'bad';
  return 'info';
}

/** Merges a freshly fetched newest page into the list shown (newest first), keeping older pages already loaded. */
export function mergeNewest<T extends { readonly id: number }>(shown: readonly T[], newest: readonly T[]): T[] {
  if (newest.length === 0) return [...shown];
  const oldestNew = newest[newest.length - 1]!.id;
  return [...newest, ...shown.filter((m) => m.id < oldestNew)];
}
