// Vigil as an IHE PCD-01 Device Observation Reporter: one ORU^R01 v2.6 message per reporting period, with the
// episode's documentation in its own OBR group. Pure: the caller supplies every value and the control id.
import { PARAMS, type VitalParam } from '../../../../shared/params';
import type { ObservationSource } from '../../../../shared/observation';
import { LOCAL_CODES, VIGIL_CODE_SYSTEM, VIGIL_LAB_CODE_SYSTEM, gradeCode, type LocalCode, type TreatmentCategory } from '../../../../shared/hl7/localCodes';
import { formatHl7Time } from '../../../../drivers/hl7/dtm';
import { escapeText } from '../../../../drivers/hl7/escape';
import { tempCode } from '../../../../drivers/hl7/simulator';

/** MSH-21: the PCD-01 (DEC) profile, label and OID as hl7.md 1.1 gives them. */
export const PCD01_PROFILE = { label: 'IHE_PCD_001', namespace: 'IHE PCD', oid: '1.3.6.1.4.1.19376.1.6.1.1.1' } as const;
/** OBR-4 of a device-observation group (SNOMED CT "monitoring of patient", as GE, Mindray and NIST send it). */
export const MONITORING_SERVICE = { code: '182777000', text: 'monitoring of patient', system: 'SCT' } as const;
/** OBX-17: how a value was measured (hl7.md 1.2). */
export const METHODS = { auto: 'AMEAS^auto-measurement^MDC', manual: 'MMEAS^manual-measurement^MDC' } as const;
/** OBX-11 (HL7 table 0085): monitor values are unverified results, values a person entered are final. */
export const DEVICE_STATUS = { monitor: 'R', manual: 'F' } as const;

export interface OruIdentity {
  /** MSH-3.1, e.g. VIGIL. */
  readonly application: string;
  /** MSH-3.2 and OBX-18 namespace: the station's name. */
  readonly stationId: string;
  /** MSH-4. */
  readonly facility: string;
  /** MSH-5/6: the receiving engine, when configured. */
  readonly receivingApplication?: string;
  readonly receivingFacility?: string;
}

export interface OruPatient {
  readonly mrn: string;
  readonly name: string;
  /** YYYY-MM-DD. */
  readonly birthDate?: string | null;
  readonly sex?: string | null;
}

export interface DeviceValue {
  readonly param: VitalParam;
  /** In the param's canonical UCUM unit (PARAMS). */
  readonly value: number;
  readonly time: number;
  readonly source: ObservationSource;
  /** The stored device name (serial port, HL7 device id, or the person's station for manual readings). */
  readonly device: string;
  readonly site?: string;
}

export interface ReportingPeriod {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
  /** Per-minute means or single readings; manual readings always as entered. */
  readonly values: readonly DeviceValue[];
}

export type DocumentationItem =
  | {
      readonly kind: 'grade';
      readonly scale: 'crs' | 'icans';
      readonly stage: 'suggested' | 'confirmed';
      /** null: not assessable (ICANS). */
      readonly grade: number | null;
      readonly time: number;
      /** The confirming physician (OBX-16). */
      readonly by?: string;
      /** Why Vigil suggests it (the rules' explanation), or the span a past course's confirmation covers: an NTE after the OBX. */
      readonly evidence?: string;
    }
  | { readonly kind: 'treatment'; readonly category: TreatmentCategory; readonly description: string; readonly time: number; readonly by?: string }
  | { readonly kind: 'lab'; readonly loinc: string | null; readonly code: string; readonly name: string; readonly value: number; readonly unit: string; readonly time: number; readonly by?: string };

export interface OruInput {
  readonly identity: OruIdentity;
  /** MSH-10: chosen once, stored with the message, never changed on a resend. */
  readonly controlId: string;
  readonly messageTime: number;
  readonly patient: OruPatient;
  /** PV1-3 assigned location, when known. */
  readonly bed?: string | null;
  readonly periods: readonly ReportingPeriod[];
  readonly documentation: readonly DocumentationItem[];
}

const esc = (text: string): string => escapeText(text);
const SEX: Readonly<Record<string, string>> = { female: 'F', male: 'M', other: 'O', unknown: 'U' };

/** A segment's fields joined, trailing empty fields dropped. */
function segment(name: string, fields: readonly string[]): string {
  const out = [...fields];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return [name, ...out].join('|');
}

/** Field n (1-based) set in a list of fields. */
function fields(values: Readonly<Record<number, string>>): string[] {
  const max = Math.max(...Object.keys(values).map(Number));
  return Array.from({ length: max }, (_, i) => values[i + 1] ?? '');
}

/** One more decimal than the screens show: a per-minute mean keeps its tenth, nothing pretends to more precision. */
export function formatValue(value: number, decimals: number): string {
  return String(Number(value.toFixed(decimals + 1)));
}

/** Lab values keep up to four decimals (a creatinine in mg/dL, an INR); plain decimal text, never an exponent. */
const LAB_DECIMALS = 3;

const coded = (c: LocalCode): string => `${esc(c.code)}^${esc(c.text)}^${VIGIL_CODE_SYSTEM}`;

