// Methods of the HL7 feeds: the message archive (engineer's "messages" view), the active vital source per param, labs.
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

export interface LabResult {
  readonly id: number;
  readonly code: string;
  readonly loinc: string | null;
  readonly name: string;
  readonly value: number | null;
  /** The value exactly as sent ('<0.5', '.....'). */
  readonly valueText: string;
  readonly comparator: string | null;
  /** UCUM where known, else as sent; '' when none. */
  readonly unit: string;
  /** The value in the test's canonical unit (canonicalUnit), null when the sent unit is unknown for the test. */
  readonly canonicalValue: number | null;
  readonly canonicalUnit: string;
  readonly refRange: string | null;
  readonly refLow: number | null;
  readonly refHigh: number | null;
  readonly abnormalFlag: string | null;
  readonly observedAt: number;
  readonly receivedAt: number;
  readonly status: 'final' | 'entered' | 'preliminary' | 'corrected' | 'superseded' | 'deleted' | 'wrong';
  /** The HL7 message it came in, or null when a person entered it at the bedside (enteredBy). */
  readonly messageId: number | null;
  readonly enteredBy: string | null;
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
  'labs.list': {
    access: 'public',
    input: z
      .object({
        from: z.number().int(),
        to: z.number().int(),
        codes: z.array(z.string().min(1).max(40)).max(100).optional(),
        /** Also list results a lab has since corrected, deleted or marked wrong. */
        includeRetracted: z.boolean().default(false),
      })
      .strict()
      .refine((r) => r.to > r.from, { message: 'to must be after from', path: ['to'] }),
  },
} as const;

export interface Hl7Results {
  'hl7.messages': Hl7MessagePage;
  'hl7.message': Hl7MessageDetail;
  'sources.active': readonly ActiveSource[];
  'labs.list': readonly LabResult[];
}
