// Adult reference ranges the labs screen uses when the lab feed sent none (OBX-7 empty): the site's own table from
// `lab-ranges.json` in the station's data folder, else the defaults below. Shown as "site default", never as the lab's.
// SITE TO REVIEW: these are generic adult ranges, not this laboratory's; the clinical lead signs them off (README).
import { z } from 'zod';
import { errorMessage } from './errors';
import { labTestByCode } from './labs';
import { english } from './messages/en';
import { message, type Message } from './messages/message';

/** One range in the test's canonical unit (shared/labs.ts) and where it comes from. */
export interface SiteLabRange {
  readonly code: string;
  readonly low: number;
  readonly high: number;
  readonly source: string;
}

/** CLIF consortium, clifpy `clifpy/schemas/ref_range_config.yaml` (commit b377752), from CLIF `reference_ranges/lab_category.csv`. */
const CLIF = 'CLIF clifpy ref_range_config.yaml (adult)';

/** The defaults, each with its source; tests without a cited range (fibrinogen, D-dimer, IL-6, uric acid) have none. */
export const DEFAULT_LAB_RANGES: readonly SiteLabRange[] = [
  { code: 'wbc', low: 4.5, high: 11, source: CLIF }, // wbc 10^3/µL
  { code: 'anc', low: 2, high: 7.5, source: CLIF }, // neutrophils_absolute 10^3/µL
  { code: 'lymph', low: 1, high: 4, source: CLIF }, // lymphocytes_absolute 10^3/µL
  { code: 'hgb', low: 12, high: 18, source: CLIF }, // hemoglobin g/dL
  { code: 'plt', low: 150, high: 350, source: CLIF }, // platelet_count 10^3/µL
  { code: 'creat', low: 0.6, high: 1.2, source: CLIF }, // creatinine mg/dL
  { code: 'alt', low: 10, high: 40, source: CLIF }, // alt U/L
  { code: 'ast', low: 10, high: 30, source: CLIF }, // ast U/L
  { code: 'bili', low: 0.3, high: 1.2, source: CLIF }, // bilirubin_total mg/dL
  { code: 'ldh', low: 100, high: 200, source: CLIF }, // ldh U/L
  { code: 'na', low: 135, high: 145, source: CLIF }, // sodium mmol/L
  { code: 'k', low: 3.5, high: 5, source: CLIF }, // potassium mmol/L
  { code: 'pt', low: 10, high: 13, source: CLIF }, // pt s
  { code: 'inr', low: 0.9, high: 1.1, source: CLIF }, // inr
  { code: 'aptt', low: 25, high: 40, source: CLIF }, // ptt s
  { code: 'ph', low: 7.35, high: 7.45, source: CLIF }, // ph_arterial
  { code: 'pao2', low: 80, high: 100, source: CLIF }, // po2_arterial mmHg
  { code: 'paco2', low: 35, high: 45, source: CLIF }, // pco2_arterial mmHg
  { code: 'lactate', low: 0.5, high: 2, source: CLIF }, // lactate mmol/L
  { code: 'crp', low: 0.08, high: 3.1, source: CLIF }, // crp mg/L
  { code: 'ferritin', low: 15, high: 200, source: CLIF }, // ferritin ng/mL
];

/** The file a site writes: `{ "ranges": [{ "code": "ferritin", "low": 30, "high": 400, "source": "Our lab, 2026" }] }`. */
export const siteLabRangesFileSchema = z
  .object({
    ranges: z.array(
      z
        .object({
          code: z.string().min(1).refine((code) => labTestByCode(code) !== undefined, { message: 'is not a test in the lab table (shared/labs.ts)' }),
          low: z.number().finite().nonnegative(),
          high: z.number().finite().positive(),
          source: z.string().trim().min(1, 'say where the range comes from'),
        })
        .strict()
        .refine((r) => r.low < r.high, { message: 'low must be below high', path: ['high'] }),
    ),
  })
  .strict();

export interface SiteLabRanges {
  readonly ranges: readonly SiteLabRange[];
  /** 'file' when the site's file is in use, 'defaults' when there is none or it was refused. */
  readonly from: 'file' | 'defaults';
  /** Why the site's file was refused (the defaults are used meanwhile), in English, or null. */
  readonly problem: string | null;
  /** The same as a message the window says in its own language. */
  readonly problemMessage: Message | null;
}

/** The defaults, with why the site's file was not used (null: there is none). */
export function withDefaults(problem: Message | null): SiteLabRanges {
  return { ranges: DEFAULT_LAB_RANGES, from: 'defaults', problem: problem && english(problem), problemMessage: problem };
}

/** The site's ranges from the file's text (null: no file), the defaults where it has none; a bad file keeps the defaults. */
export function siteLabRanges(fileText: string | null, fileName = 'lab-ranges.json'): SiteLabRanges {
  if (fileText === null) return withDefaults(null);
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (error) {
    return withDefaults(message('said.labRanges.notJson', { file: fileName, detail: errorMessage(error) }));
  }
  const parsed = siteLabRangesFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    return withDefaults(message('said.labRanges.invalid', { file: fileName, field: first.path.join('.') || 'ranges', detail: first.message }));
  }
  const site = new Map(parsed.data.ranges.map((r) => [r.code, r]));
  return { ranges: [...DEFAULT_LAB_RANGES.filter((r) => !site.has(r.code)), ...site.values()], from: 'file', problem: null, problemMessage: null };
}