export function encodeOru(input: OruInput): string {
  const { identity } = input;
  const time = formatHl7Time(input.messageTime);
  const app = `${esc(identity.application)}^${esc(identity.stationId)}^L`;
  const profile = `${PCD01_PROFILE.label}^${PCD01_PROFILE.namespace}^${PCD01_PROFILE.oid}^ISO`;
  // MSH-1 is the separator itself, so MSH-n is field n - 1 here.
  const lines = [
    segment('MSH', fields({ 1: '^~\\&', 2: app, 3: esc(identity.facility), 4: esc(identity.receivingApplication ?? ''), 5: esc(identity.receivingFacility ?? ''), 6: time, 8: 'ORU^R01^ORU_R01', 9: esc(input.controlId), 10: 'P', 11: '2.6', 14: 'NE', 15: 'AL', 17: 'UNICODE UTF-8', 20: profile })),
    pidSegment(input.patient, identity.facility),
  ];
  if (input.bed) lines.push(segment('PV1', fields({ 2: 'I', 3: esc(input.bed) })));
  const counter = { obx: 0 };
  input.periods.forEach((period, i) => lines.push(...periodGroup(input, period, i + 1, counter)));
  if (input.documentation.length > 0) lines.push(...documentationGroup(input, input.periods.length + 1, counter));
  return `${lines.join('\r')}\r`;
}

function pidSegment(patient: OruPatient, facility: string): string {
  const birth = patient.birthDate ? patient.birthDate.replace(/-/g, '') : '';
  return segment('PID', fields({ 3: `${esc(patient.mrn)}^^^${esc(facility)}^MR`, 5: `${esc(patient.name)}^^^^^^L`, 7: birth, 8: SEX[patient.sex ?? ''] ?? '' }));
}

function obrSegment(input: OruInput, index: number, service: string, start: number, end: number | null): string {
  const id = `${esc(input.controlId)}-${index}^${esc(input.identity.application)}`;
  return segment('OBR', fields({ 1: String(index), 2: id, 3: id, 4: service, 7: formatHl7Time(start), 8: end === null ? '' : formatHl7Time(end) }));
}

function equipmentOf(input: OruInput, device: string): string {
  return `${esc(device)}^${esc(input.identity.stationId)}`;
}

function periodGroup(input: OruInput, period: ReportingPeriod, index: number, counter: { obx: number }): string[] {
  const service = `${MONITORING_SERVICE.code}^${MONITORING_SERVICE.text}^${MONITORING_SERVICE.system}`;
  const lines = [obrSegment(input, index, service, period.start, period.end - 1)];
  // The MDS containment row (hl7.md 1.3): no value, status X, the station as the equipment.
  lines.push(segment('OBX', fields({ 1: String(++counter.obx), 3: '69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC', 4: `${index}.0.0.0`, 11: 'X', 18: equipmentOf(input, input.identity.stationId) })));
  period.values.forEach((v, i) => lines.push(valueRow(input, v, `${index}.0.0.${i + 1}`, ++counter.obx)));
  return lines;
}

function valueRow(input: OruInput, v: DeviceValue, subId: string, setId: number): string {
  const def = PARAMS[v.param];
  const mdc = v.param === 'temp' ? tempCode(v.site ?? null) : def.mdc;
  const manual = v.source === 'manual';
  return segment(
    'OBX',
    fields({
      1: String(setId),
      2: 'NM',
      3: `${mdc.code}^${mdc.refid}^MDC^${def.loinc}^${esc(def.label)}^LN`,
      4: subId,
      5: formatValue(v.value, def.decimals),
      6: `${esc(def.unit)}^${esc(def.unit)}^UCUM`,
      11: manual ? DEVICE_STATUS.manual : DEVICE_STATUS.monitor,
      14: formatHl7Time(v.time),
      17: manual ? METHODS.manual : METHODS.auto,
      18: equipmentOf(input, v.device),
    }),
  );
}

function documentationGroup(input: OruInput, index: number, counter: { obx: number }): string[] {
  const first = Math.min(...input.documentation.map((d) => d.time));
  const lines = [obrSegment(input, index, coded(LOCAL_CODES.documentationPanel), first, null)];
  for (const item of input.documentation) {
    lines.push(documentationRow(item, ++counter.obx));
    if (item.kind === 'grade' && item.evidence) lines.push(segment('NTE', ['1', 'L', esc(item.evidence)]));
  }
  return lines;
}

function documentationRow(item: DocumentationItem, setId: number): string {
  const common: Record<number, string> = { 1: String(setId), 14: formatHl7Time(item.time), 16: item.by ? `^${esc(item.by)}` : '' };
  switch (item.kind) {
    case 'grade': {
      // Suggested grades are preliminary (P), confirmed ones final (F); "not assessable" is no result (X), never 0.
      const status = item.grade === null ? 'X' : item.stage === 'suggested' ? 'P' : 'F';
      const value = item.grade === null ? '' : String(item.grade);
      return segment('OBX', fields({ ...common, 2: 'NM', 3: coded(gradeCode(item.scale, item.stage)), 5: value, 6: '{grade}^grade^UCUM', 11: status }));
    }
    case 'treatment':
      return segment('OBX', fields({ ...common, 2: 'ST', 3: coded(LOCAL_CODES[item.category]), 5: esc(item.description), 11: 'F' }));
    case 'lab': {
      const code = item.loinc ? `${esc(item.loinc)}^${esc(item.name)}^LN` : `${esc(item.code)}^${esc(item.name)}^${VIGIL_LAB_CODE_SYSTEM}`;
      return segment('OBX', fields({ ...common, 2: 'NM', 3: code, 5: formatValue(item.value, LAB_DECIMALS), 6: `${esc(item.unit)}^${esc(item.unit)}^UCUM`, 11: 'F', 17: METHODS.manual }));
    }
  }
}
