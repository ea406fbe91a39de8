// The one lab code table: LOINC, UCUM and names of the results the CAR-T course needs (../shared/docs/hl7.md 3.2).
// Local lab codes (ABL735 `^pH^M`, Mindray `99MRC`) are added by configuration, never by editing this table.
import { z } from 'zod';
import { MMHG_PER_KPA } from './units';

export const LAB_GROUPS = ['cbc', 'chemistry', 'coagulation', 'blood_gas', 'inflammation'] as const;
export type LabGroup = (typeof LAB_GROUPS)[number];

export interface LabTestDefinition {
  /** Vigil's short name, stored in lab_results.code. */
  readonly code: string;
  readonly name: string;
  readonly group: LabGroup;
  /** Preferred LOINC code; `altLoinc` are other LOINC codes labs send for the same analyte. */
  readonly loinc: string;
  readonly altLoinc: readonly string[];
  /** Canonical UCUM unit; `factors` turn a value in another unit into this one (value × factor). */
  readonly unit: string;
  readonly factors: Readonly<Record<string, number>>;
}

const COUNT = { '10*3/uL': 1, '10*9/L': 1 } as const;
const one = (unit: string): Record<string, number> => ({ [unit]: 1 });

const def = (
  code: string,
  name: string,
  group: LabGroup,
  loinc: string,
  altLoinc: readonly string[],
  unit: string,
  factors: Record<string, number> = one(unit),
): LabTestDefinition => ({ code, name, group, loinc, altLoinc, unit, factors: { ...factors, [unit]: 1 } });

/** The built-in tests. FEU and DDU D-dimer are different tests (FEU ≈ 2 × DDU): never mixed. */
export const LAB_TESTS: readonly LabTestDefinition[] = [
  def('wbc', 'WBC', 'cbc', '6690-2', ['26464-8'], '10*3/uL', COUNT),
  def('anc', 'Neutrophils (ANC)', 'cbc', '751-8', ['26499-4', '753-4'], '10*3/uL', COUNT),
  def('lymph', 'Lymphocytes', 'cbc', '731-0', ['26474-7', '732-8', '30364-4'], '10*3/uL', COUNT),
  def('hgb', 'Haemoglobin', 'cbc', '718-7', ['59260-0', '30313-1', '55782-7'], 'g/dL', { 'g/L': 0.1, 'mmol/L': 1.611 }),
  def('plt', 'Platelets', 'cbc', '777-3', ['26515-7'], '10*3/uL', COUNT),
  def('creat', 'Creatinine', 'chemistry', '2160-0', ['14682-9', '38483-4'], 'mg/dL', { 'umol/L': 1 / 88.42 }),
  def('alt', 'ALT', 'chemistry', '1742-6', ['1743-4'], 'U/L', { 'ukat/L': 60 }),
  def('ast', 'AST', 'chemistry', '1920-8', [], 'U/L', { 'ukat/L': 60 }),
  def('bili', 'Bilirubin, total', 'chemistry', '1975-2', ['14631-6', '42719-5'], 'mg/dL', { 'umol/L': 1 / 17.1 }),
  def('ldh', 'LDH', 'chemistry', '2532-0', ['14804-9'], 'U/L', { 'ukat/L': 60 }),
  def('na', 'Sodium', 'chemistry', '2951-2', ['2947-0', '32717-1'], 'mmol/L', { 'meq/L': 1 }),
  def('k', 'Potassium', 'chemistry', '2823-3', ['6298-4', '32713-0'], 'mmol/L', { 'meq/L': 1 }),
  def('urate', 'Uric acid', 'chemistry', '3084-1', ['14933-6'], 'mg/dL', { 'umol/L': 1 / 59.48 }),
  def('pt', 'PT', 'coagulation', '5902-2', [], 's'),
  def('inr', 'INR', 'coagulation', '6301-6', ['34714-6'], '{INR}', { '1': 1 }),
  def('aptt', 'aPTT', 'coagulation', '14979-9', ['3173-2'], 's'),
  def('fib', 'Fibrinogen', 'coagulation', '3255-7', [], 'mg/dL', { 'g/L': 100 }),
  def('ddimer', 'D-dimer (FEU)', 'coagulation', '48065-7', [], 'ug/mL{FEU}', { 'ug/mL': 1, 'mg/L': 1, 'mg/L{FEU}': 1, 'ng/mL': 0.001, 'ng/mL{FEU}': 0.001 }),
  def('ddimer_ddu', 'D-dimer (DDU)', 'coagulation', '48066-5', [], 'ng/mL{DDU}', { 'ng/mL': 1, 'ug/L': 1, 'ug/mL': 1000, 'mg/L': 1000 }),
  def('ph', 'pH (arterial)', 'blood_gas', '2744-1', [], '[pH]'),
  def('pao2', 'PaO2', 'blood_gas', '2703-7', [], 'mm[Hg]', { kPa: MMHG_PER_KPA }),
  def('paco2', 'PaCO2', 'blood_gas', '2019-8', [], 'mm[Hg]', { kPa: MMHG_PER_KPA }),
  def('hco3', 'Bicarbonate (arterial)', 'blood_gas', '1960-4', [], 'mmol/L', { 'meq/L': 1 }),
  def('lactate', 'Lactate', 'blood_gas', '2524-7', ['32693-4', '2518-9'], 'mmol/L', { 'mg/dL': 0.111 }),
  def('crp', 'CRP', 'inflammation', '1988-5', [], 'mg/L', { 'mg/dL': 10 }),
  def('hs_crp', 'hs-CRP', 'inflammation', '30522-7', ['71426-1'], 'mg/L', { 'mg/dL': 10 }),
  def('ferritin', 'Ferritin', 'inflammation', '2276-4', ['20567-4', '24373-3'], 'ng/mL', { 'ug/L': 1 }),
  def('il6', 'IL-6', 'inflammation', '26881-3', [], 'pg/mL', { 'ng/L': 1 }),
];

