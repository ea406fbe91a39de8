// Code bindings the FHIR validator does not check (it accepts an Observation with status "bogus"): every status,
// category, UCUM unit and LOINC or local code Vigil emits, checked against FHIR's value sets and Vigil's own tables.
import { PARAMS } from '../../../shared/params';
import { LAB_TESTS } from '../../../shared/labs';
import { LOCAL_CODES } from '../../../shared/hl7/localCodes';
import { FHIR_SYSTEMS, type FhirBundle, type FhirResource } from './bundle';

const STATUSES: Readonly<Record<string, readonly string[]>> = {
  Observation: ['registered', 'preliminary', 'final', 'amended', 'corrected', 'cancelled', 'entered-in-error', 'unknown'],
  MedicationAdministration: ['in-progress', 'not-done', 'on-hold', 'completed', 'entered-in-error', 'stopped', 'unknown'],
  Encounter: ['planned', 'arrived', 'triaged', 'in-progress', 'onleave', 'finished', 'cancelled', 'entered-in-error', 'unknown'],
};
const CATEGORIES = new Set(['vital-signs', 'laboratory', 'survey']);
const GENDERS = new Set(['male', 'female', 'other', 'unknown']);
const UCUM_UNITS = new Set([...Object.values(PARAMS).map((p) => p.unit), ...LAB_TESTS.map((t) => t.unit), '{cells}']);
const LOINC_CODES = new Set([...Object.values(PARAMS).map((p) => p.loinc), ...LAB_TESTS.flatMap((t) => [t.loinc, ...t.altLoinc]), '2708-6']);
const LOCAL = new Set<string>(Object.values(LOCAL_CODES).map((c) => c.code));
const LAB_CODES = new Set(LAB_TESTS.map((t) => t.code));

interface Coding {
  system?: string;
  code?: string;
}

/** Where each resource breaks a binding; empty when every code is one Vigil may send. */
export function bindingProblems(bundle: FhirBundle): string[] {
  return bundle.entry.flatMap((e, i) => resourceProblems(e.resource).map((p) => `entry ${i} (${e.resource.resourceType}): ${p}`));
}

function resourceProblems(r: FhirResource): string[] {
  const problems: string[] = [];
  const allowed = STATUSES[r.resourceType];
  if (allowed && !allowed.includes(String(r.status))) problems.push(`status "${String(r.status)}" is not in the ${r.resourceType} status value set`);
  if (r.resourceType === 'Patient' && r.gender !== undefined && !GENDERS.has(String(r.gender))) problems.push(`gender "${String(r.gender)}"`);
  if (r.resourceType === 'Observation') {
    for (const c of codings(r.category)) if (c.system !== FHIR_SYSTEMS.observationCategory || !CATEGORIES.has(c.code ?? '')) problems.push(`category ${c.system}|${c.code}`);
    const value = r.valueQuantity as { system?: string; code?: string; unit?: string } | undefined;
    if (value && (value.system !== FHIR_SYSTEMS.ucum || !UCUM_UNITS.has(value.code ?? '') || value.unit !== value.code)) problems.push(`valueQuantity unit ${value.system}|${value.code} is not a UCUM unit Vigil stores`);
  }
  for (const concept of [r.code, r.category, r.medicationCodeableConcept]) problems.push(...codings(concept).map(codingProblem).filter((p): p is string => p !== null));
  return problems;
}

function codingProblem(c: Coding): string | null {
  if (c.system === FHIR_SYSTEMS.loinc) return LOINC_CODES.has(c.code ?? '') ? null : `LOINC ${c.code} is not in Vigil's tables`;
  if (c.system === FHIR_SYSTEMS.vigil) return LOCAL.has(c.code ?? '') ? null : `local code ${c.code} is not in shared/hl7/localCodes.ts`;
  if (c.system === FHIR_SYSTEMS.vigilLab) return LAB_CODES.has(c.code ?? '') ? null : `lab code ${c.code} is not in shared/labs.ts`;
  return null;
}

function codings(concept: unknown): Coding[] {
  const list = Array.isArray(concept) ? concept : concept === undefined ? [] : [concept];
  return list.flatMap((c: { coding?: Coding[] }) => c.coding ?? []);
}
