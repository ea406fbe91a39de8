// The CAR-T product catalogue: dose rules, infusion windows and monitoring periods, one table per product.
// Source of every number: ../shared/docs/clinical-rules.md §4 (labels as summarised there; re-check the
// current PI before go-live, as that document says).
import { z } from 'zod';

export const doseRuleSchema = z.discriminatedUnion('kind', [
  /** A flat dose in CAR+ T cells, whatever the weight. */
  z.object({ kind: z.literal('flat'), minCells: z.number().positive(), maxCells: z.number().positive() }),
  /** Cells per kg of body weight, with an absolute maximum per infusion. */
  z.object({
    kind: z.literal('per_kg'),
    minCellsPerKg: z.number().positive(),
    maxCellsPerKg: z.number().positive(),
    maxCells: z.number().positive(),
  }),
]);
export type DoseRule = z.infer<typeof doseRuleSchema>;

export const productSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{2,40}$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(2).max(120),
  dose: doseRuleSchema,
  /** Days after the last lymphodepletion dose: the label's window, and the latest day with a documented delay. */
  infusionWindowDays: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).refine((w) => w.max >= w.min, 'max before min'),
  /** Latest acceptable day (documented reason needed after max), or null when the label gives none. */
  latestDayWithReason: z.number().int().min(0).nullable(),
  /** Median CRS onset (days after infusion), shown as context only. */
  medianCrsOnsetDay: z.number().nullable(),
  dailyMonitoringDays: z.number().int().positive(),
  observationDays: z.number().int().positive(),
  source: z.string().min(1),
  builtin: z.boolean().default(false),
});
export type Product = z.infer<typeof productSchema>;

/** Seed guide's general rule where a product has none: infuse 1–2 days after lymphodepletion, never later than 7 (§4.4). */
export const GENERAL_INFUSION_RULE = { infusionWindowDays: { min: 1, max: 2 }, latestDayWithReason: 7, source: 'Patient guide, clinical-rules.md §4.4' } as const;

export const BUILTIN_PRODUCTS: readonly Product[] = [
  {
    code: 'ide-cel',
    name: 'Idecabtagene vicleucel (Abecma)',
    // §4.1: 300–510 × 10⁶ CAR+ T cells, flat [S28].
    dose: { kind: 'flat', minCells: 300e6, maxCells: 510e6 },
    // §4.1: 2 days after the end of lymphodepletion; delay up to 7 days for unresolved AEs or infection [S28].
    infusionWindowDays: { min: 2, max: 2 },
    latestDayWithReason: 7,
    medianCrsOnsetDay: 1, // §4.1 KarMMa [S31]
    // §4.3 [Design]: conservative defaults until the clinical lead checks the current PI (ide-cel 7 daily days; 14 proximity days).
    dailyMonitoringDays: 7,
    observationDays: 14,
    source: 'clinical-rules.md §4.1, §4.3 (Abecma US label as summarised; June 2025 change)',
    builtin: true,
  },
  {
    code: 'cilta-cel',
    name: 'Ciltacabtagene autoleucel (Carvykti)',
    // §4.2: 0.5–1.0 × 10⁶ CAR+ viable T cells per kg, maximum 1 × 10⁸ per infusion [S37, S38].
    dose: { kind: 'per_kg', minCellsPerKg: 0.5e6, maxCellsPerKg: 1.0e6, maxCells: 1e8 },
    // §4.2: 2–4 days after the end of lymphodepletion [S37]; consider repeating lymphodepletion if delayed > 14 days.
    infusionWindowDays: { min: 2, max: 4 },
    latestDayWithReason: 14,
    medianCrsOnsetDay: 7, // §4.2 CARTITUDE-1 [S40]
    // §4.3 [Design]: cilta-cel 10 daily days; 14 proximity days.
    dailyMonitoringDays: 10,
    observationDays: 14,
    source: 'clinical-rules.md §4.2, §4.3 (Carvykti US label as summarised; June 2025 change)',
    builtin: true,
  },
];
