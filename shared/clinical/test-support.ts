// Builders for the clinical tests: events at hours from the infusion (infusion at 0 ms), as in the vignettes.
import type { GradingConfigInput } from './config';
import { evaluate, type GradingResult } from './engine';
import type {
  AttributionTarget,
  ClinicalEvent,
  ConsciousnessLevel,
  LabAnalyte,
  MedicationClass,
  MedicationIndication,
  NeuroAssessment,
  O2Device,
  PatientContext,
  SeizureEvent,
  VasoactiveDrug,
  VitalKind,
} from './events';
import type { FlagCode } from './flags';
import { HOUR_MS } from '../time';

export const h = (hours: number): number => Math.round(hours * HOUR_MS);

const UNITS: Record<VitalKind, string> = { temp: 'Cel', sbp: 'mm[Hg]', map: 'mm[Hg]', hr: '/min', rr: '/min', spo2: '%' };

/** A confirmed vital (vignette readings count as confirmed, §6.4); pass `{ confirmed: false }` for a raw monitor value. */
export function vital(hours: number, param: VitalKind, value: number, options: { source?: 'monitor' | 'manual'; confirmed?: boolean; unit?: string; site?: string } = {}): ClinicalEvent {
  return {
    kind: 'vital',
    time: h(hours),
    source: options.source ?? 'monitor',
    param,
    value,
    unit: options.unit ?? UNITS[param],
    confirmed: options.confirmed ?? true,
    ...(options.site ? { site: options.site } : {}),
  };
}

export const temp = (hours: number, c: number, options: Parameters<typeof vital>[3] = {}) => vital(hours, 'temp', c, options);
export const fever = (hours: number, c = 38.6) => temp(hours, c);
/** SBP and MAP together (the vignettes cross both thresholds at once). */
export const bp = (hours: number, sbp: number, map: number): ClinicalEvent[] => [vital(hours, 'sbp', sbp), vital(hours, 'map', map)];
export const low = (hours: number) => bp(hours, 84, 59);

export function o2(hours: number, device: O2Device, flowLMin?: number): ClinicalEvent {
  return { kind: 'oxygen', time: h(hours), source: 'staff', device, ...(flowLMin !== undefined ? { flowLMin } : {}) };
}

export function pressor(hours: number, drug: VasoactiveDrug, action: 'start' | 'titrate' | 'stop' = 'start', dose?: number): ClinicalEvent {
  return { kind: 'vasopressor', time: h(hours), source: 'staff', drug, action, ...(dose !== undefined ? { dose, doseUnit: 'mcg/kg/min' } : {}) };
}

export function med(hours: number, drug: string, drugClass: MedicationClass, indication?: MedicationIndication): ClinicalEvent {
  return { kind: 'medication', time: h(hours), source: 'staff', drug, drugClass, ...(indication ? { indication } : {}) };
}

export const paracetamol = (hours: number, indication: MedicationIndication = 'crs') => med(hours, 'paracetamol', 'antipyretic', indication);
export const tocilizumab = (hours: number) => med(hours, 'tocilizumab', 'anti_il6', 'crs');

export function neuro(hours: number, fields: Omit<NeuroAssessment, 'kind' | 'time' | 'source'>): ClinicalEvent {
  return { kind: 'neuro', time: h(hours), source: 'staff', ...fields };
}

export const ice = (hours: number, total: number, consciousness: ConsciousnessLevel = 'alert', extra: Omit<NeuroAssessment, 'kind' | 'time' | 'source' | 'ice' | 'consciousness'> = {}) =>
  neuro(hours, { ice: { form: 'total', total }, consciousness, ...extra });

export function seizure(hours: number, fields: Partial<Omit<SeizureEvent, 'kind' | 'time' | 'source'>> = {}): ClinicalEvent {
  return { kind: 'seizure', time: h(hours), source: 'staff', seizureType: 'clinical_generalized', ...fields };
}

export function imaging(hours: number, finding: 'normal' | 'focal_edema' | 'diffuse_cerebral_edema' | 'intracranial_hemorrhage' | 'other'): ClinicalEvent {
  return { kind: 'imaging', time: h(hours), source: 'staff', modality: 'MRI', finding };
}

export function attribution(hours: number, target: AttributionTarget, options: { active?: boolean; fromHours?: number; cause?: string; source?: 'physician' | 'staff' } = {}): ClinicalEvent {
  return {
    kind: 'attribution',
    time: h(hours),
    source: options.source ?? 'physician',
    target,
    active: options.active ?? true,
    cause: options.cause ?? 'another cause',
    ...(options.fromHours !== undefined ? { effectiveFrom: h(options.fromHours) } : {}),
  };
}

export function lab(hours: number, analyte: LabAnalyte, value: number, unit: string, limits: { uln?: number; lln?: number } = {}): ClinicalEvent {
  return { kind: 'lab', time: h(hours), source: 'staff', analyte, value, unit, ...limits };
}

/** Grades events (nested arrays are flattened) at `evalHours`. */
export function grade(events: (ClinicalEvent | ClinicalEvent[])[], evalHours: number, config: GradingConfigInput = {}, patient: Partial<PatientContext> = {}): GradingResult {
  return evaluate({ infusionAt: 0, patient, events: events.flat() }, h(evalHours), config);
}

export const codes = (r: GradingResult): FlagCode[] => r.flags.map((f) => f.code);
