// The CAR-T product catalogue: dose rules, infusion windows and monitoring periods, one table per product.
// Source of every number: ../shared/docs/clinical-rules.md §4 (labels as summarised there; re-check the
// current PI before go-live, as that document says).
import { z } from 'zod';

export const doseRuleSchema = z.discriminatedUnion('kind', [
  /** A flat dose in CAR+ T cells, whatever the weight. */
  z.object({ kind: z.literal('flat'), minCells: z.number().positive(), maxCells: z.number().positive() }),
  /** Cells per kg of body weight, with an absolute maximum per infusion (shared/episode/dose.ts applies it). */
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
  /**
   * The window in d = calendar days from the last lymphodepletion date to the infusion date (shared/episode/window.ts;
   * the labels' schedule, last dose on Day −3 and infusion on Day 0, is d = 3).
   */
  infusionWindowDays: z.object({ min: z.number().int().min(0), max: z.number().int().min(0) }).refine((w) => w.max >= w.min, 'max before min'),
  /** Latest d a physician's documented reason may allow after the window (later is blocked), or null when there is none. */
  latestDayWithReason: z.number().int().min(0).nullable(),
  /** Median CRS onset (days after infusion), shown as context only. */
  medianCrsOnsetDay: z.number().nullable(),
  dailyMonitoringDays: z.number().int().positive(),
  observationDays: z.number().int().positive(),
  source: z.string().min(1),
  builtin: z.boolean().default(false),
});
export type Product = z.infer<typeof productSchema>;

/** The guide's general rule where a product has none: "1–2 days after", "no later than 7 days" = d 1–3, up to 7 (§4.4 table). */
export const GENERAL_INFUSION_RULE = { infusionWindowDays: { min: 1, max: 3 }, latestDayWithReason: 7, source: 'Patient guide, clinical-rules.md §4.4' } as const;

export const BUILTIN_PRODUCTS: readonly Product[] = [
  {
    code: 'ide-cel',
    name: 'Idecabtagene vicleucel (Abecma)',
    // §4.1: 300–510 × 10⁶ CAR+ T cells, flat [S28].
    dose: { kind: 'flat', minCells: 300e6, maxCells: 510e6 },
    // §4.4 table: d = 2–3 in window (label schedule d = 3), 4–10 with a documented reason, > 10 blocked.
    infusionWindowDays: { min: 2, max: 3 },
    latestDayWithReason: 10,
    medianCrsOnsetDay: 1, // §4.1 KarMMa [S31]
    // §4.3 [Design]: conservative defaults until the clinical lead checks the current PI (ide-cel 7 daily days; 14 proximity days).
    dailyMonitoringDays: 7,
    observationDays: 14,
    source: 'clinical-rules.md §4.1, §4.3, §4.4 (Abecma US label as summarised; June 2025 change)',
    builtin: true,
  },
  {
    code: 'cilta-cel',
    name: 'Ciltacabtagene autoleucel (Carvykti)',
    // §4.2: 0.5–1.0 × 10⁶ CAR+ viable T cells per kg, maximum 1 × 10⁸ per infusion [S37, S38] (so a flat range above 100 kg).
    dose: { kind: 'per_kg', minCellsPerKg: 0.5e6, maxCellsPerKg: 1.0e6, maxCells: 1e8 },
    // §4.4 table: d = 2–5 in window (label schedule d = 3), 6–14 with a documented reason, > 14 blocked.
    infusionWindowDays: { min: 2, max: 5 },
    latestDayWithReason: 14,
    medianCrsOnsetDay: 7, // §4.2 CARTITUDE-1 [S40]
    // §4.3 [Design]: cilta-cel 10 daily days; 14 proximity days.
    dailyMonitoringDays: 10,
    observationDays: 14,
    source: 'clinical-rules.md §4.2, §4.3, §4.4 (Carvykti US label as summarised; June 2025 change)',
    builtin: true,
  },
];
