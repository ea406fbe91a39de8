// Data out to the hospital: HL7 destinations (an integration engine's MLLP port), their outbox and its parked messages.
import { z } from 'zod';
import { VITAL_PARAMS } from '../../params';

/** How a destination is fed; the same schema checks the command line, the settings screen and the stored row. */
export const destinationSettingsSchema = z
  .object({
    host: z.string().trim().min(1, 'give the host name or address of the receiving engine').max(253),
    port: z.number().int().min(1).max(65535),
    /** One message per period; its values are the period's means ('mean') or every reading ('each'). */
    periodSeconds: z.number().int().min(1).max(3600).default(60),
    values: z.enum(['mean', 'each']).default('mean'),
    params: z.array(z.enum(VITAL_PARAMS)).min(1, 'choose at least one parameter').default([...VITAL_PARAMS]),
    /** Grades (suggested and confirmed), treatments and bedside labs in their own OBR group. */
    documentation: z.boolean().default(true),
    /** Backlog cap: older or more messages than this are expired (kept, never sent) and a warning shows. */
    maxBacklogMessages: z.number().int().min(10).max(1_000_000).default(50_000),
    maxBacklogHours: z.number().int().min(1).max(24 * 90).default(24 * 7),
    /** Seconds to wait for the ACK of one message before the connection is dropped and the message retried. */
    ackTimeoutSeconds: z.number().int().min(1).max(600).default(30),
    receivingApplication: z.string().trim().max(60).optional(),
    receivingFacility: z.string().trim().max(60).optional(),
    enabled: z.boolean().default(true),
  })
  .strict();
export type DestinationSettings = z.output<typeof destinationSettingsSchema>;
export type DestinationSettingsInput = z.input<typeof destinationSettingsSchema>;

export const outboundMethods = {
  'outbound.status': { access: 'staff', input: z.object({}).strict() },
  'outbound.parked': { access: 'staff', input: z.object({ destinationId: z.number().int().positive() }).strict() },
  /** Puts a parked message back in the queue, unchanged (same MSH-10); audited with the reason. */
  'outbound.resend': { access: 'staff', input: z.object({ messageId: z.number().int().positive(), reason: z.string().trim().min(3, 'say why it is sent again').max(500) }).strict() },
  'outbound.saveDestination': {
    access: 'admin',
    input: z.object({ id: z.number().int().positive().optional(), settings: destinationSettingsSchema, reason: z.string().trim().max(500).optional() }).strict(),
  },
} as const;

export interface OutboundDestinationStatus {
  readonly id: number;
  /** host:port. */
  readonly name: string;
  readonly settings: DestinationSettings;
  /** An open MLLP connection to the destination right now. */
  readonly connected: boolean;
  readonly lastAckAt: number | null;
  /** Why the last attempt failed (no answer, AE with its text, connection refused …); null after a success. */
  readonly lastError: string | null;
  /** Messages waiting, and the time the oldest was queued. */
  readonly backlog: { readonly count: number; readonly oldestAt: number | null };
  readonly parked: number;
  readonly sent: number;
  readonly expired: number;
  /** Shown on the Sending screen in amber: a backlog near or over its cap, or messages expired unsent. */
  readonly warning: string | null;
}

export const OUTBOUND_STATES = ['queued', 'sent', 'parked', 'expired'] as const;
export type OutboundState = (typeof OUTBOUND_STATES)[number];

export interface ParkedMessage {
  readonly id: number;
  readonly controlId: string;
  readonly state: OutboundState;
  readonly createdAt: number;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  readonly attempts: number;
  readonly lastAttemptAt: number | null;
  /** AR or CR (or CE/AE when the engine said it will never take it). */
  readonly ackCode: string | null;
  /** The receiver's reason, as it sent it (MSA-3 / ERR-8). */
  readonly reason: string | null;
}

export interface OutboundResults {
  'outbound.status': { readonly destinations: readonly OutboundDestinationStatus[] };
  'outbound.parked': readonly ParkedMessage[];
  'outbound.resend': ParkedMessage;
  'outbound.saveDestination': OutboundDestinationStatus;
}
