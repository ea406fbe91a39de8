// An episode as a FHIR R4 transaction Bundle: Patient, Encounter, vital-sign Observations (the FHIR vital-signs
// profiles, LOINC and UCUM), lab Observations, the infusion and treatments as MedicationAdministration, ICE scores and
// the CRS/ICANS grades (preliminary when suggested, final when a physician confirmed them). Pure.
import { createHash } from 'node:crypto';
import { PARAMS, type VitalParam } from '../../../shared/params';
import { LOCAL_CODES, gradeCode, type LocalCode } from '../../../shared/hl7/localCodes';
import type { DocumentationItem } from '../outbound/pcd01/encode';
import type { FhirEpisodeRecord, LabEntry, VitalEntry } from './record';

export type FhirResource = { readonly resourceType: string } & Record<string, unknown>;
export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'transaction';
  readonly entry: readonly { readonly fullUrl: string; readonly resource: FhirResource; readonly request: { readonly method: 'POST'; readonly url: string } }[];
}

export const FHIR_SYSTEMS = {
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  /** Vigil's local codes (shared/hl7/localCodes.ts) and lab catalogue codes without LOINC. */
  vigil: 'urn:vigil:codes:99VGL',
  vigilLab: 'urn:vigil:codes:99VGLLAB',
  mrn: 'urn:vigil:mrn',
} as const;

/** The FHIR vital-signs profile of each param; the others carry the base vital-signs profile. */
const VITAL_PROFILE: Partial<Record<VitalParam, string>> = { hr: 'heartrate', rr: 'resprate', spo2: 'oxygensat', temp: 'bodytemp' };
/** The oxygensat profile fixes LOINC 2708-6; pulse oximetry's own 59408-5 goes beside it. */
const OXYGEN_SATURATION_LOINC = '2708-6';
const GENDER: Readonly<Record<string, string>> = { female: 'female', male: 'male', other: 'other', unknown: 'unknown' };
const LAB_STATUS: Readonly<Record<string, string>> = { final: 'final', entered: 'final', preliminary: 'preliminary', corrected: 'corrected' };

