// Methods of the HL7 feeds: the message archive (engineer's "messages" view) and the active vital source per param.
import { z } from 'zod';
import type { ActiveSource } from '../../hl7/sourcePriority';

export type { ActiveSource, VitalSource } from '../../hl7/sourcePriority';

/** pending: archived, not decided yet; accepted: stored; ignored: acknowledged, nothing to store (alerts);
 * duplicate: a resend of an accepted message; rejected: refused with a reason; error: could not be stored. */
export const HL7_OUTCOMES = ['pending', 'accepted', 'ignored', 'duplicate', 'rejected', 'error'] as const;
export type Hl7Outcome = (typeof HL7_OUTCOMES)[number];

export interface Hl7MessageSummary {
  readonly id: number;
  readonly receivedAt: number;
  /** host:port of the listener that received it. */
  readonly listener: string;
  /** address:port of the sender. */
  readonly peer: string;
  /** MSH-3|MSH-4. */
  readonly sender: string | null;
  readonly controlId: string | null;
  readonly messageType: string | null;
  /** vitals, labs, mixed, alert, or null when it never got that far. */
  readonly kind: string | null;
  /** PID-3 as sent. */
  readonly patientId: string | null;
  readonly outcome: Hl7Outcome;
  readonly reason: string | null;
  /** ACK codes sent back, e.g. 'AA', 'CA', 'AE'; '' when the sender asked for none. */
  readonly acks: string | null;
  readonly vitalsStored: number;
  readonly labsStored: number;
  readonly duplicateOf: number | null;
  /** The decoder used for the bytes. */
  readonly charset: string | null;
  readonly bytes: number;
}

export interface Hl7MessageDetail extends Hl7MessageSummary {
  readonly charsetNote: string | null;
  /** The message text as received (segments separated as the sender separated them). */
  readonly raw: string;
}

export interface Hl7MessagePage {
  readonly messages: readonly Hl7MessageSummary[];
  /** Pass as `before` for the next (older) page; null when this was the last. */
  readonly nextBefore: number | null;
}

export const hl7Methods = {
  'hl7.messages': {
    access: 'staff',
    input: z
      .object({
        limit: z.number().int().min(1).max(500).default(100),
        before: z.number().int().positive().optional(),
        outcome: z.enum(HL7_OUTCOMES).optional(),
      })
      .strict(),
  },
  'hl7.message': { access: 'staff', input: z.object({ id: z.number().int().positive() }).strict() },
  'sources.active': { access: 'public', input: z.object({}).strict() },
} as const;

export interface Hl7Results {
  'hl7.messages': Hl7MessagePage;
  'hl7.message': Hl7MessageDetail;
  'sources.active': readonly ActiveSource[];
}