/** Unit spellings labs send, to UCUM. Exact spelling first ('G/L' is giga per litre, 'g/L' grams), then case-folded. */
const EXACT_UNITS: Readonly<Record<string, string>> = { 'G/L': '10*9/L', 'g/L': 'g/L', '/nL': '10*9/L' };
const FOLDED_UNITS: Readonly<Record<string, string>> = {
  mmhg: 'mm[Hg]', 'mm[hg]': 'mm[Hg]', 'mm hg': 'mm[Hg]', kpa: 'kPa',
  'umol/l': 'umol/L', 'µmol/l': 'umol/L', 'μmol/l': 'umol/L', 'micromol/l': 'umol/L',
  'mmol/l': 'mmol/L', 'meq/l': 'meq/L', 'mg/dl': 'mg/dL', 'mg/l': 'mg/L', 'g/dl': 'g/dL', 'g/l': 'g/L',
  'ng/ml': 'ng/mL', 'ug/l': 'ug/L', 'µg/l': 'ug/L', 'ug/ml': 'ug/mL', 'µg/ml': 'ug/mL', 'mcg/ml': 'ug/mL',
  'ug/ml feu': 'ug/mL{FEU}', 'ug/ml{feu}': 'ug/mL{FEU}', 'mg/l feu': 'mg/L{FEU}', 'mg/l{feu}': 'mg/L{FEU}',
  'ng/ml feu': 'ng/mL{FEU}', 'ng/ml{feu}': 'ng/mL{FEU}', 'ng/ml ddu': 'ng/mL{DDU}', 'ng/ml{ddu}': 'ng/mL{DDU}',
  'pg/ml': 'pg/mL', 'ng/l': 'ng/L', 'u/l': 'U/L', 'iu/l': 'U/L', 'ukat/l': 'ukat/L', 'µkat/l': 'ukat/L',
  s: 's', sec: 's', secs: 's', seconds: 's',
  '10*3/ul': '10*3/uL', '10^3/ul': '10*3/uL', 'x10e3/ul': '10*3/uL', 'k/ul': '10*3/uL', '10*3/mm3': '10*3/uL', 'thou/ul': '10*3/uL',
  '10*9/l': '10*9/L', '10^9/l': '10*9/L', 'x10e9/l': '10*9/L',
  '{inr}': '{INR}', inr: '{INR}', ratio: '{INR}', '[ph]': '[pH]', ph: '[pH]', '%': '%', fl: 'fL', cel: 'Cel', '°c': 'Cel',
};

