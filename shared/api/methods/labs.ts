// Lab results of the admitted patient (from HL7 feeds or entered by hand), and manual entry by panel for results
// that do not arrive by HL7.
import { z } from 'zod';

export const labEntrySchema = z.object({
  /** Vigil's test code from shared/labs.ts (crp, ferritin, anc, …). */
  code: z.string().min(1).max(40),
  value: z.number().finite().nonnegative('a lab value cannot be negative'),
  /** UCUM unit chosen from the test's list; converted to the test's canonical unit. */
  unit: z.string().max(20),
  observedAt: z.number().int().positive(),
});

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

export const labMethods = {
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
  'labs.record': {
    access: 'clinical',
    input: z
      .object({
        results: z.array(labEntrySchema).min(1).max(40),
        /** The person has looked at the values questioned as implausible and keeps them. */
        confirmImplausible: z.boolean().default(false),
      })
      .strict(),
  },
} as const;

export interface LabResults {
  'labs.list': readonly LabResult[];
  'labs.record': { readonly stored: number };
}
