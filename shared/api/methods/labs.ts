// Lab results entered by hand, by panel, for results that do not arrive by HL7.
import { z } from 'zod';

export const labEntrySchema = z.object({
  /** Vigil's test code from shared/labs.ts (crp, ferritin, anc, …). */
  code: z.string().min(1).max(40),
  value: z.number().finite().nonnegative('a lab value cannot be negative'),
  /** UCUM unit chosen from the test's list; converted to the test's canonical unit. */
  unit: z.string().max(20),
  observedAt: z.number().int().positive(),
});

export const labMethods = {
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
  'labs.record': { readonly stored: number };
}