/** A lab unit as UCUM where we know the spelling; otherwise as sent. Empty stays empty. */
export function normaliseLabUnit(unit: string): string {
  const trimmed = unit.trim();
  return EXACT_UNITS[trimmed] ?? FOLDED_UNITS[trimmed.toLowerCase()] ?? trimmed;
}

/** A value in the test's canonical unit, or null when the unit is unknown for this test (never guessed). */
export function toCanonicalLab(test: LabTestDefinition, value: number, unit: string): number | null {
  // Unitless tests (INR, pH) are often sent without a unit.
  const u = unit === '' && (test.unit === '{INR}' || test.unit === '[pH]') ? test.unit : unit;
  const factor = test.factors[u];
  return factor === undefined ? null : value * factor;
}

/** One configured local code: OBX-3 code (or text when the code is empty) in a coding system, mapped to a test. */
export const localLabCodeSchema = z
  .object({
    system: z.string().optional(),
    code: z.string().min(1),
    test: z.string().min(1),
    /** For a test not in LAB_TESTS: its name and canonical unit. */
    name: z.string().min(1).optional(),
    unit: z.string().optional(),
  })
  .strict();
export type LocalLabCode = z.infer<typeof localLabCodeSchema>;
export const localLabCodesSchema = z.array(localLabCodeSchema);

/** An OBX-3 triplet: code, text, coding system (nulls where empty). */
export interface CodedTriplet {
  readonly code: string | null;
  readonly text: string | null;
  readonly system: string | null;
}

export interface LabCatalogue {
  /** The test for an OBX-3 (primary and alternate triplet): LOINC in either, then the local codes. */
  find(triplets: readonly CodedTriplet[]): LabTestDefinition | null;
  readonly tests: readonly LabTestDefinition[];
}

const LOINC_SYSTEMS = new Set(['LN', 'LOINC', 'http://loinc.org']);

export function createLabCatalogue(local: readonly LocalLabCode[] = []): LabCatalogue {
  const byLoinc = new Map<string, LabTestDefinition>();
  for (const t of LAB_TESTS) for (const code of [t.loinc, ...t.altLoinc]) byLoinc.set(code, t);
  const byCode = new Map(LAB_TESTS.map((t) => [t.code, t]));
  const localTests = local.map((entry) => ({ entry, test: localTest(entry, byCode) }));
  const tests = [...LAB_TESTS, ...localTests.map((l) => l.test).filter((t) => !byCode.has(t.code))];

  const findLocal = (t: CodedTriplet): LabTestDefinition | null => {
    const key = t.code ?? t.text;
    const hit = localTests.find(({ entry }) => entry.code === key && (entry.system === undefined || entry.system === t.system));
    return hit?.test ?? null;
  };
  return {
    tests,
    find(triplets) {
      for (const t of triplets) if (t.code && t.system && LOINC_SYSTEMS.has(t.system) && byLoinc.has(t.code)) return byLoinc.get(t.code)!;
      for (const t of triplets) {
        const hit = findLocal(t);
        if (hit) return hit;
      }
      return null;
    },
  };
}

function localTest(entry: LocalLabCode, byCode: ReadonlyMap<string, LabTestDefinition>): LabTestDefinition {
  const known = byCode.get(entry.test);
  if (known) return known;
  if (!entry.name) throw new Error(`local lab code ${entry.code}: test "${entry.test}" is not in the lab table; give it a name and unit`);
  const unit = normaliseLabUnit(entry.unit ?? '');
  return def(entry.test, entry.name, 'chemistry', '', [], unit);
}

export function labTestByCode(code: string): LabTestDefinition | undefined {
  return LAB_TESTS.find((t) => t.code === code);
}