/** A stable urn:uuid for a key, so exporting the same record twice gives the same Bundle. */
export function uuidFor(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const iso = (ms: number): string => new Date(ms).toISOString();
const category = (code: string) => [{ coding: [{ system: FHIR_SYSTEMS.observationCategory, code }] }];
const localConcept = (c: LocalCode) => ({ coding: [{ system: FHIR_SYSTEMS.vigil, code: c.code, display: c.text }], text: c.text });
const quantity = (value: number, unit: string) => ({ value: Number(value.toFixed(4)), unit, system: FHIR_SYSTEMS.ucum, code: unit });

export function buildEpisodeBundle(record: FhirEpisodeRecord): FhirBundle {
  const key = `${record.patient.mrn}/${record.episode.id}`;
  const patientUrl = uuidFor(`${key}/patient`);
  const encounterUrl = uuidFor(`${key}/encounter`);
  const subject = { reference: patientUrl };
  const context = { reference: encounterUrl };
  const entries: { fullUrl: string; resource: FhirResource }[] = [
    { fullUrl: patientUrl, resource: patient(record) },
    { fullUrl: encounterUrl, resource: encounter(record, subject) },
  ];
  record.vitals.forEach((v, i) => entries.push({ fullUrl: uuidFor(`${key}/vital/${v.param}/${v.device}/${v.time}/${i}`), resource: vitalObservation(v, subject, context) }));
  for (const lab of record.labs) entries.push({ fullUrl: uuidFor(`${key}/lab/${lab.id}`), resource: labObservation(lab, subject, context) });
  if (record.infusion) entries.push({ fullUrl: uuidFor(`${key}/infusion`), resource: infusion(record.infusion, subject, context) });
  record.documentation.forEach((d, i) => entries.push({ fullUrl: uuidFor(`${key}/documentation/${i}/${d.time}`), resource: documentationResource(d, subject, context) }));
  for (const ice of record.ice)
    entries.push({
      fullUrl: uuidFor(`${key}/ice/${ice.id}`),
      resource: { resourceType: 'Observation', status: 'final', category: category('survey'), code: localConcept(LOCAL_CODES.iceScore), subject, encounter: context, effectiveDateTime: iso(ice.time), valueInteger: ice.total },
    });
  return { resourceType: 'Bundle', type: 'transaction', entry: entries.map((e) => ({ ...e, request: { method: 'POST', url: e.resource.resourceType } })) };
}

function patient(record: FhirEpisodeRecord): FhirResource {
  const p = record.patient;
  return {
    resourceType: 'Patient',
    identifier: [{ system: FHIR_SYSTEMS.mrn, value: p.mrn }],
    name: [{ text: p.name }],
    ...(p.sex && GENDER[p.sex] ? { gender: GENDER[p.sex] } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
  };
}

function encounter(record: FhirEpisodeRecord, subject: object): FhirResource {
  const { admittedAt, dischargedAt, isDemo } = record.episode;
  return {
    resourceType: 'Encounter',
    status: dischargedAt === null ? 'in-progress' : 'finished',
    class: { system: FHIR_SYSTEMS.actCode, code: 'IMP', display: 'inpatient encounter' },
    ...(isDemo ? { serviceType: { text: 'DEMO episode (not a real patient)' } } : {}),
    subject,
    period: { start: iso(admittedAt), ...(dischargedAt !== null ? { end: iso(dischargedAt) } : {}) },
  };
}

function vitalObservation(v: VitalEntry, subject: object, context: object): FhirResource {
  const def = PARAMS[v.param];
  const profile = VITAL_PROFILE[v.param] ?? 'vitalsigns';
  const codings = [{ system: FHIR_SYSTEMS.loinc, code: def.loinc, display: def.label }];
  if (v.param === 'spo2') codings.unshift({ system: FHIR_SYSTEMS.loinc, code: OXYGEN_SATURATION_LOINC, display: 'Oxygen saturation in Arterial blood' });
  const mean = v.end !== undefined;
  return {
    resourceType: 'Observation',
    meta: { profile: [`http://hl7.org/fhir/StructureDefinition/${profile}`] },
    status: 'final',
    category: category('vital-signs'),
    code: { coding: codings, text: def.label },
    subject,
    encounter: context,
    // A mean is dated at the start of its bucket (effectivePeriod trips medplum 4's vs-1 check); the method says so.
    effectiveDateTime: iso(v.time),
    valueQuantity: quantity(v.value, def.unit),
    ...(mean ? { method: { text: `mean of the readings from ${iso(v.time)} to ${iso(v.end!)} (min ${v.min}, max ${v.max})` } } : {}),
    ...(v.source === 'manual' ? { method: { text: 'manual measurement entered at the bedside' } } : {}),
    device: { display: v.device },
  };
}

function labObservation(lab: LabEntry, subject: object, context: object): FhirResource {
  const coding = lab.loinc ? { system: FHIR_SYSTEMS.loinc, code: lab.loinc, display: lab.name } : { system: FHIR_SYSTEMS.vigilLab, code: lab.code, display: lab.name };
  return {
    resourceType: 'Observation',
    status: LAB_STATUS[lab.status] ?? 'unknown',
    category: category('laboratory'),
    code: { coding: [coding], text: lab.name },
    subject,
    encounter: context,
    effectiveDateTime: iso(lab.time),
    valueQuantity: quantity(lab.value, lab.unit),
  };
}

function infusion(inf: NonNullable<FhirEpisodeRecord['infusion']>, subject: object, context: object): FhirResource {
  return {
    resourceType: 'MedicationAdministration',
    contained: [{ resourceType: 'Medication', id: 'product', code: { text: inf.productCode }, batch: { lotNumber: inf.lot } }],
    status: 'completed',
    category: localConcept(LOCAL_CODES.carTInfusion),
    medicationReference: { reference: '#product' },
    subject,
    context,
    effectivePeriod: { start: iso(inf.startTime), end: iso(inf.endTime) },
    dosage: { text: `${inf.cellsInfused} CAR-T cells`, dose: { value: inf.cellsInfused, unit: 'cells', system: FHIR_SYSTEMS.ucum, code: '{cells}' } },
  };
}

function documentationResource(d: DocumentationItem, subject: object, context: object): FhirResource {
  const notes = [d.kind === 'grade' && d.evidence ? `evidence: ${d.evidence}` : null, 'by' in d && d.by ? `documented by ${d.by}` : null].filter((n): n is string => n !== null);
  const by = notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {};
  if (d.kind === 'treatment')
    return { resourceType: 'MedicationAdministration', status: 'completed', category: localConcept(LOCAL_CODES[d.category]), medicationCodeableConcept: { text: d.description }, subject, context, effectiveDateTime: iso(d.time), ...by };
  if (d.kind === 'grade')
    return {
      resourceType: 'Observation',
      status: d.stage === 'suggested' ? 'preliminary' : 'final',
      category: category('survey'),
      code: localConcept(gradeCode(d.scale, d.stage)),
      subject,
      encounter: context,
      effectiveDateTime: iso(d.time),
      ...(d.grade === null ? { dataAbsentReason: { coding: [{ system: FHIR_SYSTEMS.dataAbsentReason, code: 'not-performed' }], text: 'not assessable' } } : { valueInteger: d.grade }),
      ...by,
    };
  // Bedside labs come from the lab table with every other lab.
  throw new Error('labs are exported from the lab results, not from the documentation items');
}
