// The one table of Vigil's local codes for what no standard code names (HL7 local coding system 99VGL):
// documentation sent to the hospital (grades suggested vs confirmed, treatments) and the panels that carry it.
export const VIGIL_CODE_SYSTEM = '99VGL';
/** A lab test with no LOINC goes out under its code in Vigil's lab catalogue (shared/labs.ts). */
export const VIGIL_LAB_CODE_SYSTEM = '99VGLLAB';

export interface LocalCode {
  readonly code: string;
  readonly text: string;
}

export const LOCAL_CODES = {
  documentationPanel: { code: 'VGL-DOC', text: 'Vigil CAR-T episode documentation' },
  crsSuggested: { code: 'VGL-CRS-SUGGESTED', text: 'CRS grade (ASTCT 2019) suggested by Vigil, not confirmed' },
  crsConfirmed: { code: 'VGL-CRS-CONFIRMED', text: 'CRS grade (ASTCT 2019) confirmed by a physician' },
  icansSuggested: { code: 'VGL-ICANS-SUGGESTED', text: 'ICANS grade (ASTCT 2019) suggested by Vigil, not confirmed' },
  icansConfirmed: { code: 'VGL-ICANS-CONFIRMED', text: 'ICANS grade (ASTCT 2019) confirmed by a physician' },
  iceScore: { code: 'VGL-ICE', text: 'ICE score (Immune effector Cell-associated Encephalopathy, 0-10)' },
  carTInfusion: { code: 'VGL-CART-INFUSION', text: 'CAR-T cell infusion' },
  antiIl6: { code: 'VGL-TX-ANTI-IL6', text: 'Anti-IL-6 treatment given (tocilizumab, siltuximab)' },
  corticosteroid: { code: 'VGL-TX-STEROID', text: 'Corticosteroid given' },
  vasopressor: { code: 'VGL-TX-VASOPRESSOR', text: 'Vasopressor started, titrated or stopped' },
} as const satisfies Record<string, LocalCode>;

export type LocalCodeName = keyof typeof LOCAL_CODES;

/** Which local code a grade carries: the scale and whether a physician confirmed it. */
export function gradeCode(scale: 'crs' | 'icans', stage: 'suggested' | 'confirmed'): LocalCode {
  if (scale === 'crs') return stage === 'suggested' ? LOCAL_CODES.crsSuggested : LOCAL_CODES.crsConfirmed;
  return stage === 'suggested' ? LOCAL_CODES.icansSuggested : LOCAL_CODES.icansConfirmed;
}

export const TREATMENT_CATEGORIES = ['antiIl6', 'corticosteroid', 'vasopressor'] as const;
export type TreatmentCategory = (typeof TREATMENT_CATEGORIES)[number];

export function isLocalCode(code: string | null): boolean {
  return Object.values(LOCAL_CODES).some((c) => c.code === code);
}
